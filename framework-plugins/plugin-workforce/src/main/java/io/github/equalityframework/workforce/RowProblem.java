package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What is wrong with one row of an employee or population file, and where: printed as every other input
 * problem is, {@code file:line:column: header: message} ({@link #toProblem()}).
 *
 * @param source  the file name
 * @param row     the row number as a spreadsheet shows it: the header is row 1, the first employee row 2; 0 when
 *                the problem is found before the rows are read (the file's bytes)
 * @param line    the physical line of the file where the value concerned starts (for a quoted value spanning
 *                lines, the line it starts on), or where the row starts; 0 when not known
 * @param column  the 1-based character column in that line of the value's first character, or of the row's;
 *                0 when not known
 * @param header  the header of the column concerned, or empty when the problem is the row as a whole
 * @param value   the value found, or empty
 * @param message what is wrong and what to write instead
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RowProblem(String source, int row, int line, int column, String header, String value, String message) {
    public RowProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        header = header == null ? "" : header;
        value = value == null ? "" : value;
    }

    /**
     * The problem in the form every input problem takes, its path the column's header, the value kept in the
     * message: e.g. {@code staff.csv:5:12: hourly_pay: '12,50' is not a number; write pounds with a point, e.g.
     * 12.50}.
     */
    public ValidationProblem toProblem() {
        return new ValidationProblem(header, sentence(), new SourceLocation(source, line, line > 0 ? column : 0));
    }

    /** The message with the value in it: as its subject when the message has none, else after it. */
    private String sentence() {
        if (value.isEmpty()) {
            return message.startsWith("is ") ? "the value " + message : message;
        }
        if (message.startsWith("is ") || message.startsWith("must ")) {
            return "'" + value + "' " + message;
        }
        return message.contains(value) ? message : message + " (value '" + value + "')";
    }

    /** {@link #toProblem()} as its line, e.g. {@code staff.csv:5:12: hourly_pay: '12,50' is not a number; ...}. */
    public String format() {
        return toProblem().format();
    }

    @Override
    public String toString() {
        return format();
    }
}
