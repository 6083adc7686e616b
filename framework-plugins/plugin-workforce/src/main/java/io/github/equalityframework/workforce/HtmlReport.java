package io.github.equalityframework.workforce;

import io.github.equalityframework.io.ControlCharacters;
import io.github.equalityframework.spi.Finding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A workforce report as one self-contained HTML page: inline style, inline SVG bar charts, no script and
 * no link out. Every text is escaped; markup comes only from this class. Each chart states its values in
 * its label and the tables give the same figures, so colour is never the only signal.
 */
final class HtmlReport {
    private static final String DARK = "#1d4f91";
    private static final String LIGHT = "#f0b323";
    private static final String CSS = """
            :root { color: #1b1b1b; background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; }
            body { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
            h2 { margin-top: 2.5rem; border-bottom: 2px solid #1d4f91; }
            table { border-collapse: collapse; margin: 1rem 0; }
            caption { text-align: left; font-weight: 600; padding: .25rem 0; }
            th, td { border: 1px solid #767676; padding: .3rem .5rem; text-align: left; vertical-align: top; }
            thead th { background: #e8edf5; }
            .chart text { font: 12px system-ui, Arial, sans-serif; fill: #1b1b1b; }
            .swatch { display: inline-block; width: 1em; height: 1em; border: 1px solid #000; vertical-align: middle; margin: 0 .3em 0 1em; }
            svg, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            """;

    private final WorkforceReport report;
    private final List<Finding> findings;
    private final StringBuilder out = new StringBuilder(32_768);

    HtmlReport(WorkforceReport report, List<Finding> findings) {
        this.report = report;
        this.findings = findings;
    }

    String write() {
        String title = ReportTables.title(report);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title))
                .append("</title>\n<style>\n")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>")
                .append(escape(title))
                .append("</h1>\n");
        ReportTables.summary(report)
                .forEach(line -> out.append("<p>").append(escape(line)).append("</p>\n"));
        for (ReportTables.Section section : ReportTables.sections(report, findings)) {
            out.append("<section id=\"")
                    .append(section.id())
                    .append("\">\n<h2>")
                    .append(escape(section.title()))
                    .append("</h2>\n");
            section.notes()
                    .forEach(note -> out.append("<p>").append(escape(note)).append("</p>\n"));
            if (section.id().equals("gender-pay-gap")) {
                quartileChart();
            } else if (section.id().startsWith("representation-")) {
                report.representation(section.id().substring("representation-".length()))
                        .ifPresent(this::representationChart);
            }
            section.tables().forEach(this::table);
            out.append("</section>\n");
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    private void table(ReportTables.Table table) {
        out.append("<table>\n<caption>").append(escape(table.caption())).append("</caption>\n<thead><tr>");
        table.headers()
                .forEach(h -> out.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String tag = i == 0 ? "th" : "td";
                out.append('<')
                        .append(tag)
                        .append(i == 0 ? " scope=\"row\">" : ">")
                        .append(escape(row.get(i)))
                        .append("</")
                        .append(tag)
                        .append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** Four 100% bars, men then women, lower quartile at the top. */
    private void quartileChart() {
        List<GenderPayGap.QuartileShares> bands = report.genderPayGap().quartiles();
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
        svgStart(label.toString(), width, height, "Hourly pay quartiles by sex");
        for (int i = 0; i < bands.size(); i++) {
            GenderPayGap.QuartileShares band = bands.get(i);
            int y = 12 + i * 34;
            text(left - 8, y + 17, "end", band.band());
            if (band.men().isPublished() && band.women().isPublished()) {
                double men = bar(band.men().value(), width - left - 20);
                double women = bar(band.women().value(), width - left - 20);
                rect(left, y, men, 24, DARK, "men " + band.men() + "%");
                rect(left + men, y, women, 24, LIGHT, "women " + band.women() + "%");
                text(left + 4, y + 17, "start", "men " + band.men() + "%", "#fff");
                text(width - 24, y + 17, "end", "women " + band.women() + "%");
            } else {
                text(left + 4, y + 17, "start", band.men().toString());
            }
        }
        svgEnd(new String[] {"Men", "Women"}, new String[] {DARK, LIGHT});
    }

    /** For each declared group, a bar of its share of the workforce and one of its share of the population. */
    private void representationChart(Representation representation) {
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
        svgStart(label.toString(), width, height, "Workforce and population by " + representation.characteristic());
        double scale = (width - left - 90) / most.doubleValue();
        for (int i = 0; i < groups.size(); i++) {
            Representation.Group g = groups.get(i);
            int y = 12 + i * 44;
            text(left - 8, y + 20, "end", g.group().length() > 30 ? g.group().substring(0, 29) + "…" : g.group());
            Figure[] values = {g.workforcePercent(), g.populationPercent()};
            String[] names = {"workforce", "population"};
            for (int s = 0; s < 2; s++) {
                int barY = y + s * 18;
                if (values[s].isPublished()) {
                    double w = values[s].value().doubleValue() * scale;
                    rect(left, barY, w, 16, s == 0 ? DARK : LIGHT, g.group() + ": " + names[s] + " " + values[s] + "%");
                    text(left + w + 4, barY + 12, "start", values[s] + "%");
                } else {
                    text(left + 4, barY + 12, "start", names[s] + " " + values[s]);
                }
            }
        }
        svgEnd(new String[] {"Workforce", "Local population"}, new String[] {DARK, LIGHT});
    }

    private static double bar(BigDecimal percent, int full) {
        return percent.doubleValue() * full / 100;
    }

    private void svgStart(String label, int width, int height, String title) {
        out.append("<figure>\n<svg class=\"chart\" role=\"img\" aria-label=\"")
                .append(escape(label))
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"100%\" style=\"max-width:")
                .append(width)
                .append("px\" xmlns=\"http://www.w3.org/2000/svg\">\n<title>")
                .append(escape(title))
                .append("</title>\n");
    }

    private void svgEnd(String[] series, String[] colours) {
        out.append("</svg>\n<figcaption>");
        for (int i = 0; i < series.length; i++) {
            out.append("<span class=\"swatch\" style=\"background:")
                    .append(colours[i])
                    .append("\"></span>")
                    .append(escape(series[i]));
        }
        out.append(". The table below gives the same figures.</figcaption>\n</figure>\n");
    }

    private void rect(double x, double y, double width, double height, String fill, String title) {
        out.append("<rect x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\" width=\"")
                .append(number(width))
                .append("\" height=\"")
                .append(number(height))
                .append("\" fill=\"")
                .append(fill)
                .append("\" stroke=\"#1b1b1b\"><title>")
                .append(escape(title))
                .append("</title></rect>\n");
    }

    private void text(double x, double y, String anchor, String text) {
        text(x, y, anchor, text, null);
    }

    private void text(double x, double y, String anchor, String text, String fill) {
        out.append("<text x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append('"')
                .append(fill == null ? "" : " style=\"fill:" + fill + "\"")
                .append('>')
                .append(escape(text))
                .append("</text>\n");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text safe in element content and in double-quoted attribute values. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '\n', '\t' -> escaped.append(c);
                // Any other control is shown written out, never passed to the page raw.
                default -> escaped.append(Character.isISOControl(c) ? ControlCharacters.escaped(c) : String.valueOf(c));
            }
        }
        return escaped.toString();
    }
}
