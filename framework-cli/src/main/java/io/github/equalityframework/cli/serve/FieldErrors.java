package io.github.equalityframework.cli.serve;

import io.github.equalityframework.problem.ValidationProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The problems of a refused save placed on the form: the field each is about, and the messages of each field.
 *
 * @param fieldOf the id of the field a problem is about (problems about no field are not in it)
 * @param byField the messages per field id, in the order found
 */
record FieldErrors(Map<ValidationProblem, String> fieldOf, Map<String, List<String>> byField) {
    static final FieldErrors NONE = new FieldErrors(Map.of(), Map.of());

    /**
     * Places each problem that is {@code inFile} (the file the form saves) on the field {@code field} names, if it
     * names one.
     */
    static FieldErrors of(
            List<ValidationProblem> problems,
            Predicate<ValidationProblem> inFile,
            Function<ValidationProblem, String> field) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        Map<ValidationProblem, String> fieldOf = new LinkedHashMap<>();
        for (ValidationProblem p : problems) {
            String id = inFile.test(p) ? field.apply(p) : null;
            if (id != null) {
                byField.computeIfAbsent(id, k -> new ArrayList<>()).add(p.message());
                fieldOf.put(p, id);
            }
        }
        return new FieldErrors(fieldOf, byField);
    }

    boolean has(String id) {
        return byField.containsKey(id);
    }

    List<String> messages(String id) {
        return byField.getOrDefault(id, List.of());
    }
}
