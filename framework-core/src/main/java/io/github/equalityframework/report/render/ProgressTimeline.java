package io.github.equalityframework.report.render;

import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.internal.markup.SvgFigure;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.report.CouncilProgress;
import io.github.equalityframework.report.CouncilProgress.ModuleTimeline;
import io.github.equalityframework.report.CouncilProgress.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * The progress report's timeline: a line per module over the years on the framework's scale, with a marker and
 * a title at each point, in the figure scaffold every chart shares. Years sit at their distance in time (the end
 * of each assessment period), so a gap of eight years looks like one. Each module has its own colour, dash
 * pattern and marker, which the legend draws as the chart does, so that colour is never the only signal; a year
 * that did not assess a module shows a hollow ring; the table after it gives the same levels.
 */
final class ProgressTimeline {
    private static final String[] DASHES = {null, "8 4", "2 4", "10 4 2 4", "4 4", "1 3", "12 3"};
    private static final int LEFT = 110;
    private static final int TOP = 16;
    private static final int PLOT = 200;
    private static final int COLUMN = 140;
    /** The fewest pixels a year of time takes, so that the labels of consecutive years do not overlap. */
    private static final double YEAR = 78;

    private static final int RIGHT = 70;

    private final ProgressWording words;
    private final CouncilProgress progress;
    private final FrameworkDefinition framework;
    /** The x of each year, proportional to the end date of its period. */
    private final double[] xs;

    ProgressTimeline(ProgressWording words, CouncilProgress progress, FrameworkDefinition framework) {
        this.words = words;
        this.progress = progress;
        this.framework = framework;
        this.xs = positions(progress.years());
    }

    /** Each year's x: the first at the left of the plot, the rest by days after it. */
    static double[] positions(List<Year> years) {
        double[] xs = new double[years.size()];
        if (years.isEmpty()) {
            return xs;
        }
        long first = years.get(0).period().to().toEpochDay();
        long span = years.get(years.size() - 1).period().to().toEpochDay() - first;
        double perDay = span == 0 ? 0 : Math.max((double) COLUMN * (years.size() - 1) / span, YEAR / 365.25);
        for (int y = 0; y < years.size(); y++) {
            xs[y] = LEFT + COLUMN / 2.0 + (years.get(y).period().to().toEpochDay() - first) * perDay;
        }
        return xs;
    }

    void write(HtmlWriter h) {
        Messages t = words.text();
        List<Year> years = progress.years();
        List<MaturityLevel> levels = framework.scale().levels();
        double last = xs.length == 0 ? LEFT + COLUMN / 2.0 : xs[xs.length - 1];
        int width = (int) Math.ceil(last + COLUMN / 2.0 + RIGHT);
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
                            SvgFigure.number(xs[y]),
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
            legend.add(new SvgFigure.Series(colour(m), name, DASHES[m % DASHES.length], marker(m)));
        }
        legend.add(SvgFigure.Series.notAssessed(words.label(MaturityLevel.NOT_ASSESSED.id())));
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
            points.add(new double[] {xs[y], TOP + PLOT - level * step + spread * 4, level});
        }
        String colour = colour(m);
        h.empty(
                        "polyline",
                        "points",
                        String.join(
                                " ",
                                points.stream()
                                        .map(p -> SvgFigure.number(p[0]) + "," + SvgFigure.number(p[1]))
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
            double[] p = points.get(y);
            if (p[2] == 0) {
                SvgFigure.notAssessed(h, p[0], p[1], title).line();
            } else {
                SvgFigure.marker(h, marker(m), p[0], p[1], colour, title).line();
            }
        }
        if (!points.isEmpty()) {
            double[] last = points.get(points.size() - 1);
            h.element(
                            "text",
                            module.module(),
                            "x",
                            SvgFigure.number(last[0] + 10),
                            "y",
                            SvgFigure.number(Double.parseDouble(SvgFigure.number(last[1])) + 4 + spread * 8))
                    .line();
        }
    }

    private static String colour(int module) {
        return SvgFigure.PALETTE.get(module % SvgFigure.PALETTE.size());
    }

    private static SvgFigure.Marker marker(int module) {
        SvgFigure.Marker[] markers = SvgFigure.Marker.values();
        return markers[module % markers.length];
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
