package io.github.equalityframework.cli;

import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.AssessmentReport;
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

    String render(AssessmentReport report, SelfAssessment assessment, FrameworkDefinition framework) {
        return switch (this) {
            case JSON -> CODEC.write(report, Format.JSON);
            case MD -> ReportRenderer.markdown().render(new ReportInput(report, assessment, framework));
            case HTML -> ReportRenderer.html().render(new ReportInput(report, assessment, framework));
        };
    }
}
