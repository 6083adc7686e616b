package io.github.equalityframework.report.render;

import static io.github.equalityframework.internal.markup.HtmlWriter.asWritten;

import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.report.CommitteeAppendix;
import io.github.equalityframework.report.CouncilProgress.StatusToday;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The action plan's status: actions per status, then the plan by the framework's modules (entries
 * with no module last, under "Not linked to a module"), every action as a row with id {@code action-<id>}
 * for findings to link to, the words of the recommendation or objective it answers, its entry's roles as tags,
 * its status today in words (and colour), judged on {@link ReportInput#today()} as {@code eflg progress}
 * judges it (see {@link ActionPlanStatus}), and its latest progress note and next steps as the committee
 * appendix gives them.
 */
final class ActionPlanSection {
    private ActionPlanSection() {}

    /** What a report writes at each step of the one walk of the plan ({@link #walk}). */
    interface Visitor {
        /** A module's entries begin. */
        void group(ModuleGroups.Group<ActionPlanEntry> group);

        /** An entry with no action: a recommendation not accepted or already done still shows, with the answer. */
        void noAction(ActionPlanEntry entry);

        void action(ActionPlanEntry entry, PlannedAction action);

        /** A module's entries end. */
        void endGroup();
    }

    /** The plan's entries by module, in the framework's order, each entry's actions in order; a missing action skipped. */
    static void walk(ReportInput in, Visitor visitor) {
        for (ModuleGroups.Group<ActionPlanEntry> group : ModuleGroups.of(
                in.text(), in.framework(), in.assessment().actionPlan().entries(), ActionPlanEntry::module)) {
            visitor.group(group);
            for (ActionPlanEntry entry : group.items()) {
                if (entry.actions().isEmpty()) {
                    visitor.noAction(entry);
                }
                for (PlannedAction a : entry.actions()) {
                    if (a != null) {
                        visitor.action(entry, a);
                    }
                }
            }
            visitor.endGroup();
        }
    }

    /** The council's response in words, and its comment: "Not accepted: not affordable this year." */
    static String answer(Messages t, ActionPlanEntry entry) {
        String response = entry.response() == null ? t.get("plan.noResponse") : t.words(entry.response());
        return entry.comment() == null || entry.comment().isBlank()
                ? response
                : response + ": " + entry.comment().strip();
    }

    /**
     * The latest progress note on or before the day the report judges, with its date, as the committee appendix
     * writes it; "None reported" when there is none.
     */
    static String latestNote(ReportInput in, PlannedAction action) {
        Messages t = in.text();
        ProgressNote note = CommitteeAppendix.latestNote(action, in.today());
        return note == null
                ? t.get("appendix.progress.none")
                : AppendixText.of(t).note(note);
    }

    /** The action's next steps, or "". */
    static String nextSteps(PlannedAction action) {
        return action.nextSteps() == null ? "" : action.nextSteps().strip();
    }

    private static void row(
            ReportInput in,
            HtmlWriter h,
            ActionPlanEntry entry,
            PlannedAction a,
            ActionPlanStatus status,
            Map<String, List<FindingGroups.Entry>> findings,
            Set<String> ids) {
        Messages t = in.text();
        String id = HtmlWriter.anchor("action", a.id());
        h.open("tr", "id", ids.add(id) ? id : null)
                .element("th", a.id(), "scope", "row")
                .element("td", asWritten(a.description()))
                .element("td", asWritten(ActionPlanStatus.withText(entry.id(), status.text(entry))))
                .open("td");
        ModuleGroups.tags(t, h, a.roles().isEmpty() ? entry.roles() : a.roles());
        h.close("td")
                .element("td", asWritten(a.lead()))
                .element("td", t.timescale(a))
                .open("td");
        statusToday(t, h, status.status(a));
        h.close("td")
                .element("td", asWritten(latestNote(in, a)))
                .element("td", asWritten(nextSteps(a)))
                .open("td");
        HtmlRenderer.findingLinks(in, h, findings.getOrDefault(id, List.of()));
        h.close("td").close("tr").line();
    }

    /** A status today in words, marked with its colour (a class) for the eye; the word carries the meaning. */
    static void statusToday(Messages t, HtmlWriter h, StatusToday status) {
        h.element("span", t.words(status), "class", "rag rag-" + status.name().toLowerCase(Locale.ROOT));
    }

    /** The section's heading, what it says about the plan, and the actions per status today. */
    private static void head(ReportInput in, HtmlWriter h, ActionPlanStatus plan) {
        Messages t = in.text();
        String asOf = t.date(plan.asOf());
        long aboutActions = FindingGroups.aboutActions(in);
        String intro = plan.draft()
                ? t.get("plan.draft.intro", t.count(plan.actions().size(), "action"))
                : t.get(
                        "plan.html.intro",
                        t.count(plan.actions().size(), "action"),
                        asOf,
                        plan.overdue().size());
        if (aboutActions > 0) {
            intro += " "
                    + t.get(
                            aboutActions == 1 ? "plan.html.aboutActions.one" : "plan.html.aboutActions.other",
                            t.count(aboutActions, "finding"));
        }
        h.element("h2", t.get("section.actionPlan"), "id", "action-plan")
                .line()
                .element("p", intro)
                .line();
        h.table(t.get("plan.byStatus.caption", asOf), "compact", t.get("column.status"), t.get("column.actions"));
        plan.shown().forEach((status, n) -> {
            h.open("tr").open("th", "scope", "row");
            statusToday(t, h, status);
            h.close("th").element("td", n, "class", "n").close("tr").line();
        });
        h.endTable();
    }

    private static String withText(ActionPlanEntry entry, ActionPlanStatus plan) {
        return ActionPlanStatus.withText(entry.id(), plan.text(entry));
    }

    static void write(ReportInput in, HtmlWriter h) {
        ActionPlanStatus.of(in).ifPresent(plan -> {
            Messages t = in.text();
            head(in, h, plan);
            Map<String, List<FindingGroups.Entry>> findings = FindingGroups.bySubject(in);
            Set<String> ids = new HashSet<>();
            walk(in, new Visitor() {
                @Override
                public void group(ModuleGroups.Group<ActionPlanEntry> group) {
                    h.element(
                                    "h3",
                                    in.framework().module(group.module()).isPresent()
                                            ? asWritten(group.heading())
                                            : group.heading(),
                                    "id",
                                    HtmlWriter.anchor("plan", group.module() == null ? "not-linked" : group.module()))
                            .line();
                    h.table(
                            group.module() == null
                                    ? t.get("plan.actions.caption.noModule")
                                    : t.get("plan.actions.caption", group.module()),
                            null,
                            t.get("column.action"),
                            t.get("column.description"),
                            t.get("column.recommendation"),
                            t.get("column.roles"),
                            t.get("column.lead"),
                            t.get("column.due"),
                            t.get("column.statusToday"),
                            t.get("column.latestProgress"),
                            t.get("column.nextSteps"),
                            t.get("column.findings"));
                }

                @Override
                public void noAction(ActionPlanEntry entry) {
                    h.open("tr")
                            .element("th", t.get("plan.noAction"), "scope", "row")
                            .element("td", answer(t, entry))
                            .element("td", asWritten(ActionPlanSection.withText(entry, plan)))
                            .open("td");
                    ModuleGroups.tags(t, h, entry.roles());
                    h.close("td")
                            .markup("<td></td><td></td><td></td><td></td><td></td><td></td>")
                            .close("tr")
                            .line();
                }

                @Override
                public void action(ActionPlanEntry entry, PlannedAction a) {
                    row(in, h, entry, a, plan, findings, ids);
                }

                @Override
                public void endGroup() {
                    h.endTable();
                }
            });
        });
    }
}
