package io.github.equalityframework.report.render;

import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.PlannedAction;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The action plan's status: actions per status, then the plan by the framework's modules (entries
 * with no module last, under "Not linked to a module"), every action as a row with id {@code action-<id>}
 * for findings to link to and its entry's roles as tags. Overdue means due before the end of the period
 * assessed and not complete (see {@link ActionPlanStatus}).
 */
final class ActionPlanSection {
    private ActionPlanSection() {}

    /** The council's response in words, and its comment: "Not accepted: not affordable this year." */
    static String answer(ActionPlanEntry entry) {
        String response = entry.response() == null ? "No response" : Words.of(entry.response());
        return entry.comment() == null || entry.comment().isBlank() ? response : response + ": " + entry.comment().strip();
    }

    private static void row(HtmlWriter h, ActionPlanEntry entry, PlannedAction a, LocalDate asOf,
            Map<String, List<FindingGroups.Entry>> findings, Set<String> ids) {
        if (a == null) {
            return;
        }
        String id = HtmlWriter.anchor("action", a.id());
        h.open("tr", "id", ids.add(id) ? id : null).element("th", a.id(), "scope", "row")
                .element("td", a.description()).element("td", entry.recommendation()).open("td");
        ModuleGroups.tags(h, entry.roles());
        h.close("td").element("td", a.lead()).element("td", Words.timescale(a)).open("td").text(Words.of(a.status()));
        if (ActionPlanStatus.isOverdue(a, asOf)) {
            h.text(" ").element("span", "(overdue)", "class", "overdue");
        }
        h.close("td").open("td");
        HtmlRenderer.findingLinks(h, findings.getOrDefault(id, List.of()));
        h.close("td").close("tr").line();
    }

    static void write(ReportInput in, HtmlWriter h) {
        ActionPlanStatus.of(in).ifPresent(plan -> {
            String asOf = Words.date(plan.asOf());
            long aboutActions = FindingGroups.aboutActions(in);
            h.element("h2", "Action plan", "id", "action-plan").line()
                    .element("p", Words.count(plan.actions().size(), "action") + " at " + asOf + ", the end of the period; "
                            + plan.overdue().size() + " overdue (due before that day and not complete)."
                            + (aboutActions == 0 ? "" : " " + Words.count(aboutActions, "finding") + " about actions, judged on the "
                            + "day the assessment ran, " + (aboutActions == 1 ? "is" : "are") + " linked from the actions below.")).line();
            h.table("Actions by status at " + asOf, "compact", "Status", "Actions");
            plan.counts().forEach((status, n) -> h.open("tr").element("th", Words.of(status), "scope", "row")
                    .element("td", n, "class", "n").close("tr").line());
            h.endTable();
            List<ActionPlanEntry> entries = in.assessment().actionPlan().entries();
            Map<String, List<FindingGroups.Entry>> findings = FindingGroups.bySubject(in);
            Set<String> ids = new HashSet<>();
            for (ModuleGroups.Group<ActionPlanEntry> group : ModuleGroups.of(in.framework(), entries, ActionPlanEntry::module)) {
                h.element("h3", group.heading(), "id", HtmlWriter.anchor("plan", group.module() == null ? "not-linked" : group.module())).line();
                h.table("Actions for " + (group.module() == null ? "recommendations not linked to a module" : group.module()), null,
                        "Action", "Description", "Recommendation", "Roles", "Lead", "Due", "Status", "Findings");
                for (ActionPlanEntry entry : group.items()) {
                    if (entry.actions().isEmpty()) {
                        // A recommendation not accepted or already done still shows, with the council's answer.
                        h.open("tr").element("th", "No action", "scope", "row").element("td", answer(entry))
                                .element("td", entry.recommendation()).open("td");
                        ModuleGroups.tags(h, entry.roles());
                        h.close("td").markup("<td></td><td></td><td></td><td></td>").close("tr").line();
                    }
                    for (PlannedAction a : entry.actions()) {
                        row(h, entry, a, plan.asOf(), findings, ids);
                    }
                }
                h.endTable();
            }
        });
    }
}
