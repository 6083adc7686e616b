package io.github.equalityframework.engine;

import io.github.equalityframework.validation.ValidationProblem;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when an engine is built with a rule profile that is unknown or invalid. */
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
