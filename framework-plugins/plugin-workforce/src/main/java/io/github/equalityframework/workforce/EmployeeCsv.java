package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.internal.csv.CsvFieldStarts;
import io.github.equalityframework.internal.ids.IdPositions;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads employee records from CSV (comma-separated, double quotes around values that hold commas,
 * UTF-8, first row the header) with Jackson's CSV data format. Every bad value is reported with the line
 * and column where it starts, its column's header and the value; reading never throws for bad input. Immutable and thread-safe.
 *
 * <p>Values, matched ignoring case and surrounding spaces:
 * <ul>
 *   <li>sex: {@code male}, {@code m}, {@code man}; {@code female}, {@code f}, {@code woman}; {@code other},
 *       {@code not known}, {@code unknown}, {@code x}</li>
 *   <li>disability: {@code yes}, {@code y}, {@code disabled}; {@code no}, {@code n}, {@code not disabled};
 *       blank, {@code prefer not to say}, {@code not declared}, {@code not known}, {@code unknown} for not declared</li>
 *   <li>ethnic group: any text; blank and the not-declared words above mean not declared</li>
 *   <li>relevant, full-pay relevant: {@code yes}/{@code no}, {@code y}/{@code n}, {@code true}/{@code false}, {@code 1}/{@code 0}</li>
 *   <li>amounts: pounds with an optional {@code £} and a decimal point, e.g. {@code 14.25}; no thousands separators</li>
 * </ul>
 * Columns the mapping does not name are ignored; blank rows are skipped.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EmployeeCsv {
    private static final CsvMapper MAPPER =
            CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Set<String> NOT_DECLARED =
            Set.of("", "prefer not to say", "not declared", "not stated", "not known", "unknown", "undisclosed");

    /**
     * Hourly rates below this are implausible: half the National Living Wage of £11.44 an hour from April 2024.
     * Pennies, or an annual salary in the wrong column, are the usual cause.
     */
    public static final BigDecimal IMPLAUSIBLY_LOW_HOURLY_PAY = new BigDecimal("5.72");

    /** Hourly rates above this are implausible: £500 an hour is over £900,000 a year full time. */
    public static final BigDecimal IMPLAUSIBLY_HIGH_HOURLY_PAY = new BigDecimal("500.00");

    private final ColumnMapping mapping;
    private final Charset encoding;

    private EmployeeCsv(ColumnMapping mapping, Charset encoding) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.encoding = encoding;
    }

    private EmployeeCsv(ColumnMapping mapping) {
        this(mapping, null);
    }

    /**
     * A reader like this one that reads files in this encoding instead of detecting it (UTF-8, with or without a
     * byte order mark; Windows-1252; or UTF-16). Bytes that are not in the encoding are a problem with their line.
     */
    public EmployeeCsv encoding(Charset charset) {
        return new EmployeeCsv(mapping, Objects.requireNonNull(charset, "charset"));
    }

    /** A reader for files with the default headers ({@link Column#defaultHeader()}). */
    public static EmployeeCsv withDefaultColumns() {
        return new EmployeeCsv(ColumnMapping.defaults());
    }

    /** A reader for files laid out as the mapping says. */
    public static EmployeeCsv with(ColumnMapping mapping) {
        return new EmployeeCsv(mapping);
    }

    /**
     * Reads a file in UTF-8, Windows-1252 or UTF-16, detected from its bytes unless {@link #encoding(Charset)}
     * names one; a file in none of them is a problem with the line of the first byte that does not fit.
     */
    public EmployeeFile read(Path file) {
        String source = String.valueOf(file.getFileName());
        try {
            TextEncoding.Detected detected = TextEncoding.detect(file, encoding);
            if (!detected.ok()) {
                return new EmployeeFile(
                        source,
                        List.of(),
                        List.of(new RowProblem(
                                source, 0, detected.line(), detected.column(), "", "", detected.problem())));
            }
            return read(TextEncoding.open(file, detected), source);
        } catch (IOException e) {
            return new EmployeeFile(
                    source,
                    List.of(),
                    List.of(new RowProblem(source, 0, 0, 0, "", "", "cannot read the file: " + e.getMessage())));
        }
    }

    /** Reads from a reader, which this method closes; {@code source} names the data in problems. */
    public EmployeeFile read(Reader reader, String source) {
        Rows rows = new Rows(source);
        boolean readable = CsvRecords.read(reader, new CsvRecords.Handler() {
            @Override
            public boolean header(String[] values, long[] starts) {
                return rows.header(values, starts, mapping);
            }

            @Override
            public void row(int row, String[] values, long[] starts) {
                rows.employee(row, values, starts);
            }

            @Override
            public void problem(int row, int line, int column, String message) {
                rows.problem(row, line, column, "", "", message);
            }
        });
        if (readable && rows.columns == null) {
            rows.problem(1, 1, 1, "", "", "the file is empty; its first row must be the header");
        } else if (readable && rows.problems.isEmpty() && rows.employees.isEmpty()) {
            rows.problem(
                    2,
                    rows.lastLine + 1,
                    1,
                    "",
                    "",
                    "no employees: the file has a header but no rows; list every employee on the snapshot date");
        }
        return new EmployeeFile(source, rows.employees, rows.problems, rows.warnings);
    }

    /** The state of one read: the header's columns, the ids seen, the employees and problems so far. */
    private static final class Rows {
        final String source;
        /** In columns of primitives: a million rows cost tens of megabytes, not hundreds. */
        final EmployeeColumns employees = new EmployeeColumns();

        final List<RowProblem> problems = new ArrayList<>();
        final List<RowProblem> warnings = new ArrayList<>();
        final IdPositions ids = new IdPositions(1024);

        Map<Column, Integer> columns;
        String[] headers;
        /** The line the last record read ended on, for a problem after it. */
        int lastLine = 1;

        Rows(String source) {
            this.source = source;
        }

        void problem(int row, int line, int column, String header, String value, String message) {
            problems.add(new RowProblem(source, row, line, column, header, value, message));
        }

        void problem(int row, long start, String header, String value, String message) {
            problem(row, CsvFieldStarts.line(start), CsvFieldStarts.column(start), header, value, message);
        }

        /** Reads the header; false when a required column is missing, which makes every row unreadable. */
        boolean header(String[] cells, long[] starts, ColumnMapping mapping) {
            headers = cells;
            lastLine = CsvFieldStarts.line(starts[starts.length - 1]);
            columns = new EnumMap<>(Column.class);
            for (Column column : Column.values()) {
                for (int i = 0; i < cells.length; i++) {
                    if (mapping.matches(column, cells[i])) {
                        if (columns.containsKey(column)) {
                            problem(
                                    1,
                                    starts[i],
                                    cells[i],
                                    "",
                                    "two columns are headed '" + cells[i].strip() + "'; keep one");
                        } else {
                            columns.put(column, i);
                        }
                    }
                }
                if (column.required() && !columns.containsKey(column)) {
                    problem(
                            1,
                            1,
                            1,
                            mapping.header(column),
                            "",
                            "the header has no column '" + mapping.header(column)
                                    + "'; add it, or map the column that holds it with ColumnMapping.with(Column."
                                    + column.name() + ", ...)");
                }
            }
            return problems.isEmpty();
        }

        void employee(int row, String[] values, long[] starts) {
            int before = problems.size();
            lastLine = CsvFieldStarts.line(starts[starts.length - 1]);
            if (values.length != headers.length) {
                problem(
                        row,
                        starts[0],
                        "",
                        "",
                        "the row has " + values.length + " values but the header has " + headers.length + " columns"
                                + (values.length > headers.length
                                        ? "; a value with a comma must be in double quotes"
                                        : ""));
                return;
            }
            Cells cells = new Cells(row, values, starts);
            String id = cells.text(Column.EMPLOYEE_ID);
            if (id == null) {
                cells.fail(Column.EMPLOYEE_ID, "is blank; every row needs a pseudonymous employee id");
            } else {
                int first = ids.putIfAbsent(id, row);
                if (first >= 0) {
                    cells.fail(Column.EMPLOYEE_ID, "is already used on row " + first + "; ids must be unique");
                }
            }
            Sex sex = cells.sex();
            DisabilityStatus disability = cells.disability();
            String ethnicGroup = cells.text(Column.ETHNIC_GROUP);
            if (ethnicGroup != null && NOT_DECLARED.contains(ethnicGroup.toLowerCase(Locale.ROOT))) {
                ethnicGroup = null;
            }
            Boolean relevant = cells.yesNo(Column.RELEVANT);
            Boolean fullPay = cells.yesNo(Column.FULL_PAY_RELEVANT);
            BigDecimal hourly = cells.amount(Column.HOURLY_PAY);
            BigDecimal bonus = cells.amount(Column.BONUS_PAY);
            if (Boolean.TRUE.equals(fullPay)) {
                if (Boolean.FALSE.equals(relevant)) {
                    cells.fail(
                            Column.FULL_PAY_RELEVANT,
                            "the employee is full-pay relevant but not relevant (relevant is "
                                    + cells.raw(Column.RELEVANT).strip()
                                    + "); a full-pay relevant employee must be a relevant employee");
                }
                if (cells.raw(Column.HOURLY_PAY).isBlank()) {
                    cells.fail(
                            Column.HOURLY_PAY,
                            "is blank, but the employee is full-pay relevant; give the hourly rate of pay");
                } else if (hourly != null && hourly.signum() == 0) {
                    cells.fail(Column.HOURLY_PAY, "must be more than 0 for a full-pay relevant employee");
                }
            }
            if (problems.size() == before && hourly != null && hourly.signum() > 0) {
                if (hourly.compareTo(IMPLAUSIBLY_LOW_HOURLY_PAY) < 0) {
                    warnings.add(cells.problem(
                            Column.HOURLY_PAY,
                            "£" + hourly.toPlainString() + " an hour is below £" + IMPLAUSIBLY_LOW_HOURLY_PAY
                                    + " (half the National Living Wage from April 2024); check it is pounds per hour, "
                                    + "not pence"));
                } else if (hourly.compareTo(IMPLAUSIBLY_HIGH_HOURLY_PAY) > 0) {
                    warnings.add(cells.problem(
                            Column.HOURLY_PAY,
                            "£" + hourly.toPlainString() + " an hour is above £" + IMPLAUSIBLY_HIGH_HOURLY_PAY
                                    + "; check it is pounds per hour, not a yearly or monthly salary"));
                }
            }
            if (problems.size() == before) {
                employees.append(new EmployeeRecord(
                        id,
                        sex,
                        ethnicGroup,
                        disability,
                        cells.text(Column.GRADE),
                        Boolean.TRUE.equals(fullPay) ? hourly : null,
                        bonus,
                        relevant,
                        fullPay,
                        cells.text(Column.CONTRACT),
                        cells.text(Column.WORKING_PATTERN)));
            }
        }

        /** The values of one row, looked up by column, with problems reported against the row. */
        private final class Cells {
            final int row;
            final String[] values;
            final long[] starts;

            Cells(int row, String[] values, long[] starts) {
                this.row = row;
                this.values = values;
                this.starts = starts;
            }

            /** The raw value, or "" when the file has no such column. */
            String raw(Column column) {
                Integer index = columns.get(column);
                return index == null ? "" : values[index];
            }

            /** The stripped value, or {@code null} when blank or absent. */
            String text(Column column) {
                String value = raw(column).strip();
                return value.isEmpty() ? null : value;
            }

            void fail(Column column, String message) {
                problems.add(problem(column, message));
            }

            /** A problem with the column's value, placed where the value starts. */
            RowProblem problem(Column column, String message) {
                Integer index = columns.get(column);
                long start = starts[index == null ? 0 : index];
                return new RowProblem(
                        source,
                        row,
                        CsvFieldStarts.line(start),
                        CsvFieldStarts.column(start),
                        header(column),
                        raw(column).strip(),
                        message);
            }

            /** The column's header as the file writes it. */
            String header(Column column) {
                Integer index = columns.get(column);
                return index == null ? column.defaultHeader() : headers[index].strip();
            }

            Sex sex() {
                String value = raw(Column.SEX).strip().toLowerCase(Locale.ROOT);
                switch (value) {
                    case "male", "m", "man":
                        return Sex.MALE;
                    case "female", "f", "woman":
                        return Sex.FEMALE;
                    case "other", "not known", "unknown", "x":
                        return Sex.OTHER_OR_NOT_RECORDED;
                    case "":
                        fail(Column.SEX, "is blank; write male, female, or other / not known");
                        return null;
                    default:
                        fail(Column.SEX, "is not a sex; write male (m), female (f), or other / not known");
                        return null;
                }
            }

            DisabilityStatus disability() {
                String value = raw(Column.DISABILITY).strip().toLowerCase(Locale.ROOT);
                switch (value) {
                    case "yes", "y", "disabled":
                        return DisabilityStatus.DISABLED;
                    case "no", "n", "not disabled":
                        return DisabilityStatus.NOT_DISABLED;
                    default:
                        if (NOT_DECLARED.contains(value)) {
                            return DisabilityStatus.NOT_DECLARED;
                        }
                        fail(
                                Column.DISABILITY,
                                "is not a disability status; write yes (disabled) or no (not disabled), "
                                        + "or leave it blank when the employee has not said");
                        return null;
                }
            }

            Boolean yesNo(Column column) {
                String value = raw(column).strip().toLowerCase(Locale.ROOT);
                switch (value) {
                    case "yes", "y", "true", "1":
                        return true;
                    case "no", "n", "false", "0":
                        return false;
                    case "":
                        fail(column, "is blank; write yes or no");
                        return null;
                    default:
                        fail(column, "is not yes or no");
                        return null;
                }
            }

            /** An amount in pounds, zero when blank. */
            BigDecimal amount(Column column) {
                String value = raw(column).strip();
                String digits = value.startsWith("£") ? value.substring(1).strip() : value;
                if (digits.isEmpty()) {
                    return BigDecimal.ZERO;
                }
                if (!AMOUNT.matcher(digits).matches()) {
                    fail(
                            column,
                            "is not an amount in pounds; write digits with a decimal point and no thousands "
                                    + "separators, e.g. 1234.50");
                    return null;
                }
                BigDecimal amount = new BigDecimal(digits);
                if (amount.signum() < 0) {
                    fail(column, "is negative; pay and bonus cannot be below 0");
                    return null;
                }
                return amount;
            }
        }
    }
}
