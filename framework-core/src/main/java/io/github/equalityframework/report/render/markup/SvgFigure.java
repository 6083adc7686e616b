package io.github.equalityframework.report.render.markup;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The scaffold of every chart in eflg's pages: a {@code <figure>} holding an SVG image whose label states every
 * value, its title, a level axis of grid lines, and a legend of swatches with words in the caption, so that
 * colour is never the only signal and a table after it gives the same figures. It writes no style attribute: the
 * figure is as wide as its viewBox, or as the page where that is narrower ({@code .chart} in {@link Stylesheet}).
 */
@API(status = INTERNAL, since = "0.1")
public final class SvgFigure {
    /** A series in the legend: its colour and its words. */
    public record Series(String colour, String words) {}

    private SvgFigure() {}

    /** Opens the figure and its SVG root, with the label for screen readers and the title. */
    public static HtmlWriter open(HtmlWriter h, int width, int height, String label, String title) {
        return h.open("figure")
                .line()
                .open(
                        "svg",
                        "class",
                        "chart",
                        "role",
                        "img",
                        "aria-label",
                        label,
                        "viewBox",
                        "0 0 " + width + " " + height,
                        "width",
                        String.valueOf(width),
                        "xmlns",
                        "http://www.w3.org/2000/svg")
                .line()
                .element("title", title)
                .line();
    }

    /**
     * A vertical axis of levels: a grid line for each label from the bottom ({@code labels.get(0)}, drawn darker
     * as the base line) up, {@code step} apart, from {@code left} to {@code right}, with its label at its left.
     */
    public static void levelAxis(HtmlWriter h, List<String> labels, int left, int right, int bottom, double step) {
        for (int i = 0; i < labels.size(); i++) {
            String y = number(bottom - i * step);
            h.empty(
                            "line",
                            "x1",
                            String.valueOf(left),
                            "y1",
                            y,
                            "x2",
                            String.valueOf(right),
                            "y2",
                            y,
                            "stroke",
                            i == 0 ? "#1b1b1b" : "#c8c8c8")
                    .line();
            h.element(
                            "text",
                            labels.get(i),
                            "x",
                            String.valueOf(left - 8),
                            "y",
                            number(bottom - i * step + 4),
                            "text-anchor",
                            "end")
                    .line();
        }
    }

    /** Closes the SVG, writes the legend and the words after it (which say where the same figures are), and closes the figure. */
    public static HtmlWriter close(HtmlWriter h, List<Series> legend, String after) {
        h.close("svg").line().open("figcaption", "class", "legend");
        for (Series series : legend) {
            // A small SVG square, so that the page needs no style attribute (and no CSP 'unsafe-hashes').
            h.open("span")
                    .open("svg", "class", "swatch", "viewBox", "0 0 1 1", "aria-hidden", "true")
                    .empty("rect", "width", "1", "height", "1", "fill", series.colour())
                    .close("svg")
                    .text(series.words())
                    .close("span");
        }
        return h.text(" " + after).close("figcaption").line().close("figure").line();
    }

    /** A coordinate with one decimal, whatever the locale. */
    public static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
