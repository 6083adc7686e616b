package io.github.equalityframework.workforce;

import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.internal.markup.Stylesheet;
import io.github.equalityframework.internal.markup.SvgFigure;
import java.math.BigDecimal;
import java.util.List;

/**
 * The charts of the workforce report's HTML page, as inline SVG written through the core's {@link HtmlWriter}
 * and figure scaffold: every text is escaped. Each chart states its values in its label and the tables after it
 * give the same figures, so colour is never the only signal.
 */
final class HtmlReport {
    private static final String DARK = Stylesheet.DARK;
    private static final String LIGHT = Stylesheet.LIGHT;
    private static final String AFTER = "The table below gives the same figures.";

    private HtmlReport() {}

    /** Four 100% bars, men then women, lower quartile at the top. */
    static void quartileChart(HtmlWriter h, GenderPayGap gpg) {
        List<GenderPayGap.QuartileShares> bands = gpg.quartiles();
        StringBuilder label = new StringBuilder("Share of men and women in each hourly pay quartile.");
        bands.forEach(b -> label.append(' ')
                .append(b.band())
                .append(": men ")
                .append(ReportTables.percent(b.men()))
                .append(", women ")
                .append(ReportTables.percent(b.women()))
                .append('.'));
        int left = 110;
        int width = 520;
        int height = 24 + bands.size() * 34;
        SvgFigure.open(h, width, height, label.toString(), "Hourly pay quartiles by sex");
        for (int i = 0; i < bands.size(); i++) {
            GenderPayGap.QuartileShares band = bands.get(i);
            int y = 12 + i * 34;
            text(h, left - 8, y + 17, "end", band.band(), null);
            if (band.men().isPublished() && band.women().isPublished()) {
                double men = bar(band.men().value(), width - left - 20);
                double women = bar(band.women().value(), width - left - 20);
                rect(h, left, y, men, 24, DARK, "men " + band.men() + "%");
                rect(h, left + men, y, women, 24, LIGHT, "women " + band.women() + "%");
                text(h, left + 4, y + 17, "start", "men " + band.men() + "%", "fill:#fff");
                text(h, width - 24, y + 17, "end", "women " + band.women() + "%", null);
            } else {
                text(h, left + 4, y + 17, "start", band.men().toString(), null);
            }
        }
        SvgFigure.close(h, List.of(new SvgFigure.Series(DARK, "Men"), new SvgFigure.Series(LIGHT, "Women")), AFTER);
    }

    /** For each declared group, a bar of its share of the workforce and one of its share of the population. */
    static void representationChart(HtmlWriter h, Representation representation) {
        List<Representation.Group> groups = representation.groups().stream()
                .filter(Representation.Group::declared)
                .toList();
        BigDecimal most = BigDecimal.ONE;
        for (Representation.Group g : groups) {
            for (Figure f : List.of(g.workforcePercent(), g.populationPercent())) {
                if (f.isPublished() && f.value().compareTo(most) > 0) {
                    most = f.value();
                }
            }
        }
        StringBuilder label = new StringBuilder(
                "Share of the workforce and of the local population by " + representation.characteristic() + ".");
        groups.forEach(g -> label.append(' ')
                .append(g.group())
                .append(": workforce ")
                .append(ReportTables.percent(g.workforcePercent()))
                .append(", population ")
                .append(ReportTables.percent(g.populationPercent()))
                .append('.'));
        int left = 200;
        int width = 640;
        int height = 24 + groups.size() * 44;
        SvgFigure.open(
                h, width, height, label.toString(), "Workforce and population by " + representation.characteristic());
        double scale = (width - left - 90) / most.doubleValue();
        for (int i = 0; i < groups.size(); i++) {
            Representation.Group g = groups.get(i);
            int y = 12 + i * 44;
            String name = g.group().length() > 30 ? g.group().substring(0, 29) + "…" : g.group();
            text(h, left - 8, y + 20, "end", name, null);
            Figure[] values = {g.workforcePercent(), g.populationPercent()};
            String[] names = {"workforce", "population"};
            for (int s = 0; s < 2; s++) {
                int barY = y + s * 18;
                if (values[s].isPublished()) {
                    double w = values[s].value().doubleValue() * scale;
                    rect(
                            h,
                            left,
                            barY,
                            w,
                            16,
                            s == 0 ? DARK : LIGHT,
                            g.group() + ": " + names[s] + " " + values[s] + "%");
                    text(h, left + w + 4, barY + 12, "start", values[s] + "%", null);
                } else {
                    text(h, left + 4, barY + 12, "start", names[s] + " " + values[s], null);
                }
            }
        }
        SvgFigure.close(
                h,
                List.of(new SvgFigure.Series(DARK, "Workforce"), new SvgFigure.Series(LIGHT, "Local population")),
                AFTER);
    }

    private static double bar(BigDecimal percent, int full) {
        return percent.doubleValue() * full / 100;
    }

    private static void rect(HtmlWriter h, double x, double y, double width, double height, String fill, String title) {
        h.open(
                        "rect",
                        "x",
                        SvgFigure.number(x),
                        "y",
                        SvgFigure.number(y),
                        "width",
                        SvgFigure.number(width),
                        "height",
                        SvgFigure.number(height),
                        "fill",
                        fill,
                        "stroke",
                        "#1b1b1b")
                .element("title", title)
                .close("rect")
                .line();
    }

    private static void text(HtmlWriter h, double x, double y, String anchor, String text, String style) {
        h.element(
                        "text",
                        text,
                        "x",
                        SvgFigure.number(x),
                        "y",
                        SvgFigure.number(y),
                        "text-anchor",
                        anchor,
                        "style",
                        style)
                .line();
    }
}
