package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.internal.markup.Stylesheet;
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
 * script), through the core's one report structure, HTML writer and Markdown escaper. Only the report's
 * figures are written, never an employee's row; every text from the input (group and grade names) is escaped. The same report always gives the same bytes. Thread-safe.
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
            case MARKDOWN -> ReportTables.document(report, findings).markdown();
            case HTML -> ReportTables.document(report, findings).html(Stylesheet.BASE);
        };
    }

    private static String json(WorkforceReport report, List<Finding> findings) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", ReportTables.title(report));
        document.put("report", report);
        document.put("findings", findings);
        return MAPPER.writeValueAsString(document) + "\n";
    }
}
