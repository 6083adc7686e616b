package io.github.equalityframework.internal.markup;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The scaffold of every chart in eflg's pages: a {@code <figure>} holding an SVG image whose label states every
 * value, its title, a level axis of grid lines, and a legend in the caption that draws each series as the chart
 * does (a swatch, or a line with its marker) beside its words, so that colour is never the only signal and a
 * table after it gives the same figures. Colours come from the Okabe-Ito palette, which stays distinct under the
 * common colour-vision deficiencies. It writes no style attribute: the image keeps its natural width, so its text
 * stays readable, and scrolls sideways in its own region where the page is narrower (it fits the page in print).
 */
@API(status = INTERNAL, since = "0.1")
public final class SvgFigure {
    /**
     * The Okabe-Ito colours, darkest first (blue, vermillion, bluish green, reddish purple, orange, sky blue,
     * black): series colours of every chart.
     */
    public static final List<String> PALETTE =
            List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000");

    /** The outline of every mark, dark enough (over 3:1 on white) to show a shape whatever its fill. */
    public static final String INK = "#1b1b1b";

    /** The shape of a line's points: a second signal beside colour and dash. */
    public enum Marker {
        CIRCLE,
        SQUARE,
        TRIANGLE,
        DIAMOND,
        DOWN,
        CROSS,
        STAR
    }

    /**
     * A series in the legend: its colour and its words, and for a line its dash pattern ({@code null} for solid)
     * and marker; a series without a marker is drawn as a swatch.
     */
    public record Series(String colour, String words, String dash, Marker marker) {
        /** A series drawn as a filled swatch (bars). */
        public Series(String colour, String words) {
            this(colour, words, null, null);
        }

        /** The legend entry of the {@link #notAssessed} mark. */
        public static Series notAssessed(String words) {
            return new Series(null, words, null, null);
        }
    }

    private SvgFigure() {}

    /**
     * Opens the figure, a scroll region named by the title, and the SVG root with the label for screen readers
     * and the title.
     */
    public static HtmlWriter open(HtmlWriter h, int width, int height, String label, String title) {
        return h.open("figure")
                .line()
                .scrollRegion(title)
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
                            i == 0 ? INK : "#c8c8c8")
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
        h.close("svg").line().close("div").line().open("figcaption", "class", "legend");
        for (Series series : legend) {
            h.open("span");
            if (series.colour() == null) {
                h.open("svg", "width", "16", "height", "16", "viewBox", "0 0 16 16", "aria-hidden", "true");
                notAssessed(h, 8, 8, null).close("svg");
            } else if (series.marker() == null) {
                // A small SVG square, so that the page needs no style attribute (and no CSP 'unsafe-hashes').
                h.open("svg", "class", "swatch", "viewBox", "0 0 1 1", "aria-hidden", "true")
                        .empty("rect", "width", "1", "height", "1", "fill", series.colour())
                        .close("svg");
            } else {
                // The line as the chart draws it: its colour, its dash and its marker.
                h.open("svg", "width", "36", "height", "16", "viewBox", "0 0 36 16", "aria-hidden", "true")
                        .empty(
                                "line",
                                "x1",
                                "1",
                                "y1",
                                "8",
                                "x2",
                                "35",
                                "y2",
                                "8",
                                "stroke",
                                series.colour(),
                                "stroke-width",
                                "2.5",
                                "stroke-dasharray",
                                series.dash());
                marker(h, series.marker(), 18, 8, series.colour(), null);
                h.close("svg");
            }
            h.text(series.words()).close("span");
        }
        return h.text(" " + after).close("figcaption").line().close("figure").line();
    }

    /**
     * A point's marker of about 10 pixels, centred on (x, y), filled with the colour and outlined in {@link
     * #INK}; with a title when {@code title} is not {@code null}.
     */
    public static HtmlWriter marker(HtmlWriter h, Marker marker, double x, double y, String colour, String title) {
        String tag = switch (marker) {
            case CIRCLE -> "circle";
            case SQUARE -> "rect";
            default -> "polygon";
        };
        String[] shape = switch (marker) {
            case CIRCLE -> new String[] {"cx", number(x), "cy", number(y), "r", "5"};
            case SQUARE -> new String[] {"x", number(x - 4.5), "y", number(y - 4.5), "width", "9", "height", "9"};
            case TRIANGLE -> points(x, y, 0, -6, 5.5, 4, -5.5, 4);
            case DIAMOND -> points(x, y, 0, -6, 6, 0, 0, 6, -6, 0);
            case DOWN -> points(x, y, -5.5, -4, 5.5, -4, 0, 6);
            case CROSS ->
                points(x, y, -2, -6, 2, -6, 2, -2, 6, -2, 6, 2, 2, 2, 2, 6, -2, 6, -2, 2, -6, 2, -6, -2, -2, -2);
            case STAR ->
                points(x, y, 0, -6.5, 1.8, -2, 6.5, -2, 2.8, 1, 4, 6, 0, 3, -4, 6, -2.8, 1, -6.5, -2, -1.8, -2);
        };
        String[] attributes = new String[shape.length + 6];
        System.arraycopy(shape, 0, attributes, 0, shape.length);
        System.arraycopy(
                new String[] {"fill", colour, "stroke", INK, "stroke-width", "1.2"}, 0, attributes, shape.length, 6);
        if (title == null) {
            return h.empty(tag, attributes);
        }
        return h.open(tag, attributes).element("title", title).close(tag);
    }

    /**
     * The mark of a value that was not assessed: a hollow, dashed ring on the base line, so that "no level" is
     * seen rather than read from an absent bar or point.
     */
    public static HtmlWriter notAssessed(HtmlWriter h, double x, double y, String title) {
        String[] attributes = {
            "cx",
            number(x),
            "cy",
            number(y),
            "r",
            "6",
            "fill",
            "#fff",
            "stroke",
            INK,
            "stroke-width",
            "1.5",
            "stroke-dasharray",
            "2 2"
        };
        if (title == null) {
            return h.empty("circle", attributes);
        }
        return h.open("circle", attributes).element("title", title).close("circle");
    }

    private static String[] points(double x, double y, double... offsets) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i + 1 < offsets.length; i += 2) {
            points.append(i == 0 ? "" : " ")
                    .append(number(x + offsets[i]))
                    .append(',')
                    .append(number(y + offsets[i + 1]));
        }
        return new String[] {"points", points.toString()};
    }

    /** A coordinate with one decimal, whatever the locale. */
    public static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
