package io.github.equalityframework.report.render;

import static io.github.equalityframework.internal.markup.HtmlWriter.asWritten;

import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.report.CriterionGap;
import io.github.equalityframework.report.ModuleResult;
import io.github.equalityframework.report.TargetGap;
import io.github.equalityframework.spi.CriterionResult;

/** The HTML sections of levels: per module (chart and table), the gap to the target, per criterion. */
final class LevelTables {
    private LevelTables() {}

    static void modules(ReportInput in, HtmlWriter h) {
        Messages t = in.text();
        h.element("h2", t.get("section.levels"), "id", "levels").line();
        if (in.report().modules().isEmpty()) {
            h.element("p", t.get("levels.noModule")).line();
            return;
        }
        new LevelChart(in).write(h);
        h.table(
                t.get("levels.modules.caption"),
                null,
                t.get("column.module"),
                t.get("column.claimed"),
                t.get("column.evidenced"),
                t.get("column.validated"),
                t.get("column.reached"));
        for (ModuleResult m : in.report().modules()) {
            h.open("tr").element("th", asWritten(m.module() + " " + m.title()), "scope", "row");
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
        Messages t = in.text();
        h.element("h2", t.get("section.gap.level", in.label(gap.target())), "id", "gap")
                .line();
        if (gap.met()) {
            h.element("p", t.get("gap.met")).line();
            return;
        }
        int n = gap.shortfalls().size();
        h.table(
                t.get("gap.caption", t.get(n == 1 ? "gap.short.one" : "gap.short.other", n), in.label(gap.target())),
                null,
                t.get("column.criterion"),
                t.get("column.reached"),
                t.get("column.levelsShort"));
        for (CriterionGap g : gap.shortfalls()) {
            h.open("tr")
                    .element("th", asWritten(in.criterionName(g.criterion())), "scope", "row")
                    .element("td", in.label(g.reached()))
                    .element("td", g.steps(), "class", "n")
                    .close("tr")
                    .line();
        }
        h.endTable();
    }

    static void criteria(ReportInput in, HtmlWriter h) {
        Messages t = in.text();
        h.element("h2", t.get("section.criteria"), "id", "criteria").line();
        if (in.report().criteria().isEmpty()) {
            h.element("p", t.get("levels.noCriterion")).line();
            return;
        }
        h.table(
                t.get("levels.criteria.caption"),
                null,
                t.get("column.criterion"),
                t.get("column.claimed"),
                t.get("column.evidenced"),
                t.get("column.validated"),
                t.get("column.reached"),
                t.get("column.reasons"));
        for (CriterionResult c : in.report().criteria()) {
            h.open("tr").element("th", asWritten(c.criterion() + " " + c.title()), "scope", "row");
            levels(in, h, c.claimed(), c.evidenced(), c.validated(), c.reached());
            h.element("td", asWritten(String.join("; ", c.reasons())))
                    .close("tr")
                    .line();
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
