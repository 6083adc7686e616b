package io.github.equalityframework.cli.serve;

import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.spi.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The action plan page: each recommendation's actions with their status today, and, when the plan is kept in its own
 * file, a form per action (see {@link PlanActionForm}) that {@link PlanSave} saves.
 */
final class PlanPage {
    /**
     * What the page shows beyond the file: the action whose form was sent (with its entries), and what saving it
     * found.
     */
    record State(
            PlanForm submitted, String notice, String conflict, List<ValidationProblem> problems, FieldErrors errors) {
        static State of(String notice) {
            return new State(null, notice, null, List.of(), FieldErrors.NONE);
        }

        static State conflict(PlanForm submitted, String conflict) {
            return new State(submitted, null, conflict, List.of(), FieldErrors.NONE);
        }

        boolean failed() {
            return !problems.isEmpty() || conflict != null;
        }
    }

    private final Workspace workspace;

    PlanPage(Workspace workspace) {
        this.workspace = workspace;
    }

    Page show(PageRequest r, String name) {
        return workspace.withEntry(name, e -> {
            String notice = r.query().containsKey("saved") && e.plan() != null
                    ? "Saved " + e.plan().getFileName() + "."
                    : null;
            EditableFile<ActionPlan> current =
                    e.plan() == null ? null : EditableFile.read(e.plan(), ActionPlan.class, null);
            return new Page.Html(200, render(r, e, current, State.of(notice)));
        });
    }

    /**
     * The page of the plan in its own file ({@code current}), or of the one the self-assessment holds when
     * {@code current} is null.
     */
    String render(PageRequest r, ServedFolder.Entry e, EditableFile<ActionPlan> current, State state) {
        SelfAssessment a = workspace.alone(e.file()).assessment().orElse(null);
        String council = a == null || a.organisation() == null
                ? e.name()
                : a.organisation().name();
        String title = "Action plan of " + council;
        HtmlWriter h = Layout.page((state.failed() ? "Error: " : "") + title);
        Layout.crumbs(h, r.base(), e, "Action plan");
        h.open("main", "id", "main").line();
        h.element("h1", title).line();
        h.element(
                        "p",
                        "Statuses today (" + workspace.today()
                                + "): an action past its due date and not complete is overdue, whatever it states.")
                .line();
        FormFields.notice(h, state.notice());
        FormFields.conflict(h, state.conflict(), "Reload the page from the file", r.of(e, "/plan"));
        FormFields.problems(h, "--plan", state.problems(), state.errors());
        ActionPlan plan;
        Map<ActionAt, List<String>> warnings = Map.of();
        if (current != null) {
            if (!current.readable()) {
                Layout.problemList(
                        h, "The plan cannot be read (eflg assess --plan reports the same)", current.problems());
                h.element("p", "Fix " + e.plan().getFileName() + " in a text editor and reload this page.")
                        .close("main")
                        .line();
                return h.end();
            }
            plan = current.value();
            inOwnFile(h, e, plan);
            warnings = checks(h, e, state);
        } else {
            plan = a == null ? null : a.actionPlan();
            if (plan == null) {
                noPlan(h, e);
                return h.end();
            }
            inAssessment(h, e, plan);
        }
        for (int i = 0; i < plan.entries().size(); i++) {
            if (plan.entries().get(i) != null) {
                entry(h, r, e, plan, i, current, state, warnings);
            }
        }
        h.close("main").line();
        return h.end();
    }

    private static void inOwnFile(HtmlWriter h, ServedFolder.Entry e, ActionPlan plan) {
        h.element(
                        "p",
                        "From " + e.plan().getFileName()
                                + (plan.agreedOn() != null ? ", agreed on " + plan.agreedOn() : "")
                                + ". The form under each action sets its status, adds a dated progress note and next steps, and saves "
                                + e.plan().getFileName() + ", which eflg assess --plan reads.")
                .line();
    }

    private static void inAssessment(HtmlWriter h, ServedFolder.Entry e, ActionPlan plan) {
        h.element(
                        "p",
                        "From " + e.file().getFileName()
                                + (plan.agreedOn() != null ? ", agreed on " + plan.agreedOn() : "")
                                + ". To update it here, keep it in " + e.name() + "-plan.yaml beside "
                                + e.file().getFileName()
                                + " (eflg action-plan init starts one); change this one in a text editor, then reload.")
                .line();
    }

    private void noPlan(HtmlWriter h, ServedFolder.Entry e) {
        h.open("p")
                .text("There is no action plan yet. When the review has recommendations, start one with ")
                .element(
                        "code",
                        "eflg action-plan init " + e.review() + " --assessment " + e.file() + " --out "
                                + workspace.folder().dir().resolve(e.name() + "-plan.yaml"))
                .text(", then update it here.")
                .close("p")
                .line();
        h.close("main").line();
    }

    /**
     * The checks of eflg assess on the assessment with its review and plan: its problems, shown unless a save's
     * problems are; and the findings about an action (complete without a progress note, overdue), to show next to
     * the action's status.
     */
    private Map<ActionAt, List<String>> checks(HtmlWriter h, ServedFolder.Entry e, State state) {
        AssessmentResult checked = workspace.engine().assess(Workspace.files(e));
        Map<ActionAt, List<String>> warnings = new LinkedHashMap<>();
        if (!checked.isValid()) {
            if (state.problems().isEmpty()) {
                Layout.problemList(h, "Problems in the plan (eflg assess --plan reports the same)", checked.problems());
            }
            return warnings;
        }
        for (Finding f : checked.report().orElseThrow().findings()) {
            ActionAt.ofFinding(f.path())
                    .ifPresent(at -> warnings.computeIfAbsent(at, k -> new ArrayList<>())
                            .add(f.severity().name().charAt(0)
                                    + f.severity().name().substring(1).toLowerCase(Locale.ROOT) + ": "
                                    + f.message()));
        }
        return warnings;
    }

    /** One recommendation: its response, its actions' table, and (for a plan in its own file) their forms. */
    private void entry(
            HtmlWriter h,
            PageRequest r,
            ServedFolder.Entry e,
            ActionPlan plan,
            int i,
            EditableFile<ActionPlan> current,
            State state,
            Map<ActionAt, List<String>> warnings) {
        ActionPlanEntry entry = plan.entries().get(i);
        h.element(
                        "h2",
                        "Recommendation " + entry.recommendation()
                                + (entry.module() != null ? " (" + entry.module() + ")" : ""))
                .line();
        h.open("p")
                .text("Response: "
                        + Workspace.words(
                                entry.response() == null
                                        ? null
                                        : entry.response().name()));
        if (entry.comment() != null) {
            h.text(". " + entry.comment());
        }
        h.close("p").line();
        if (entry.actions().isEmpty()) {
            return;
        }
        actions(h, plan, entry);
        if (current == null) {
            return;
        }
        LocalDate today = workspace.today();
        for (int j = 0; j < entry.actions().size(); j++) {
            PlannedAction action = entry.actions().get(j);
            if (action != null && action.id() != null) {
                ActionAt at = new ActionAt(i, j);
                boolean sent = state.submitted() != null
                        && action.id().equals(state.submitted().action());
                PlanActionForm.write(
                        h,
                        r,
                        e,
                        current.hash(),
                        at,
                        sent ? state.submitted() : PlanForm.of(action, today),
                        sent ? state.errors() : FieldErrors.NONE,
                        warnings.getOrDefault(at, List.of()));
            }
        }
    }

    private void actions(HtmlWriter h, ActionPlan plan, ActionPlanEntry entry) {
        LocalDate today = workspace.today();
        h.table(
                "Actions for recommendation " + entry.recommendation(),
                null,
                "Action",
                "What will be done",
                "Lead",
                "Due",
                "Stated status",
                "Status today",
                "Latest progress");
        for (PlannedAction action : entry.actions()) {
            if (action == null) {
                continue;
            }
            String due = action.due() != null
                    ? action.due().toString()
                    : action.timescale() == null ? "" : action.timescale();
            String now = action.status() == null
                    ? ""
                    : Workspace.words(action.statusOn(today, plan.agreedOn()).name());
            ProgressNote latest = action.progress().isEmpty()
                    ? null
                    : action.progress().get(action.progress().size() - 1);
            h.open("tr")
                    .element("th", action.id(), "scope", "row")
                    .element("td", action.description())
                    .element("td", action.lead())
                    .element("td", due)
                    .element(
                            "td",
                            Workspace.words(
                                    action.status() == null
                                            ? null
                                            : action.status().name()))
                    .element("td", now, "class", now.equals("overdue") ? "overdue" : null)
                    .element("td", latest == null ? "None" : latest.date() + ": " + latest.note())
                    .close("tr")
                    .line();
        }
        h.endTable();
    }
}
