package io.github.equalityframework.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A self-assessment together with what {@link AssessmentEngine#validate(SelfAssessment)} found in it, for
 * callers that show the problems themselves and then assess: {@link AssessmentEngine#assess(ValidatedAssessment,
 * String)} does not validate it a second time. Only an engine creates one, so it cannot claim a validity
 * that was never checked; it holds immutable values and may be shared between threads.
 *
 * <pre>{@code
 * ValidatedAssessment checked = engine.validated(selfAssessment);
 * if (checked.isValid()) {
 *     AssessmentReport report = engine.assess(checked, null);
 * } else {
 *     checked.problems().forEach(p -> System.err.println(p.format()));
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ValidatedAssessment {
    private final SelfAssessment assessment;
    private final List<ValidationProblem> problems;
    /** The validator (one per engine, bound to its catalogue) that checked the assessment. */
    private final Object validatedBy;

    ValidatedAssessment(SelfAssessment assessment, List<ValidationProblem> problems, Object validatedBy) {
        this.assessment = assessment;
        this.problems = List.copyOf(problems);
        this.validatedBy = validatedBy;
    }

    /** The self-assessment as given. */
    public SelfAssessment assessment() {
        return assessment;
    }

    /** Every problem found, with data paths but no file locations; empty when the assessment is valid. */
    public List<ValidationProblem> problems() {
        return problems;
    }

    /** Whether the assessment validated without problems, so that it can be assessed. */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /** Whether this engine's validator checked it (a different engine may install different frameworks). */
    boolean validatedBy(Object validator) {
        return validatedBy == validator;
    }
}
