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
            Messages t = in.text();
            String asOf = t.date(plan.asOf());
            long aboutActions = FindingGroups.aboutActions(in);
            h.element("h2", t.get("section.actionPlan"), "id", "action-plan").line()
                    .element("p", t.get("plan.html.intro", t.count(plan.actions().size(), "action"), asOf, plan.overdue().size())
                            + (aboutActions == 0 ? "" : " " + t.get(aboutActions == 1 ? "plan.html.aboutActions.one"
                            : "plan.html.aboutActions.other", t.count(aboutActions, "finding")))).line();
            h.table(t.get("plan.byStatus.caption", asOf), "compact", t.get("column.status"), t.get("column.actions"));
            plan.counts().forEach((status, n) -> h.open("tr").element("th", t.words(status), "scope", "row")
                    .element("td", n, "class", "n").close("tr").line());
            h.endTable();
            if (plan.actions().isEmpty()) {
                return;
            }
            h.table(t.get("plan.actions.caption"), null, t.get("column.action"), t.get("column.description"), t.get("column.recommendation"),
                    t.get("column.lead"), t.get("column.due"), t.get("column.status"), t.get("column.findings"));
            Map<String, List<FindingGroups.Entry>> findings = FindingGroups.bySubject(in);
            Set<String> ids = new HashSet<>();
            for (ActionPlanStatus.Item item : plan.actions()) {
                PlannedAction a = item.action();
                String id = HtmlWriter.anchor("action", a.id());
                h.open("tr", "id", ids.add(id) ? id : null).element("th", a.id(), "scope", "row")
                        .element("td", a.description()).element("td", item.recommendation()).element("td", a.lead()).element("td", t.date(a.due()))
                        .open("td").text(t.words(a.status()));
                if (ActionPlanStatus.isOverdue(a, plan.asOf())) {
                    h.text(" ").element("span", t.get("plan.overdue.mark"), "class", "overdue");
                }
                h.close("td").open("td");
                HtmlRenderer.findingLinks(in, h, findings.getOrDefault(id, List.of()));
                h.close("td").close("tr").line();
            }
            h.endTable();
        });
    }
}
