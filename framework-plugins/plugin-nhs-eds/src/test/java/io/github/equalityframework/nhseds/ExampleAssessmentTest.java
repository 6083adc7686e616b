package io.github.equalityframework.nhseds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleAssessmentTest {
    static final Path EXAMPLE = Path.of("..", "..", "examples", "data", "nhs-eds-2022-example.yaml");

    @Test
    void exampleTrustIsDevelopingWithTheFindingsItsCommentPromises() {
        ReadResult<SelfAssessment> read = ModelCodec.strict().readSelfAssessment(EXAMPLE);
        assertEquals(List.of(), read.problems());

        try (AssessmentEngine engine = AssessmentEngine.builder()
                .plugin(new NhsEdsPlugin())
                .profile("nhs-eds-default")
                .clock(NhsEdsAssessmentTest.MAY_2024)
                .build()) {
            SelfAssessment assessment = read.value().orElseThrow();
            assertEquals(List.of(), engine.validate(assessment));
            AssessmentReport report = engine.assess(assessment);

            assertEquals("developing", report.overall());
            assertEquals(
                    List.of(
                            "warning claims[1] outcome-without-views",
                            "warning claims[2] outcome-without-views",
                            "info  eds-score"),
                    report.findings().stream().map(ExampleAssessmentTest::brief).toList());
            assertEquals(
                    "EDS score 16 of 33: Developing (score card band 8 to 21; NHS England, Equality Delivery System 2022 "
                            + "(EDS 2022) score card, 2022). Domain scores: d1 Commissioned or "
                            + "provided services 6 of 12; d2 Workforce health and well-being 5 of 12; d3 Inclusive leadership "
                            + "5 of 9. " + ScoreCardCheck.DOMAIN_RULE
                            + " The ratings claimed add up to 17; the score counts the ratings reached.",
                    report.findings().get(2).message());
        }
    }

    private static String brief(Finding f) {
        return f.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + f.path() + " " + f.code();
    }
}
