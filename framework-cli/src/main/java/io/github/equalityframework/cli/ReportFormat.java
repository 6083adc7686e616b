package io.github.equalityframework.cli;

import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.AssessmentReport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import io.github.equalityframework.report.render.ReportInput;
import io.github.equalityframework.report.render.ReportRenderer;

/** The report formats of {@code eflg assess --format}. */
enum ReportFormat {
    JSON("json"),
    MD("md"),
    HTML("html");

    private static final ModelCodec CODEC = ModelCodec.strict();
    final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /**
     * The report; with {@code generatedAt} (may be {@code null}), Markdown and HTML reports also say when they were made (reports
     * are otherwise byte-identical for the same input, so a timestamp is only added when asked for).
     */
    String render(AssessmentReport report, SelfAssessment assessment, FrameworkDefinition framework, Instant generatedAt) {
        String text = render(this, report, assessment, framework);
        if (generatedAt == null) {
            return text;
        }
        String when = "Generated " + generatedAt.truncatedTo(ChronoUnit.SECONDS) + " by eflg.";
        return switch (this) {
            case JSON -> text;
            case MD -> text + "\n_" + when + "_\n";
            case HTML -> {
                int end = text.lastIndexOf("</main>");
                yield text.substring(0, end) + "<p class=\"generated\">" + when + "</p>\n" + text.substring(end);
            }
        };
    }

    private static String render(ReportFormat format, AssessmentReport report, SelfAssessment assessment, FrameworkDefinition framework) {
        return switch (format) {
            case JSON -> CODEC.write(report, Format.JSON);
            case MD -> ReportRenderer.markdown().render(new ReportInput(report, assessment, framework));
            case HTML -> ReportRenderer.html().render(new ReportInput(report, assessment, framework));
        };
    }
}
