package io.github.equalityframework.report.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.report.CommitteeAppendix;
import io.github.equalityframework.report.CommitteeAppendix.Action;
import io.github.equalityframework.report.CommitteeAppendix.Change;
import io.github.equalityframework.report.CommitteeAppendix.Item;
import io.github.equalityframework.report.CommitteeAppendix.Module;
import io.github.equalityframework.report.CommitteeAppendix.Target;
import io.github.equalityframework.report.CouncilProgress.Kind;
import io.github.equalityframework.report.CouncilProgress.State;
import io.github.equalityframework.report.CouncilProgress.StatusToday;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The words of the committee appendix ({@link CommitteeAppendix}) in one language, from the report bundle: headings,
 * column headings, status words, timescales with their dates written out. Markdown, HTML and Word lay out the same
 * words, so the three never say different things. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AppendixText {
    private final Messages t;

    private AppendixText(Messages t) {
        this.t = t;
    }

    /** The words in a language ({@link Messages#of}). */
    public static AppendixText of(Locale language) {
        return new AppendixText(Messages.of(language));
    }

    /** The words in the language of these messages. */
    static AppendixText of(Messages t) {
        return new AppendixText(t);
    }

    /** The messages the words come from. */
    public Messages messages() {
        return t;
    }

    public String title(CommitteeAppendix appendix) {
        return t.get("appendix.title", appendix.organisation());
    }

    /** The framework, the day statuses are judged on, and which progress notes are given. */
    public String intro(CommitteeAppendix appendix) {
        return t.get("appendix.intro", appendix.framework(), t.date(appendix.asOf())) + " "
                + t.get(appendix.allNotes() ? "appendix.notes.all" : "appendix.notes.latest");
    }

    /** Said when there is nothing to list. */
    public String empty() {
        return t.get("appendix.empty");
    }

    /** "m1 Understanding and working with your communities", or "Not linked to a module". */
    public String heading(Module module) {
        if (module.id() == null) {
            return t.get("plan.noModule");
        }
        return module.title() == null
                ? t.get("appendix.module.unknown", module.id())
                : module.id() + " " + module.title();
    }

    /** "Recommendation R1, peer challenge of 2 December 2024", "Objective O1". */
    public String heading(Item item) {
        return switch (item.kind()) {
            case OBJECTIVE -> t.get("appendix.item.objective", item.id());
            case NOT_IN_REVIEW ->
                item.review() == null
                        ? t.get("appendix.item.notInReview.noReview", item.id())
                        : t.get("appendix.item.notInReview", item.id(), t.date(item.review()));
            default -> t.get("appendix.item.recommendation", item.id(), t.date(item.review()));
        };
    }

    /** "Recommendation" or "Objective": the label of the item's text. */
    public String textLabel(Item item) {
        return t.get(item.kind() == Kind.OBJECTIVE ? "appendix.label.objective" : "appendix.label.recommendation");
    }

    /** The item's words, with the module an older edition put it in. */
    public String text(Item item) {
        String text = item.text() == null || item.text().isBlank()
                ? t.get("appendix.text.none")
                : item.text().strip();
        return item.originalModule() == null ? text : t.get("appendix.movedFrom", text, item.originalModule());
    }

    /** A label: {@code response}, {@code reason}, {@code comment}, {@code roles} or {@code state}. */
    public String label(String which) {
        return t.get("appendix.label." + which);
    }

    public String response(Item item) {
        if (item.kind() == Kind.OBJECTIVE && item.response() == null) {
            return t.get("appendix.response.objective");
        }
        return item.response() == null ? t.get("appendix.response.none") : t.words(item.response());
    }

    /** "Reason" for a different approach or one not accepted, else "Comment"; {@code null} when there is none. */
    public String commentLabel(Item item) {
        return item.comment() == null ? null : label(item.reasoned() ? "reason" : "comment");
    }

    public String state(Item item) {
        if (item.state() == State.OPEN) {
            return t.get("appendix.state.open");
        }
        return item.closedOn() == null
                ? t.get("appendix.state.closed")
                : t.get("appendix.state.closedOn", t.date(item.closedOn()));
    }

    /** The roles as words in the order of {@link CouncilRole}, joined with commas; "" for none. */
    public String roles(List<CouncilRole> roles) {
        return String.join(", ", ModuleGroups.roles(t, roles));
    }

    /** An action's roles: its own where it has them, else its item's. */
    public String roles(Item item, Action action) {
        return roles(action.roles().isEmpty() ? item.roles() : action.roles());
    }

    /** "Actions for Recommendation R1, peer challenge of 2 December 2024". */
    public String caption(Item item) {
        return t.get("appendix.actions.caption", heading(item));
    }

    public String noActions() {
        return t.get("appendix.actions.none");
    }

    /** Action, Lead, Roles, Timescale, Status today, Progress, Next steps. */
    public List<String> columns() {
        return List.of("action", "lead", "roles", "timescale", "status", "progress", "nextSteps").stream()
                .map(c -> t.get("appendix.column." + c))
                .toList();
    }

    /**
     * The timescale as the plan wrote it with the dates it stands for, then one line per revision: "Q3 2025/26 (1
     * October 2025 to 31 December 2025)", "Revised to Q1 2026/27 (1 April 2026 to 30 June 2026), agreed 13 January
     * 2026: the supplier moved the upgrade".
     */
    public List<String> timescale(Action action) {
        List<String> lines = new ArrayList<>();
        lines.add(target(action.target()));
        for (Change change : action.revisions()) {
            String line = t.get("appendix.timescale.revised", target(change.target()));
            if (change.agreed() != null) {
                line = t.get("appendix.timescale.agreed", line, t.date(change.agreed()));
            }
            if (change.reason() != null) {
                line = t.get("appendix.timescale.reason", line, change.reason());
            }
            lines.add(line);
        }
        return lines;
    }

    /** "31 March 2025", "Q3 2025/26 (1 October 2025 to 31 December 2025)", "ongoing", "No timescale". */
    public String target(Target target) {
        if (target.missing()) {
            return t.get("appendix.timescale.none");
        }
        String dates = target.end() == null
                ? null
                : target.start() == null || target.start().equals(target.end())
                        ? t.date(target.end())
                        : t.get("appendix.timescale.range", t.date(target.start()), t.date(target.end()));
        if (target.written() == null) {
            return dates == null ? t.get("appendix.timescale.none") : dates;
        }
        return dates == null || dates.equals(target.written())
                ? target.written()
                : t.get("appendix.timescale.dates", target.written(), dates);
    }

    /** The status today in words ({@link #status(StatusToday)}), with when it was completed or what it states. */
    public String status(Action action) {
        String word = status(action.today());
        return switch (action.today()) {
            case COMPLETE ->
                action.completedOn() == null
                        ? t.get("appendix.status.completedUndated", word)
                        : t.get(
                                "appendix.status.completed",
                                word,
                                t.date(action.completedOn()),
                                t.get(
                                        switch (action.timeliness()) {
                                            case ON_TIME -> "appendix.status.onTime";
                                            case LATE -> "appendix.status.late";
                                            default -> "appendix.status.undated";
                                        }));
            case OVERDUE, NO_DATE ->
                action.stated() == ActionStatus.OVERDUE
                        ? word
                        : t.get(
                                "appendix.status.stated",
                                word,
                                t.words(action.stated()).toLowerCase(t.language()));
            default -> word;
        };
    }

    /** A status today as a word: complete, on track, at risk, overdue, not yet due, no date. */
    public String status(StatusToday status) {
        return t.words(status);
    }

    /**
     * The RAG colour of a status today, as a light fill behind black text (RGB hex, no {@code #}): blue for
     * complete, green on track, amber at risk, red overdue, grey otherwise.
     */
    public static String colour(StatusToday status) {
        return switch (status) {
            case COMPLETE -> "CFE2F3";
            case ON_TRACK -> "D9EAD3";
            case AT_RISK -> "FFE599";
            case OVERDUE -> "F4CCCC";
            default -> "E7E6E6";
        };
    }

    /** Each progress note given: "14 July 2026, Cabinet: published". */
    public List<String> notes(Action action) {
        if (action.notes().isEmpty()) {
            return List.of(t.get("appendix.progress.none"));
        }
        return action.notes().stream().map(this::note).toList();
    }

    /** A progress note with its date and where it was reported: "14 July 2026, Cabinet: published". */
    String note(ProgressNote note) {
        String text = note.note() == null ? "" : note.note().strip();
        return note.reportedTo() == null || note.reportedTo().isBlank()
                ? t.get("appendix.note", t.date(note.date()), text)
                : t.get(
                        "appendix.note.reportedTo",
                        t.date(note.date()),
                        note.reportedTo().strip(),
                        text);
    }

    /** The next steps, or "". */
    public String nextSteps(Action action) {
        return action.nextSteps() == null ? "" : action.nextSteps();
    }
}
