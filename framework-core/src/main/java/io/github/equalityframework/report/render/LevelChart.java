package io.github.equalityframework.report.render;

import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.internal.markup.SvgFigure;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.report.ModuleResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A grouped bar chart, as inline SVG, of the claimed, evidenced and validated level of each module on the
 * framework's ordinal scale; a level not assessed is a hollow ring on the base line rather than an absent bar.
 * Colour is not the only signal: each bar has a letter under it and a title,
 * the axis is labelled with level labels, the image's label states every value, and the page gives the
 * same data as a table.
 */
final class LevelChart {
    /** The three series, as keys of the chart's texts. */
    static final String[] SERIES = {"claimed", "evidenced", "validated"};

    private static final int LEFT = 110;
    private static final int TOP = 16;
    private static final int PLOT = 200;
    private static final int GROUP = 160;
    private static final int BAR = 34;
    private static final int GAP = 8;
    private static final int LABEL_LINES = 3;
    private static final int LINE_CHARS = 24;
    private final ReportInput in;

    LevelChart(ReportInput in) {
        this.in = in;
    }

    void write(HtmlWriter h) {
        List<ModuleResult> modules = in.report().modules();
        List<MaturityLevel> levels = in.framework().scale().levels();
        int width = LEFT + GROUP * Math.max(modules.size(), 1) + 10;
        int height = TOP + PLOT + 40 + 15 * LABEL_LINES;
        double step = (double) PLOT / levels.size();
        Messages t = in.text();
        SvgFigure.open(h, width, height, description(modules), t.get("chart.title"));
        List<String> axis = new ArrayList<>(List.of(in.label(MaturityLevel.NOT_ASSESSED.id())));
        levels.forEach(level -> axis.add(in.label(level.id())));
        SvgFigure.levelAxis(h, axis, LEFT, width - 10, TOP + PLOT, step);
        for (int m = 0; m < modules.size(); m++) {
            ModuleResult module = modules.get(m);
            String[] values = {module.claimed(), module.evidenced(), module.validated()};
            int x0 = LEFT + m * GROUP + (GROUP - 3 * BAR - 2 * GAP) / 2;
            for (int b = 0; b < values.length; b++) {
                double barHeight = in.position(values[b]) * step;
                int x = x0 + b * (BAR + GAP);
                String title = t.get("chart.bar." + SERIES[b], module.module(), in.label(values[b]));
                if (barHeight == 0) {
                    // No bar to see: a hollow ring on the base line says "not assessed" instead.
                    SvgFigure.notAssessed(h, x + BAR / 2.0, TOP + PLOT, title).line();
                } else {
                    h.open(
                                    "rect",
                                    "x",
                                    String.valueOf(x),
                                    "y",
                                    SvgFigure.number(TOP + PLOT - barHeight),
                                    "width",
                                    String.valueOf(BAR),
                                    "height",
                                    SvgFigure.number(barHeight),
                                    "fill",
                                    HtmlStyle.BARS[b],
                                    "stroke",
                                    SvgFigure.INK)
                            .element("title", title)
                            .close("rect")
                            .line();
                }
                h.element(
                                "text",
                                t.get("chart.letter." + SERIES[b]),
                                "x",
                                String.valueOf(x + BAR / 2),
                                "y",
                                String.valueOf(TOP + PLOT + 20),
                                "text-anchor",
                                "middle")
                        .line();
            }
            List<String> label = new ArrayList<>(List.of(module.module()));
            label.addAll(wrap(module.title()));
            for (int line = 0; line < label.size(); line++) {
                // The module's id and the framework's title for it: as written, English on a Welsh page.
                h.element(
                                "text",
                                HtmlWriter.asWritten(label.get(line)),
                                "x",
                                String.valueOf(LEFT + m * GROUP + GROUP / 2),
                                "y",
                                String.valueOf(TOP + PLOT + 38 + 15 * line),
                                "text-anchor",
                                "middle")
                        .line();
            }
        }
        List<SvgFigure.Series> legend = new ArrayList<>();
        for (int b = 0; b < SERIES.length; b++) {
            legend.add(new SvgFigure.Series(
                    HtmlStyle.BARS[b], t.get("chart.letter." + SERIES[b]) + ": " + t.get("column." + SERIES[b])));
        }
        legend.add(SvgFigure.Series.notAssessed(in.label(MaturityLevel.NOT_ASSESSED.id())));
        SvgFigure.close(h, legend, t.get("chart.legend.after"));
    }

    /** What the chart shows, as text for screen readers. */
    private String description(List<ModuleResult> modules) {
        Messages t = in.text();
        StringBuilder text = new StringBuilder(t.get("chart.description"));
        for (ModuleResult m : modules) {
            text.append(' ')
                    .append(t.get(
                            "chart.description.module",
                            m.module() + " " + m.title(),
                            in.label(m.claimed()),
                            in.label(m.evidenced()),
                            in.label(m.validated())));
        }
        return text.toString();
    }

    /** A title in at most {@value #LABEL_LINES} - 1 lines that fit under a group of bars. */
    static List<String> wrap(String title) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (title == null ? "" : title.strip()).split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > LABEL_LINES - 1) {
            lines = new ArrayList<>(lines.subList(0, LABEL_LINES - 1));
            String last = lines.get(LABEL_LINES - 2);
            lines.set(
                    LABEL_LINES - 2, (last.length() > LINE_CHARS - 1 ? last.substring(0, LINE_CHARS - 1) : last) + "…");
        }
        return lines;
    }
}
