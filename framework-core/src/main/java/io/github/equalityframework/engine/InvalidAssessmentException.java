package io.github.equalityframework.engine;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.problem.EqualityFrameworkException;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** Thrown by {@link AssessmentEngine#assess} for a self-assessment that does not validate. */
@API(status = STABLE, since = "0.1")
public final class InvalidAssessmentException extends EqualityFrameworkException {
    private static final long serialVersionUID = 1L;
    private final transient List<ValidationProblem> problems;

    public InvalidAssessmentException(List<ValidationProblem> problems) {
        super("the self-assessment is not valid:\n"
                + problems.stream().map(ValidationProblem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The validation problems, with data paths. */
    public List<ValidationProblem> problems() {
        return problems;
    }
}
