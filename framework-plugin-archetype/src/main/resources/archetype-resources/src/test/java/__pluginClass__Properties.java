package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.lga.LgaPlugin;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.testkit.SelfAssessments;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A property of the check over generated assessments, in plain JUnit: the test kit draws a sample from a seed, the same
 * sample every run, and a failure names the assessment's number and the seed. A class named *Properties runs because
 * pom.xml adds the name to surefire's includes, which by default take only *Test, *Tests and Test*. For jqwik
 * properties with shrinking, add jqwik to the test dependencies and use SelfAssessmentArbitraries (see the test kit's
 * README).
 */
class ${pluginClass}Properties {
    private static final long SEED = 20210401L;

    @Test
    void findsEveryEiaConsultationAndDataSetThatNamesNoCharacteristic() {
        List<String> kinds = List.of("eia", "consultation", "equality-data");
        try (AssessmentEngine engine = AssessmentEngine.builder().plugin(new LgaPlugin())
                .plugin(new ${pluginClass}()).profile("${pluginId}-council").build()) {
            FrameworkDefinition framework = engine.catalogue().framework("lga-eflg-2021").orElseThrow();
            List<SelfAssessment> sample = SelfAssessments.of(framework, engine.catalogue()).sample(50, SEED);
            for (int i = 0; i < sample.size(); i++) {
                SelfAssessment assessment = sample.get(i);
                long unnamed = assessment.evidence().stream()
                        .filter(e -> kinds.contains(e.kind()) && e.characteristics().isEmpty()).count();

                long found = engine.assess(assessment).findings().stream()
                        .filter(f -> f.rule().equals("${pluginId}.evidence-names-characteristics")).count();

                assertEquals(unnamed, found, "generated #" + i + " of seed " + SEED);
            }
        }
    }
}
