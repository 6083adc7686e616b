package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What is wrong with one row of an employee file.
 *
 * @param source  the file name
 * @param row     the row number as a spreadsheet shows it: the header is row 1, the first employee row 2
 * @param line    the line of the file the row starts on (differs from the row only after a quoted value
 *                that spans lines)
 * @param column  the header of the column concerned, or empty when the problem is the row as a whole
 * @param value   the value found, or empty
 * @param message what is wrong and what to write instead
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RowProblem(String source, int row, int line, String column, String value, String message) {
    public RowProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        column = column == null ? "" : column;
        value = value == null ? "" : value;
    }

    /** E.g. {@code staff.csv: row 4, column hourly_pay, value '12,50': not a number; write pounds with a point, e.g. 12.50}. */
    public String format() {
        StringBuilder text = new StringBuilder(source);
        if (row == 0 && line > 0) {
            // A problem with the bytes of a line, found before the rows are read.
            text.append(": line ").append(line);
        } else {
            text.append(": row ").append(row);
            if (line != row) {
                text.append(" (line ").append(line).append(')');
            }
        }
        if (!column.isEmpty()) {
            text.append(", column ").append(column);
        }
        if (!value.isEmpty()) {
            text.append(", value '").append(value).append('\'');
        }
        return text.append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
