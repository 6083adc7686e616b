package io.github.equalityframework.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.testkit.jqwik.SelfAssessmentArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class SelfAssessmentsTest {
    private static final AssessmentEngine ENGINE =
            AssessmentEngine.builder().plugin(new WellBehavedPlugin()).build();
    private static final FrameworkDefinition FRAMEWORK =
            ENGINE.catalogue().framework(WellBehavedPlugin.FRAMEWORK).orElseThrow();
    private static final SelfAssessments SOURCE = SelfAssessments.of(FRAMEWORK, ENGINE.catalogue());

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    @Test
    void sameSeedGivesTheSameAssessmentsAndAnotherSeedOthers() {
        List<SelfAssessment> first = SOURCE.sample(30, 7);

        assertEquals(first, SOURCE.sample(30, 7));
        assertNotEquals(first, SOURCE.sample(30, 8));
    }

    @Test
    void sampledAssessmentsAreValidAndVaried() {
        List<SelfAssessment> sample = SOURCE.sample(300, 11);

        sample.forEach(a -> assertEquals(List.of(), ENGINE.validate(a), () -> a.toString()));
        assertTrue(sample.stream().anyMatch(a -> a.evidence().isEmpty()));
        assertTrue(sample.stream().anyMatch(a -> a.claims().size() == 3));
        assertTrue(sample.stream()
                .anyMatch(a -> a.peerReview() != null
                        && !a.peerReview().validatedLevels().isEmpty()));
        assertTrue(sample.stream()
                .anyMatch(a -> a.actionPlan() != null
                        && a.actionPlan().actions().findAny().isPresent()));
        assertTrue(sample.stream().anyMatch(a -> !a.scope().allModules()));
        assertTrue(sample.stream().anyMatch(a -> !a.localCharacteristics().isEmpty()));
    }

    @Test
    void extremesAreValid() {
        assertEquals(List.of(), ENGINE.validate(SOURCE.minimal()));
        for (String level : List.of("developing", "achieving", "excellent", "not-assessed")) {
            SelfAssessment full = SOURCE.everyCriterionClaimedAt(level);
            assertEquals(List.of(), ENGINE.validate(full));
            assertEquals(3, full.claims().size());
        }
    }

    @Property(tries = 50)
    void arbitraryGivesValidAssessmentsInsideAProperty(@ForAll("assessments") SelfAssessment assessment) {
        assertEquals(List.of(), ENGINE.validate(assessment));
        assertEquals(SOURCE.sample(2, 3), SOURCE.sample(2, 3), "sampling works inside jqwik's lifecycle too");
    }

    @Provide
    Arbitrary<SelfAssessment> assessments() {
        return SelfAssessmentArbitraries.of(FRAMEWORK, ENGINE.catalogue()).valid();
    }
}
