package io.github.equalityframework.report.render;

import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.report.ModuleResult;
import java.util.List;

/**
 * A grouped bar chart, as inline SVG, of the claimed, evidenced and validated level of each module on
 * the framework's ordinal scale. Each bar has a text title and a letter, so colour is not the only signal;
 * the page also gives the same data as a table.
 */
final class LevelChart {
    private static final int LEFT = 120;
    private static final int TOP = 20;
    private static final int PLOT_HEIGHT = 200;
    private static final int GROUP = 150;
    private static final int BAR = 32;
    private final ReportInput in;

    LevelChart(ReportInput in) {
        this.in = in;
    }

    String svg() {
        List<ModuleResult> modules = in.report().modules();
        List<MaturityLevel> levels = in.framework().scale().levels();
        int width = LEFT + GROUP * Math.max(modules.size(), 1) + 20;
        int height = TOP + PLOT_HEIGHT + 70;
        double step = (double) PLOT_HEIGHT / levels.size();
        StringBuilder s = new StringBuilder();
        s.append("<figure>\n<svg class=\"chart\" role=\"img\" aria-label=\"Bar chart of the claimed, evidenced and validated level of each module\"")
                .append(" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"100%\" style=\"max-width:")
                .append(width).append("px\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (int i = 0; i <= levels.size(); i++) {
            double y = TOP + PLOT_HEIGHT - i * step;
            String label = i == 0 ? "Not assessed" : levels.get(i - 1).label();
            s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(fmt(y)).append("\" x2=\"").append(width - 10)
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#c8c8c8\"/>\n")
                    .append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\">")
                    .append(Html.text(label)).append("</text>\n");
        }
        for (int m = 0; m < modules.size(); m++) {
            ModuleResult module = modules.get(m);
            String[] values = {module.claimed(), module.evidenced(), module.validated()};
            int x0 = LEFT + m * GROUP + 15;
            for (int b = 0; b < values.length; b++) {
                int position = in.position(values[b]);
                double barHeight = position * step;
                int x = x0 + b * (BAR + 6);
                double y = TOP + PLOT_HEIGHT - barHeight;
                s.append("<rect x=\"").append(x).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(BAR)
                        .append("\" height=\"").append(fmt(barHeight)).append("\" fill=\"").append(HtmlRenderer.BAR_COLOURS[b])
                        .append("\" stroke=\"#000\"><title>").append(Html.text(module.title() + ": " + HtmlRenderer.BAR_NAMES[b] + " "
                                + in.label(values[b]))).append("</title></rect>\n")
                        .append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(TOP + PLOT_HEIGHT + 14)
                        .append("\" text-anchor=\"middle\">").append(HtmlRenderer.BAR_NAMES[b].charAt(0)).append("</text>\n");
            }
            s.append("<text x=\"").append(x0 + (3 * BAR + 12) / 2).append("\" y=\"").append(TOP + PLOT_HEIGHT + 34)
                    .append("\" text-anchor=\"middle\">").append(Html.text(module.module())).append("</text>\n");
        }
        s.append("</svg>\n<figcaption class=\"legend\">");
        for (int b = 0; b < HtmlRenderer.BAR_NAMES.length; b++) {
            s.append("<span><span class=\"swatch\" style=\"background:").append(HtmlRenderer.BAR_COLOURS[b]).append("\"></span>")
                    .append(HtmlRenderer.BAR_NAMES.length > b ? HtmlRenderer.BAR_NAMES[b].charAt(0) + " = " + HtmlRenderer.BAR_NAMES[b] : "")
                    .append("</span>");
        }
        return s.append("</figcaption>\n</figure>\n").toString();
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
