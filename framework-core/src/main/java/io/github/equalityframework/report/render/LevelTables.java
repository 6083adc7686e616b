package io.github.equalityframework.report.render;

import io.github.equalityframework.report.CriterionGap;
import io.github.equalityframework.report.CriterionResult;
import io.github.equalityframework.report.ModuleResult;
import io.github.equalityframework.report.TargetGap;

/** The HTML sections of levels: per module (chart and table), the gap to the target, per criterion. */
final class LevelTables {
    private LevelTables() {}

    static void modules(ReportInput in, HtmlWriter h) {
        h.element("h2", "Levels by module", "id", "levels").line();
        if (in.report().modules().isEmpty()) {
            h.element("p", "No module was assessed.").line();
            return;
        }
        new LevelChart(in).write(h);
        h.table("Levels by module: claimed, evidenced, validated and reached (the chart's data)", null,
                "Module", "Claimed", "Evidenced", "Validated", "Reached");
        for (ModuleResult m : in.report().modules()) {
            h.open("tr").element("th", m.module() + " " + m.title(), "scope", "row");
            levels(in, h, m.claimed(), m.evidenced(), m.validated(), m.reached());
            h.close("tr").line();
        }
        h.endTable();
    }

    static void gap(ReportInput in, HtmlWriter h) {
        TargetGap gap = in.report().gap();
        if (gap == null) {
            return;
        }
        h.element("h2", "Gap to the target: " + in.label(gap.target()), "id", "gap").line();
        if (gap.met()) {
            h.element("p", "Every criterion in scope reaches the target.").line();
            return;
        }
        int n = gap.shortfalls().size();
        h.table((n == 1 ? "1 criterion falls" : n + " criteria fall") + " short of " + in.label(gap.target()), null,
                "Criterion", "Reached", "Levels short");
        for (CriterionGap g : gap.shortfalls()) {
            h.open("tr").element("th", in.criterionName(g.criterion()), "scope", "row").element("td", in.label(g.reached()))
                    .element("td", g.steps(), "class", "n").close("tr").line();
        }
        h.endTable();
    }

    static void criteria(ReportInput in, HtmlWriter h) {
        h.element("h2", "Levels by criterion", "id", "criteria").line();
        if (in.report().criteria().isEmpty()) {
            h.element("p", "No criterion was assessed.").line();
            return;
        }
        h.table("Claimed, evidenced, validated and reached level of each criterion, with the scoring rules' reasons", null,
                "Criterion", "Claimed", "Evidenced", "Validated", "Reached", "Reasons");
        for (CriterionResult c : in.report().criteria()) {
            h.open("tr").element("th", c.criterion() + " " + c.title(), "scope", "row");
            levels(in, h, c.claimed(), c.evidenced(), c.validated(), c.reached());
            h.element("td", String.join("; ", c.reasons())).close("tr").line();
        }
        h.endTable();
    }

    /** Level cells, the last (the level reached) in bold. */
    private static void levels(ReportInput in, HtmlWriter h, String... levels) {
        for (int i = 0; i < levels.length; i++) {
            if (i == levels.length - 1) {
                h.open("td").element("strong", in.label(levels[i])).close("td");
            } else {
                h.element("td", in.label(levels[i]));
            }
        }
    }
}
