package io.github.equalityframework.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Collects problems while a validator walks a model. */
final class ProblemList {
    private final List<ValidationProblem> problems = new ArrayList<>();

    void add(String path, String message) {
        problems.add(ValidationProblem.at(path, message));
    }

    void addAll(Collection<ValidationProblem> more) {
        problems.addAll(more);
    }

    /** Reports an id that is not among the known ones, with a "did you mean" hint or the known list. */
    void unknown(String path, String what, String value, Collection<String> known) {
        Optional<String> close = Suggestions.closest(value, known);
        String hint = close.map(s -> "did you mean '" + s + "'?")
                .orElse(known.isEmpty() ? "none are defined" : "expected one of: " + String.join(", ", known));
        add(path, "unknown " + what + " '" + value + "'; " + hint);
    }

    List<ValidationProblem> toList() {
        return List.copyOf(problems);
    }
}
