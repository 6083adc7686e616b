package io.github.equalityframework.cli.output;

import io.github.equalityframework.cli.FileNames;
import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.AssessmentReportDocument;
import io.github.equalityframework.report.render.ReportInput;
import io.github.equalityframework.report.render.ReportRenderer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
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
     * The report on an assessed result, with its assessment and framework; SARIF logs name the rules that ran and
     * place findings in the files they are in, with URIs relative to the working directory. With {@code generatedAt}
     * (may be {@code null}), Markdown and HTML reports also say when they were made (reports are otherwise
     * byte-identical for the same input, so a timestamp is only added when asked for); actions are judged on
     * {@code today}.
     */
    public String render(AssessmentResult result, Instant generatedAt, Locale language, LocalDate today) {
        AssessmentReport report = result.report().orElseThrow();
        SelfAssessment assessment = result.assessment().orElseThrow();
        FrameworkDefinition framework = result.framework().orElseThrow();
        ReportInput input = new ReportInput(report, assessment, framework, language, today, generatedAt);
        return switch (this) {
            case JSON -> CODEC.write(AssessmentReportDocument.of(report, assessment, framework, today), Format.JSON);
            case MD -> ReportRenderer.markdown().render(input);
            case HTML -> ReportRenderer.html().render(input);
            case SARIF ->
                ReportRenderer.sarif(result.rules(), result::locate, Path.of("").toAbsolutePath())
                        .render(new ReportInput(report, assessment, framework));
        };
    }
}
