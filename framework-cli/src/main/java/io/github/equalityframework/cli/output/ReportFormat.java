package io.github.equalityframework.cli.output;

import io.github.equalityframework.cli.FileNames;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.AssessmentReportDocument;
import io.github.equalityframework.report.render.Messages;
import io.github.equalityframework.report.render.ReportInput;
import io.github.equalityframework.report.render.ReportRenderer;
import io.github.equalityframework.spi.Rule;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;

/** The report formats of {@code eflg assess --format}. */
public enum ReportFormat {
    JSON("json"),
    MD("md"),
    HTML("html"),
    /** SARIF 2.1.0, for code-scanning and review tools; one log per input file. */
    SARIF("sarif");

    private static final ModelCodec CODEC = ModelCodec.strict();
    public final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The format a report file's name gives by its extension (in any case), if it gives one. */
    public static Optional<ReportFormat> fromFileName(Path file) {
        return FileNames.formatOf(file, values(), f -> f.extension);
    }

    /** The format {@code --out} gives by its extension; refused (exit 2) when it gives none. */
    public static ReportFormat of(Path out, CommandLine cli) {
        return FileNames.formatOf(out, values(), f -> f.extension, cli);
    }

    /**
     * What a SARIF log needs beyond the report: the rules that ran, where each data path is in the input files,
     * and the directory file URIs are relative to.
     */
    public record Sources(List<? extends Rule> rules, Function<String, SourceLocation> locator, Path baseDirectory) {}

    /**
     * The report; with {@code generatedAt} (may be {@code null}), Markdown and HTML reports also say when they were made (reports
     * are otherwise byte-identical for the same input, so a timestamp is only added when asked for); actions are
     * judged on {@code today}.
     */
    public String render(
            AssessmentReport report,
            SelfAssessment assessment,
            FrameworkDefinition framework,
            Sources sources,
            Instant generatedAt,
            Locale language,
            LocalDate today) {
        String text = render(this, report, assessment, framework, sources, language, today);
        if (generatedAt == null) {
            return text;
        }
        String when = Messages.of(language).get("report.generated", generatedAt.truncatedTo(ChronoUnit.SECONDS));
        return switch (this) {
            case JSON, SARIF -> text;
            case MD -> text + "\n_" + when + "_\n";
            case HTML -> {
                int end = text.lastIndexOf("</main>");
                yield text.substring(0, end) + "<p class=\"generated\">" + when + "</p>\n" + text.substring(end);
            }
        };
    }

    private static String render(
            ReportFormat format,
            AssessmentReport report,
            SelfAssessment assessment,
            FrameworkDefinition framework,
            Sources sources,
            Locale language,
            LocalDate today) {
        ReportInput input = new ReportInput(report, assessment, framework, language, today);
        return switch (format) {
            case JSON -> CODEC.write(AssessmentReportDocument.of(report, assessment, framework, today), Format.JSON);
            case MD -> ReportRenderer.markdown().render(input);
            case HTML -> ReportRenderer.html().render(input);
            case SARIF ->
                ReportRenderer.sarif(sources.rules(), sources.locator(), sources.baseDirectory())
                        .render(new ReportInput(report, assessment, framework));
        };
    }
}
