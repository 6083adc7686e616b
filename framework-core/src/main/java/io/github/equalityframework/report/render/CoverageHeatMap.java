package io.github.equalityframework.report.render;

import static io.github.equalityframework.internal.markup.HtmlWriter.asWritten;

import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.report.CoverageMatrix;

/**
 * The characteristic coverage matrix as a heat map: a table whose cells are shaded by how many evidence
 * items cover the characteristic, and show that number, so that the shade is never the only signal.
 */
final class CoverageHeatMap {
    /** Counts at or above this share the darkest shade. */
    private static final int DARKEST = 3;

    private CoverageHeatMap() {}

    static void write(ReportInput in, HtmlWriter h) {
        CoverageMatrix coverage = in.report().coverage();
        if (coverage == null || coverage.characteristics().isEmpty()) {
            return;
        }
        Messages t = in.text();
        h.element("h2", t.get("section.coverage"), "id", "coverage")
                .line()
                .element("p", t.get("coverage.intro.html"))
                .line();
        h.open("p", "class", "key").text(t.get("coverage.key") + " ");
        for (int n = 0; n <= DARKEST; n++) {
            h.element("span", n == DARKEST ? n + "+" : n, "class", "h" + n);
        }
        h.close("p").line();
        String[] columns = new String[coverage.characteristics().size() + 1];
        columns[0] = t.get("column.criterion");
        for (int i = 0; i < coverage.characteristics().size(); i++) {
            columns[i + 1] = in.characteristicLabel(coverage.characteristics().get(i));
        }
        h.table(t.get("coverage.caption"), "heat", columns);
        for (CoverageMatrix.Row row : coverage.rows()) {
            h.open("tr").element("th", asWritten(in.criterionName(row.criterion())), "scope", "row");
            for (int n : row.counts()) {
                h.element("td", n, "class", "n h" + Math.max(0, Math.min(n, DARKEST)));
            }
            h.close("tr").line();
        }
        h.endTable();
    }
}
