package io.github.equalityframework.problem;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.internal.text.Invisible;
import java.util.Comparator;
import org.apiguardian.api.API;

/**
 * Something wrong with an input: what, where in the data (the path), and where in the file.
 *
 * @param path     the data path, e.g. {@code claims[3].level}; empty for the whole document
 * @param message  what is wrong, written for the person who edits the file
 * @param location where in the file, or {@code null} when the input has no file (an object built in code)
 */
@API(status = STABLE, since = "0.1")
public record ValidationProblem(String path, String message, SourceLocation location) {

    /** Problems in file order, then by path and message; problems without a location come last. */
    public static final Comparator<ValidationProblem> IN_FILE_ORDER = Comparator.comparing(
                    (ValidationProblem p) -> p.location == null)
            .thenComparingInt(p -> p.location == null ? 0 : p.location.line())
            .thenComparingInt(p -> p.location == null ? 0 : p.location.column())
            .thenComparing(ValidationProblem::path)
            .thenComparing(ValidationProblem::message);

    public ValidationProblem {
        path = path == null ? "" : path;
    }

    /** A problem found in a model that did not come from a file. */
    public static ValidationProblem at(String path, String message) {
        return new ValidationProblem(path, message, null);
    }

    /** A problem found in a model that did not come from a file, at a path built by steps. */
    public static ValidationProblem at(DataPath path, String message) {
        return at(path.toString(), message);
    }

    /** The same problem placed in a file. */
    public ValidationProblem locatedAt(SourceLocation where) {
        return new ValidationProblem(path, message, where);
    }

    /**
     * The line a command-line tool prints: {@code file:line:col: path: message}, with any character that
     * shows nothing (a zero-width space, a control) written out as {@code \u200B}.
     */
    public String format() {
        StringBuilder line = new StringBuilder();
        if (location != null) {
            line.append(location).append(": ");
        }
        if (!path.isEmpty()) {
            line.append(Invisible.shown(path)).append(": ");
        }
        // A character that shows nothing is written out, so that the message says what is really there.
        return line.append(Invisible.shown(message)).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
