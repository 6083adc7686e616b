package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.lga.LgaPlugin;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.testkit.jqwik.SelfAssessmentArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Properties of the check over generated assessments (jqwik). A class named *Properties runs because pom.xml adds
 * the name to surefire's includes, which by default take only *Test, *Tests and Test*.
 */
class ${pluginClass}Properties {
    private static final AssessmentEngine ENGINE = AssessmentEngine.builder().plugin(new LgaPlugin())
            .plugin(new ${pluginClass}()).profile("${pluginId}-council").build();

    @AfterContainer
    static void close() {
        ENGINE.close();
    }

    @Property(tries = 50)
    void findsEveryEiaConsultationAndDataSetThatNamesNoCharacteristic(@ForAll("assessments") SelfAssessment assessment) {
        List<String> kinds = List.of("eia", "consultation", "equality-data");
        long unnamed = assessment.evidence().stream()
                .filter(e -> kinds.contains(e.kind()) && e.characteristics().isEmpty()).count();

        long found = ENGINE.assess(assessment).findings().stream()
                .filter(f -> f.rule().equals("${pluginId}.evidence-names-characteristics")).count();

        assertEquals(unnamed, found);
    }

    @Provide
    Arbitrary<SelfAssessment> assessments() {
        FrameworkDefinition framework = ENGINE.catalogue().framework("lga-eflg-2021").orElseThrow();
        return SelfAssessmentArbitraries.of(framework, ENGINE.catalogue()).valid();
    }
}
