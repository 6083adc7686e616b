package io.github.equalityframework.validation;

import io.github.equalityframework.internal.text.Suggestions;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.problem.ValidationProblem;
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

    void add(DataPath path, String message) {
        add(path.toString(), message);
    }

    void addAll(Collection<ValidationProblem> more) {
        problems.addAll(more);
    }

    /**
     * Reports an id that is not among the known ones: {@code 'achievd' is not a level of x; did you mean
     * 'achieving'?}, or the known ids when none is close. A blank id is left to the field constraints.
     *
     * @param isNot what the value failed to be, e.g. {@code "a level on the scale of lga-eflg-2021"}
     */
    void unknown(String path, String value, String isNot, Collection<String> known) {
        if (value.isBlank()) {
            return; // the field constraint already says "must not be blank"; "' ' is not ..." would only repeat it
        }
        Optional<String> close = Suggestions.closest(value, known);
        String hint = close.map(s -> "did you mean '" + s + "'?")
                .orElse(known.isEmpty() ? "there are none" : "expected one of: " + String.join(", ", known));
        add(path, "'" + value + "' is not " + isNot + "; " + hint);
    }

    void unknown(DataPath path, String value, String isNot, Collection<String> known) {
        unknown(path.toString(), value, isNot, known);
    }

    List<ValidationProblem> toList() {
        return List.copyOf(problems);
    }
}
