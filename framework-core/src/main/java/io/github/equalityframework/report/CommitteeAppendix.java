package io.github.equalityframework.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Timescale;
import io.github.equalityframework.report.CouncilProgress.ActionProgress;
import io.github.equalityframework.report.CouncilProgress.Kind;
import io.github.equalityframework.report.CouncilProgress.RecommendationProgress;
import io.github.equalityframework.report.CouncilProgress.State;
import io.github.equalityframework.report.CouncilProgress.StatusToday;
import io.github.equalityframework.report.CouncilProgress.Timeliness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The appendix a council publishes with its equality report to cabinet or scrutiny: per module, each recommendation
 * of a peer challenge or objective of its own with its text and the council's response (and the reason, for a
 * different approach or one not accepted), and each action with its lead, roles, timescale as written with the
 * dates it stands for and any revisions, its status today, its progress notes and next steps. Built once from a
 * {@link CouncilProgress}; Markdown, HTML and Word lay out the same tree. Draft plans are left out: an appendix
 * reports what is in force.
 *
 * @param organisation the council
 * @param framework    the framework edition's title and edition, e.g. "Equality Framework for Local Government 2021"
 * @param asOf         the day statuses are judged on
 * @param allNotes     whether each action keeps every progress note (oldest first) or only the latest
 * @param modules      the framework's modules in its order, then modules it does not know, then the items linked to
 *                     no module ({@link Module#id()} {@code null}); modules with no item are left out
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CommitteeAppendix(
        String organisation, String framework, LocalDate asOf, boolean allNotes, List<Module> modules) {

    public CommitteeAppendix {
        modules = List.copyOf(modules);
    }

    /**
     * A module and what the plan does under it.
     *
     * @param id    the module id, {@code null} for the items linked to no module
     * @param title its title, {@code null} when the framework has no such module or for no module
     * @param items its recommendations and objectives, in report order
     */
    public record Module(String id, String title, List<Item> items) {
        public Module {
            items = List.copyOf(items);
        }
    }

    /**
     * A recommendation or objective and the council's answer.
     *
     * @param kind           recommendation, objective, or a plan entry naming no recommendation of its review
     * @param review         the first day of the peer challenge that made it, {@code null} for an objective
     * @param id             its id
     * @param text           what was recommended, or the objective; may be {@code null}
     * @param originalModule the module as an older edition named it, else {@code null}
     * @param roles          the council's roles it concerns
     * @param response       the council's response, {@code null} for an objective or when not yet answered
     * @param comment        the council's comment: the reason, for a different approach or one not accepted; may be
     *                       {@code null}
     * @param state          open or closed
     * @param closedOn       when it closed, may be {@code null}
     * @param actions        its actions, in plan order
     */
    public record Item(
            Kind kind,
            LocalDate review,
            String id,
            String text,
            String originalModule,
            List<CouncilRole> roles,
            RecommendationResponse response,
            String comment,
            State state,
            LocalDate closedOn,
            List<Action> actions) {
        public Item {
            roles = List.copyOf(roles);
            actions = List.copyOf(actions);
        }

        /** Whether the comment is the reason the council gives for not doing as recommended. */
        public boolean reasoned() {
            return response == RecommendationResponse.DIFFERENT_APPROACH
                    || response == RecommendationResponse.NOT_ACCEPTED;
        }
    }

    /**
     * An action and where it stands today.
     *
     * @param id          its id in the plan
     * @param description what will be done
     * @param lead        the lead officer's role or team
     * @param roles       the roles it concerns when they differ from its item's
     * @param target      the target the plan first set
     * @param revisions   later targets agreed, oldest first
     * @param today       its status today (RAG)
     * @param stated      the status the council states
     * @param timeliness  on time, late, overdue, not yet due or no date to compare
     * @param completedOn when it was completed, may be {@code null}
     * @param notes       its progress notes: the latest only, or all oldest first ({@link #allNotes()})
     * @param nextSteps   what happens next, may be {@code null}
     */
    public record Action(
            String id,
            String description,
            String lead,
            List<CouncilRole> roles,
            Target target,
            List<Change> revisions,
            StatusToday today,
            ActionStatus stated,
            Timeliness timeliness,
            LocalDate completedOn,
            List<ProgressNote> notes,
            String nextSteps) {
        public Action {
            roles = List.copyOf(roles);
            revisions = List.copyOf(revisions);
            notes = List.copyOf(notes);
        }
    }

    /**
     * A target as the plan writes it and the days it stands for.
     *
     * @param written the words as written ("Q3 2025/26", "31/03/2025"); {@code null} when only a due date is given
     * @param start   the first day it names, {@code null} when it names none ("ongoing", unreadable, or a period
     *                after an agreement whose date is not known)
     * @param end     the last day it names, {@code null} likewise
     */
    public record Target(String written, LocalDate start, LocalDate end) {
        static Target of(LocalDate due, String words, Timescale read) {
            String written = due != null || words == null || words.isBlank() ? null : words.strip();
            return new Target(written, read.start().orElse(null), read.end().orElse(null));
        }

        /** Whether the plan gives neither words nor a date. */
        public boolean missing() {
            return written == null && end == null;
        }
    }

    /**
     * A revision of an action's target.
     *
     * @param target the new target
     * @param agreed when the change was agreed, may be {@code null}
     * @param reason why, may be {@code null}
     */
    public record Change(Target target, LocalDate agreed, String reason) {}

    /**
     * The appendix of a council's progress.
     *
     * @param progress  the progress, as of the day statuses are judged on
     * @param framework the framework it is compared in (for module order and titles)
     * @param allNotes  every progress note of each action rather than only the latest
     */
    public static CommitteeAppendix of(CouncilProgress progress, FrameworkDefinition framework, boolean allNotes) {
        Map<String, List<Item>> byModule = new LinkedHashMap<>();
        framework.modules().forEach(m -> byModule.put(m.id(), new ArrayList<>()));
        List<Item> none = new ArrayList<>();
        // The actions follow their rows in the same order, each row's count of them (as CouncilProgress.of lists
        // them); a progress put together by hand with fewer actions than its rows count gives what there is.
        List<ActionProgress> all = progress.actions();
        int next = 0;
        for (RecommendationProgress row : progress.recommendations()) {
            int end = Math.min(all.size(), next + Math.max(0, row.actions()));
            List<ActionProgress> mine = all.subList(next, end);
            next = end;
            if (row.kind() == Kind.PROPOSED) {
                continue;
            }
            Item item = new Item(
                    row.kind(),
                    row.review(),
                    row.id(),
                    row.text(),
                    row.originalModule(),
                    row.roles(),
                    row.response(),
                    row.comment() == null || row.comment().isBlank()
                            ? null
                            : row.comment().strip(),
                    row.state(),
                    row.closedOn(),
                    mine.stream().map(a -> action(a, allNotes)).toList());
            if (row.module() == null || row.module().isBlank()) {
                none.add(item);
            } else {
                byModule.computeIfAbsent(row.module(), k -> new ArrayList<>()).add(item);
            }
        }
        List<Module> modules = new ArrayList<>();
        byModule.forEach((id, items) -> {
            if (!items.isEmpty()) {
                modules.add(new Module(
                        id, framework.module(id).map(FrameworkModule::title).orElse(null), items));
            }
        });
        if (!none.isEmpty()) {
            modules.add(new Module(null, null, none));
        }
        return new CommitteeAppendix(
                progress.organisation(),
                framework.title() + " " + framework.edition(),
                progress.asOf(),
                allNotes,
                modules);
    }

    /**
     * The latest progress note of an action, as the appendix and the assess report's action tables give it: the
     * latest by date; of notes of the same day, the one written last.
     *
     * @param asOf notes dated after this day are left out (a report judged on a day does not quote later news);
     *             {@code null} for no limit
     * @return the note, or {@code null} when the action has none
     */
    public static ProgressNote latestNote(PlannedAction action, LocalDate asOf) {
        ProgressNote latest = null;
        for (ProgressNote note : action.progress()) {
            if (note != null
                    && (asOf == null || note.date() == null || !note.date().isAfter(asOf))
                    && (latest == null
                            || Comparator.nullsFirst(LocalDate::compareTo).compare(note.date(), latest.date()) >= 0)) {
                latest = note;
            }
        }
        return latest;
    }

    private static Action action(ActionProgress a, boolean allNotes) {
        PlannedAction action = a.action();
        List<Change> revisions = action.revisions().stream()
                .filter(Objects::nonNull)
                .map(r -> new Change(
                        Target.of(
                                r.due(),
                                r.timescale(),
                                r.target().from(r.agreed() != null ? r.agreed() : a.planAgreed())),
                        r.agreed(),
                        r.why().map(String::strip).orElse(null)))
                .toList();
        List<ProgressNote> notes =
                action.progress().stream().filter(Objects::nonNull).toList();
        if (!allNotes && notes.size() > 1) {
            notes = List.of(latestNote(action, null));
        }
        return new Action(
                action.id(),
                action.description(),
                action.lead(),
                action.roles().stream().filter(Objects::nonNull).toList(),
                Target.of(action.due(), action.timescale(), action.originalTarget(a.planAgreed())),
                revisions,
                a.today(),
                action.status(),
                a.timeliness(),
                a.completedOn(),
                notes,
                action.nextSteps() == null || action.nextSteps().isBlank()
                        ? null
                        : action.nextSteps().strip());
    }
}
