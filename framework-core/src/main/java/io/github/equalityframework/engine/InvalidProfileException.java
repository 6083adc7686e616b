package io.github.equalityframework.engine;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.validation.ValidationProblem;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** Thrown when an engine is built with a rule profile that is unknown or invalid. */
@API(status = STABLE, since = "0.1")
public final class InvalidProfileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<ValidationProblem> problems;

    public InvalidProfileException(List<ValidationProblem> problems) {
        super(problems.stream().map(ValidationProblem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, with its location when the profile came from a file. */
    public List<ValidationProblem> problems() {
        return problems;
    }
}
