package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Validating once and then assessing gives what {@code assess} alone gives. */
class ValidatedAssessmentTest {
    private final AssessmentEngine engine = AssessmentEngine.builder()
            .plugin(new TestFramework.Plugin())
            .clock(AssessmentEngineTest.DECEMBER_2024)
            .build();

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void validAssessmentIsAssessedAsAssessAloneWould() {
        SelfAssessment sample = TestFramework.sample();

        ValidatedAssessment validated = engine.validated(sample);

        assertTrue(validated.isValid());
        assertEquals(List.of(), validated.problems());
        assertSame(sample, validated.assessment());
        assertEquals(engine.assess(sample, "excellent"), engine.assess(validated, "excellent"));
    }

    @Test
    void invalidAssessmentHasTheProblemsValidateFindsAndIsRefused() {
        SelfAssessment bad = TestFramework.assessment(
                List.of(new Claim("m9/c9", "achieving", null, List.of())),
                TestFramework.sample().evidence(),
                null);

        ValidatedAssessment validated = engine.validated(bad);

        assertFalse(validated.isValid());
        assertEquals(engine.validate(bad), validated.problems());
        var e = assertThrows(InvalidAssessmentException.class, () -> engine.assess(validated, null));
        assertEquals(validated.problems(), e.problems());
    }

    @Test
    void assessmentValidatedByAnotherEngineIsValidatedAgainByTheOneThatAssessesIt() {
        ValidatedAssessment validatedElsewhere = engine.validated(TestFramework.sample());
        try (AssessmentEngine bare = AssessmentEngine.builder().build()) {
            List<ValidationProblem> expected = bare.validate(TestFramework.sample());

            var e = assertThrows(InvalidAssessmentException.class, () -> bare.assess(validatedElsewhere, null));

            assertEquals(expected, e.problems());
            assertEquals("framework", e.problems().get(0).path());
        }
    }
}
