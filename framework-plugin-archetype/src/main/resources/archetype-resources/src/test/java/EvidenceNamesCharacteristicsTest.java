package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.lga.LgaPlugin;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceNamesCharacteristicsTest {
    static final Path SAMPLE = Path.of("src", "test", "resources", "sample-assessment.yaml");

    @Test
    void flagsAnEiaThatNamesNoCharacteristicButNotMinutes() {
        SelfAssessment assessment = ModelCodec.strict().readSelfAssessment(SAMPLE).value().orElseThrow();
        try (AssessmentEngine engine = AssessmentEngine.builder().plugin(new LgaPlugin()).plugin(new ${pluginClass}())
                .profile("${pluginId}-council").build()) {
            AssessmentReport report = engine.assess(assessment);

            List<String> messages = report.findings().stream()
                    .filter(f -> f.rule().equals("${pluginId}.evidence-names-characteristics"))
                    .map(f -> f.severity() + " " + f.path() + ": " + f.message()).toList();
            assertEquals(List.of("WARNING evidence[1]: The evidence ev-02 ('EIA: library opening hours') is of kind eia"
                    + " but names no characteristic. List the characteristics it covers."), messages);
        }
    }
}
