package io.github.equalityframework.report.render;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.report.CouncilProgress;
import io.github.equalityframework.report.CouncilProgress.ModuleTimeline;
import io.github.equalityframework.report.CouncilProgress.Year;
import io.github.equalityframework.report.render.markup.HtmlWriter;
import io.github.equalityframework.report.render.markup.SvgFigure;
import java.util.ArrayList;
import java.util.List;

/**
 * The progress report's timeline: a line per module over the years on the framework's scale, with a marker and
 * a title at each point, in the figure scaffold every chart shares. Each module has its own colour and dash
 * pattern, so that colour is never the only signal, and the table after it gives the same levels.
 */
final class ProgressTimeline {
    private static final String[] COLOURS = {"#1d4f91", "#a4262c", "#2e6b30", "#7a4b00", "#5c2d91", "#1b1b1b"};
    private static final String[] DASHES = {null, "8 4", "2 4", "10 4 2 4", "4 4", "1 3"};
    private static final int LEFT = 110;
    private static final int TOP = 16;
    private static final int PLOT = 200;
    private static final int COLUMN = 140;
    private static final int RIGHT = 70;

    private final ProgressWording words;
    private final CouncilProgress progress;
    private final FrameworkDefinition framework;

    ProgressTimeline(ProgressWording words, CouncilProgress progress, FrameworkDefinition framework) {
        this.words = words;
        this.progress = progress;
        this.framework = framework;
    }

    void write(HtmlWriter h) {
        Messages t = words.text();
        List<Year> years = progress.years();
        List<MaturityLevel> levels = framework.scale().levels();
        int width = LEFT + COLUMN * Math.max(years.size(), 1) + RIGHT;
        double step = (double) PLOT / levels.size();
        SvgFigure.open(h, width, TOP + PLOT + 40, description(), t.get("progress.chart.title"));
        List<String> axis = new ArrayList<>(List.of(words.label(MaturityLevel.NOT_ASSESSED.id())));
        levels.forEach(level -> axis.add(words.label(level.id())));
        SvgFigure.levelAxis(h, axis, LEFT, width - RIGHT + 20, TOP + PLOT, step);
        for (int y = 0; y < years.size(); y++) {
            h.element(
                            "text",
                            years.get(y).label(),
                            "x",
                            String.valueOf(x(y)),
                            "y",
                            String.valueOf(TOP + PLOT + 20),
                            "text-anchor",
                            "middle")
                    .line();
        }
        List<ModuleTimeline> modules = progress.modules();
        List<String> ids = levels.stream().map(MaturityLevel::id).toList();
        List<SvgFigure.Series> legend = new ArrayList<>();
        for (int m = 0; m < modules.size(); m++) {
            module(h, m, ids, step);
            ModuleTimeline module = modules.get(m);
            String name = module.module() + " " + module.title();
            legend.add(new SvgFigure.Series(
                    COLOURS[m % COLOURS.length],
                    t.get(DASHES[m % DASHES.length] == null ? "progress.chart.solid" : "progress.chart.dashed", name)));
        }
        SvgFigure.close(h, legend, t.get("chart.legend.after"));
    }

    /** One module's line, its points with their titles, and its id at the line's end. */
    private void module(HtmlWriter h, int m, List<String> ids, double step) {
        List<ModuleTimeline> modules = progress.modules();
        ModuleTimeline module = modules.get(m);
        // Lines at the same level would hide each other: each module is drawn a few pixels apart.
        double spread = m - (modules.size() - 1) / 2.0;
        List<double[]> points = new ArrayList<>();
        for (int y = 0; y < module.levels().size(); y++) {
            double level = ids.indexOf(module.levels().get(y)) + 1;
            points.add(new double[] {x(y), TOP + PLOT - level * step + spread * 4});
        }
        String colour = COLOURS[m % COLOURS.length];
        h.empty(
                        "polyline",
                        "points",
                        String.join(
                                " ",
                                points.stream()
                                        .map(p -> (int) p[0] + "," + SvgFigure.number(p[1]))
                                        .toList()),
                        "fill",
                        "none",
                        "stroke",
                        colour,
                        "stroke-width",
                        "2.5",
                        "stroke-dasharray",
                        DASHES[m % DASHES.length])
                .line();
        for (int y = 0; y < points.size(); y++) {
            String title = words.text()
                    .get(
                            "progress.chart.point",
                            module.module(),
                            progress.years().get(y).label(),
                            words.label(module.levels().get(y)));
            h.open(
                            "circle",
                            "cx",
                            String.valueOf((int) points.get(y)[0]),
                            "cy",
                            SvgFigure.number(points.get(y)[1]),
                            "r",
                            "5",
                            "fill",
                            colour,
                            "stroke",
                            "#fff")
                    .element("title", title)
                    .close("circle")
                    .line();
        }
        if (!points.isEmpty()) {
            double[] last = points.get(points.size() - 1);
            h.element(
                            "text",
                            module.module(),
                            "x",
                            String.valueOf((int) last[0] + 10),
                            "y",
                            SvgFigure.number(Double.parseDouble(SvgFigure.number(last[1])) + 4 + spread * 8),
                            "fill",
                            colour)
                    .line();
        }
    }

    private static int x(int year) {
        return LEFT + COLUMN / 2 + year * COLUMN;
    }

    private String description() {
        StringBuilder text = new StringBuilder(words.text().get("progress.chart.description"));
        for (ModuleTimeline m : progress.modules()) {
            text.append(' ').append(m.module()).append(' ').append(m.title()).append(':');
            for (int y = 0; y < m.levels().size(); y++) {
                text.append(y == 0 ? " " : ", ")
                        .append(progress.years().get(y).label())
                        .append(' ')
                        .append(words.label(m.levels().get(y)));
            }
            text.append('.');
        }
        return text.toString();
    }
}
