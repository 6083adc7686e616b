package io.github.equalityframework.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * What reading a document gave: the value (when the document could be read at all) and every problem
 * found, each placed in the file. Problems found later, for example by validation, can be placed in
 * the same file with {@link #place}.
 *
 * @param <T> the model type read
 */
@API(status = STABLE, since = "0.1")
public final class ReadResult<T> {
    private final T value;
    private final List<ValidationProblem> problems;
    private final Function<String, SourceLocation> locator;

    ReadResult(T value, List<ValidationProblem> problems, Function<String, SourceLocation> locator) {
        this.value = value;
        this.problems =
                problems.stream().sorted(ValidationProblem.IN_FILE_ORDER).toList();
        this.locator = locator;
    }

    /** A value built in code rather than read: no problems, and no file to place problems in. */
    public static <T> ReadResult<T> of(T value) {
        return new ReadResult<>(java.util.Objects.requireNonNull(value, "value"), List.of(), path -> null);
    }

    /**
     * What another reader gave, for example one of spreadsheets: the value (or {@code null} when the input
     * could not be read at all), the problems found, and where in the input the value at a data path is.
     *
     * @param value    the value read, or {@code null}
     * @param problems the problems found while reading, each placed in the input
     * @param locator  where the value at a data path (or its nearest ancestor that is present) is
     * @param <T>      the model type read
     * @return the result
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static <T> ReadResult<T> of(
            T value, List<ValidationProblem> problems, Function<String, SourceLocation> locator) {
        return new ReadResult<>(value, List.copyOf(problems), java.util.Objects.requireNonNull(locator, "locator"));
    }

    /** The value read; empty when the document could not be read at all (for example bad syntax). */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** Every problem found while reading, in file order; empty when the document was read cleanly. */
    public List<ValidationProblem> problems() {
        return problems;
    }

    /** Whether the document was read without problems. */
    public boolean isClean() {
        return value != null && problems.isEmpty();
    }

    /**
     * Where in the file the value at a data path starts (or its nearest ancestor that is present);
     * {@code null} for a value built in code.
     */
    public SourceLocation locate(String path) {
        return locator.apply(path);
    }

    /** Where values are, by data path; for tests in this package. */
    Function<String, SourceLocation> locator() {
        return locator;
    }

    /**
     * The reading problems together with further problems found in the value, each of those placed in
     * this document by its data path, all in file order. Problems at a path that already has a reading
     * problem are left out: the reading problem explains them.
     */
    public List<ValidationProblem> place(List<ValidationProblem> more) {
        List<ValidationProblem> all = new ArrayList<>(problems);
        Set<String> explained = new HashSet<>();
        problems.forEach(r -> explained.add(r.path()));
        for (ValidationProblem p : more) {
            if (!explained.contains(p.path())) {
                all.add(p.location() == null ? p.locatedAt(locate(p.path())) : p);
            }
        }
        all.sort(ValidationProblem.IN_FILE_ORDER);
        return List.copyOf(all);
    }
}
