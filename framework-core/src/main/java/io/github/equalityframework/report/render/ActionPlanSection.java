package io.github.equalityframework.report.render;

import io.github.equalityframework.model.PlannedAction;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The action plan's status: actions per status, the overdue ones, and every action as a row with id
 * {@code action-<id>} for findings to link to. Overdue means due before the end of the period assessed
 * and not complete (see {@link ActionPlanStatus}).
 */
final class ActionPlanSection {
    private ActionPlanSection() {}

    static void write(ReportInput in, HtmlWriter h) {
        ActionPlanStatus.of(in).ifPresent(plan -> {
            String asOf = Words.date(plan.asOf());
            long aboutActions = FindingGroups.aboutActions(in);
            h.element("h2", "Action plan", "id", "action-plan").line()
                    .element("p", Words.count(plan.actions().size(), "action") + " at " + asOf + ", the end of the period; "
                            + plan.overdue().size() + " overdue (due before that day and not complete)."
                            + (aboutActions == 0 ? "" : " " + Words.count(aboutActions, "finding") + " about actions, judged on the "
                            + "day the assessment ran, " + (aboutActions == 1 ? "is" : "are") + " linked from the table.")).line();
            h.table("Actions by status at " + asOf, "compact", "Status", "Actions");
            plan.counts().forEach((status, n) -> h.open("tr").element("th", Words.of(status), "scope", "row")
                    .element("td", n, "class", "n").close("tr").line());
            h.endTable();
            if (plan.actions().isEmpty()) {
                return;
            }
            h.table("Actions, in plan order", null, "Action", "Description", "Recommendation", "Lead", "Due", "Status", "Findings");
            Map<String, List<FindingGroups.Entry>> findings = FindingGroups.bySubject(in);
            Set<String> ids = new HashSet<>();
            for (ActionPlanStatus.Item item : plan.actions()) {
                PlannedAction a = item.action();
                String id = HtmlWriter.anchor("action", a.id());
                h.open("tr", "id", ids.add(id) ? id : null).element("th", a.id(), "scope", "row")
                        .element("td", a.description()).element("td", item.recommendation()).element("td", a.lead()).element("td", Words.timescale(a))
                        .open("td").text(Words.of(a.status()));
                if (ActionPlanStatus.isOverdue(a, plan.asOf())) {
                    h.text(" ").element("span", "(overdue)", "class", "overdue");
                }
                h.close("td").open("td");
                HtmlRenderer.findingLinks(h, findings.getOrDefault(id, List.of()));
                h.close("td").close("tr").line();
            }
            h.endTable();
        });
    }
}
