package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.io.ControlCharacters;
import io.github.equalityframework.spi.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a workforce report as JSON, Markdown or self-contained HTML (inline style and SVG charts, no
 * script). Only the report's figures are written, never an employee's row; every text from the input
 * (group and grade names) is escaped. The same report always gives the same bytes. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum WorkforceReportWriter {
    JSON("json"),
    MARKDOWN("md"),
    HTML("html");

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final String extension;

    WorkforceReportWriter(String extension) {
        this.extension = extension;
    }

    /** The usual file extension: {@code json}, {@code md} or {@code html}. */
    public String extension() {
        return extension;
    }

    /** The writer for a file extension or format name ({@code json}, {@code md}, {@code markdown}, {@code html}). */
    public static java.util.Optional<WorkforceReportWriter> forName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "json" -> java.util.Optional.of(JSON);
            case "md", "markdown" -> java.util.Optional.of(MARKDOWN);
            case "html", "htm" -> java.util.Optional.of(HTML);
            default -> java.util.Optional.empty();
        };
    }

    /**
     * The report with the findings of its checks ({@link WorkforceChecks#run}).
     */
    public String write(WorkforceReport report, List<Finding> findings) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(findings, "findings");
        return switch (this) {
            case JSON -> json(report, findings);
            case MARKDOWN -> markdown(report, findings);
            case HTML -> new HtmlReport(report, findings).write();
        };
    }

    private static String json(WorkforceReport report, List<Finding> findings) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", ReportTables.title(report));
        document.put("report", report);
        document.put("findings", findings);
        return MAPPER.writeValueAsString(document) + "\n";
    }

    private static String markdown(WorkforceReport report, List<Finding> findings) {
        StringBuilder md = new StringBuilder("# ")
                .append(MarkdownText.escape(ReportTables.title(report)))
                .append("\n\n");
        ReportTables.summary(report)
                .forEach(line -> md.append(MarkdownText.escape(line)).append('\n'));
        for (ReportTables.Section section : ReportTables.sections(report, findings)) {
            md.append("\n## ").append(MarkdownText.escape(section.title())).append("\n\n");
            section.notes().forEach(note -> md.append(MarkdownText.escape(note)).append("\n\n"));
            for (ReportTables.Table table : section.tables()) {
                md.append("**").append(MarkdownText.escape(table.caption())).append("**\n\n");
                row(md, table.headers());
                md.append('|');
                table.headers().forEach(h -> md.append(" --- |"));
                md.append('\n');
                table.rows().forEach(r -> row(md, r));
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        cells.forEach(c -> md.append(' ').append(MarkdownText.escape(c)).append(" |"));
        md.append('\n');
    }

    /** Escaping of input text for Markdown tables and paragraphs. */
    static final class MarkdownText {
        private static final String SPECIAL = "\\`*_[]<>#|~&!";

        private MarkdownText() {}

        static String escape(String text) {
            // Line breaks become spaces; any other control (and a bidirectional override) is written out as \u001B.
            String line = ControlCharacters.forTerminal(
                    text.replaceAll("\\s*\\R\\s*", " ").strip());
            StringBuilder out = new StringBuilder(line.length() + 8);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                // A leading - + or = starts a list item or heading underline only before a space, the same sign or the
                // end.
                boolean blockStart = i == 0
                        && (c == '-' || c == '+' || c == '=')
                        && (line.length() == 1 || Character.isWhitespace(line.charAt(1)) || line.charAt(1) == c);
                if (SPECIAL.indexOf(c) >= 0 || blockStart) {
                    out.append('\\');
                }
                out.append(c);
            }
            // "2024. A year" would become an ordered list; "8.4%" would not.
            return out.toString().replaceFirst("^(\\d+)([.)])(\\s|$)", "$1\\\\$2$3");
        }
    }
}
