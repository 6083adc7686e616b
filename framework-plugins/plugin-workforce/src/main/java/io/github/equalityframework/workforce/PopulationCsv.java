package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.internal.csv.CsvFieldStarts;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads a {@link PopulationTable} from CSV: UTF-8, comma-separated, first row the header, one row per
 * characteristic and group, with the group's count of people or its percentage of the population.
 *
 * <pre>
 * characteristic,group,count,percent
 * sex,female,52310,
 * sex,male,49870,
 * ethnicity,White British,,81.2
 * </pre>
 *
 * <ul>
 *   <li>{@code characteristic}: {@code sex}, {@code ethnicity} ({@code ethnic group} and {@code race} also
 *       read as ethnicity) or {@code disability}, ignoring case;</li>
 *   <li>{@code group}: for sex {@code female}/{@code male} (or {@code f}, {@code woman}, {@code women}, ...);
 *       for disability {@code disabled}/{@code not disabled} (or {@code yes}/{@code no}); for ethnicity
 *       the group as the employee file words it, matched ignoring case;</li>
 *   <li>{@code count}: a whole number of people; the characteristic's shares are then each count over
 *       the sum of its counts, so list every group;</li>
 *   <li>{@code percent}: the group's percentage, from 0 to 100 (a {@code %} sign is allowed); a
 *       characteristic's percentages may not add up to more than 100 (100.5 for rounding).</li>
 * </ul>
 * Each row gives a count or a percent, and all rows of a characteristic the same one. Every bad value is
 * reported with the line and column where it starts, its column's header and the value; reading never throws for bad input. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PopulationCsv {
    private static final CsvMapper MAPPER =
            CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    private static final Pattern COUNT = Pattern.compile("[0-9]+");
    private static final Pattern PERCENT = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MOST = new BigDecimal("100.5");
    private static final String HEADER = "characteristic,group,count or characteristic,group,percent";

    private PopulationCsv() {}

    /** Reads a file in UTF-8, Windows-1252 or UTF-16, detected from its bytes as {@link EmployeeCsv} does. */
    public static PopulationFile read(Path file) {
        String source = String.valueOf(file.getFileName());
        try {
            TextEncoding.Detected detected = TextEncoding.detect(file, null);
            if (!detected.ok()) {
                return new PopulationFile(
                        new PopulationTable(source, List.of()),
                        List.of(new RowProblem(
                                source, 0, detected.line(), detected.column(), "", "", detected.problem())));
            }
            return read(TextEncoding.open(file, detected), source);
        } catch (IOException e) {
            return new PopulationFile(
                    new PopulationTable(source, List.of()),
                    List.of(new RowProblem(source, 0, 0, 0, "", "", "cannot read the file: " + e.getMessage())));
        }
    }

    /** Reads from a reader, which this method closes; {@code source} names the data in problems. */
    public static PopulationFile read(Reader reader, String source) {
        Rows rows = new Rows(source);
        boolean readable = CsvRecords.read(reader, new CsvRecords.Handler() {
            @Override
            public boolean header(String[] values, long[] starts) {
                return rows.header(values, starts);
            }

            @Override
            public void row(int row, String[] values, long[] starts) {
                rows.share(row, values, starts);
            }

            @Override
            public void problem(int row, int line, int column, String message) {
                rows.problem(row, line, column, "", "", message);
            }
        });
        if (readable && rows.headers == null && rows.problems.isEmpty()) {
            rows.problem(1, 1, 1, "", "", "the file is empty; its first row must be the header: " + HEADER);
        }
        rows.totals();
        return new PopulationFile(new PopulationTable(source, rows.shares()), rows.problems);
    }

    /** The characteristic a file's word names, or {@code null}. */
    static String characteristic(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "sex" -> "sex";
            case "ethnicity", "ethnic group", "ethnic_group", "race" -> "ethnicity";
            case "disability" -> "disability";
            default -> null;
        };
    }

    /** The groups given for one characteristic: counts or percentages, whichever its first row used. */
    private static final class Given {
        final int firstRow;
        /** Where the first row's count or percent starts. */
        final long firstStart;

        final boolean counts;
        final Map<String, BigDecimal> values = new LinkedHashMap<>();
        final Map<String, Integer> rows = new HashMap<>();

        Given(int firstRow, long firstStart, boolean counts) {
            this.firstRow = firstRow;
            this.firstStart = firstStart;
            this.counts = counts;
        }

        BigDecimal total() {
            return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private static final class Rows {
        final String source;
        final List<RowProblem> problems = new ArrayList<>();
        final Map<String, Given> given = new LinkedHashMap<>();
        String[] headers;
        int characteristicColumn = -1;
        int groupColumn = -1;
        int countColumn = -1;
        int percentColumn = -1;

        Rows(String source) {
            this.source = source;
        }

        void problem(int row, int line, int column, String header, String value, String message) {
            problems.add(new RowProblem(source, row, line, column, header, value, message));
        }

        void problem(int row, long start, String header, String value, String message) {
            problem(row, CsvFieldStarts.line(start), CsvFieldStarts.column(start), header, value, message);
        }

        boolean header(String[] cells, long[] starts) {
            headers = cells;
            for (int i = 0; i < cells.length; i++) {
                String name = cells[i].strip().toLowerCase(Locale.ROOT);
                int[] slot = switch (name) {
                    case "characteristic" -> new int[] {characteristicColumn, 0};
                    case "group" -> new int[] {groupColumn, 1};
                    case "count" -> new int[] {countColumn, 2};
                    case "percent" -> new int[] {percentColumn, 3};
                    default -> null;
                };
                if (slot == null) {
                    continue;
                }
                if (slot[0] >= 0) {
                    problem(
                            1,
                            starts[i],
                            cells[i].strip(),
                            "",
                            "two columns are headed '" + cells[i].strip() + "'; keep one");
                    continue;
                }
                switch (slot[1]) {
                    case 0 -> characteristicColumn = i;
                    case 1 -> groupColumn = i;
                    case 2 -> countColumn = i;
                    default -> percentColumn = i;
                }
            }
            for (String required : List.of("characteristic", "group")) {
                if ((required.equals("group") ? groupColumn : characteristicColumn) < 0) {
                    problem(
                            1,
                            1,
                            1,
                            required,
                            "",
                            "the header has no column '" + required + "'; the header must be " + HEADER);
                }
            }
            if (countColumn < 0 && percentColumn < 0) {
                problem(
                        1,
                        1,
                        1,
                        "",
                        "",
                        "the header has neither a 'count' nor a 'percent' column; the header must be " + HEADER);
            }
            return problems.isEmpty();
        }

        void share(int row, String[] values, long[] starts) {
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
            String word = values[characteristicColumn].strip();
            String characteristic = characteristic(word);
            if (word.isEmpty()) {
                fail(row, starts, characteristicColumn, word, "is blank; write sex, ethnicity or disability");
            } else if (characteristic == null) {
                fail(
                        row,
                        starts,
                        characteristicColumn,
                        word,
                        "is not a characteristic the workforce is compared on; "
                                + "write sex, ethnicity or disability");
            }
            String written = values[groupColumn].strip();
            String group = written.isEmpty() ? null : characteristic == null ? written : group(characteristic, written);
            if (written.isEmpty()) {
                fail(
                        row,
                        starts,
                        groupColumn,
                        written,
                        "is blank; name the group, e.g. female, disabled or White British");
            } else if (group == null) {
                fail(
                        row,
                        starts,
                        groupColumn,
                        written,
                        characteristic.equals("sex")
                                ? "is not a sex; write female or male"
                                : "is not a disability status; write disabled or not disabled");
            }
            String count = countColumn < 0 ? "" : values[countColumn].strip();
            String percent = percentColumn < 0 ? "" : values[percentColumn].strip();
            BigDecimal value = null;
            boolean isCount = !count.isEmpty();
            if (count.isEmpty() && percent.isEmpty()) {
                problem(row, starts[0], "", "", "the row has neither a count nor a percent; give one of them");
            } else if (!count.isEmpty() && !percent.isEmpty()) {
                fail(
                        row,
                        starts,
                        percentColumn,
                        percent,
                        "is given as well as a count; give a count or a percent, not both");
            } else if (isCount) {
                if (COUNT.matcher(count).matches()) {
                    value = new BigDecimal(count);
                } else {
                    fail(
                            row,
                            starts,
                            countColumn,
                            count,
                            "is not a whole number of people; write digits only, e.g. 52310");
                }
            } else {
                String digits = percent.endsWith("%")
                        ? percent.substring(0, percent.length() - 1).strip()
                        : percent;
                if (PERCENT.matcher(digits).matches() && new BigDecimal(digits).compareTo(HUNDRED) <= 0) {
                    value = new BigDecimal(digits);
                } else {
                    fail(
                            row,
                            starts,
                            percentColumn,
                            percent,
                            "is not a percentage; write a number from 0 to 100, e.g. 12.5");
                }
            }
            if (characteristic == null || group == null || value == null) {
                return;
            }
            Given same = given.computeIfAbsent(
                    characteristic, c -> new Given(row, starts[isCount ? countColumn : percentColumn], isCount));
            String key = PopulationTable.key(group);
            if (same.rows.containsKey(key)) {
                fail(
                        row,
                        starts,
                        groupColumn,
                        written,
                        "is already given for " + characteristic + " on row " + same.rows.get(key)
                                + "; give each group once");
            } else if (same.counts != isCount) {
                fail(
                        row,
                        starts,
                        isCount ? countColumn : percentColumn,
                        isCount ? count : percent,
                        characteristic + " is given as "
                                + (same.counts ? "counts" : "percentages") + " from row " + same.firstRow
                                + "; give every " + characteristic
                                + " row as a " + (same.counts ? "count" : "percent"));
            } else {
                same.rows.put(key, row);
                same.values.put(group, value);
            }
        }

        /** Problems with a characteristic as a whole: percentages over 100, counts of no one. */
        void totals() {
            given.forEach((characteristic, g) -> {
                BigDecimal total = g.total();
                if (!g.counts && total.compareTo(MOST) > 0) {
                    problem(
                            g.firstRow,
                            g.firstStart,
                            headers[percentColumn].strip(),
                            "",
                            "the percentages of " + characteristic + " add up to " + total.toPlainString()
                                    + "; they cannot add up to more than 100");
                } else if (g.counts && total.signum() == 0) {
                    problem(
                            g.firstRow,
                            g.firstStart,
                            headers[countColumn].strip(),
                            "",
                            "the counts of " + characteristic
                                    + " add up to 0; give the number of people in each group");
                }
            });
        }

        List<PopulationTable.Share> shares() {
            List<PopulationTable.Share> shares = new ArrayList<>();
            given.forEach((characteristic, g) -> {
                BigDecimal total = g.total();
                g.values.forEach((group, value) -> {
                    if (g.counts && total.signum() > 0) {
                        shares.add(new PopulationTable.Share(
                                characteristic, group, value.multiply(HUNDRED).divide(total, 1, RoundingMode.HALF_UP)));
                    } else if (!g.counts) {
                        shares.add(new PopulationTable.Share(
                                characteristic, group, value.setScale(1, RoundingMode.HALF_UP)));
                    }
                });
            });
            return shares;
        }

        private void fail(int row, long[] starts, int column, String value, String message) {
            problem(row, starts[column], headers[column].strip(), value, message);
        }

        /** The group's name in the workforce figures, or {@code null} when the word is not one of its groups. */
        private static String group(String characteristic, String written) {
            String word = written.toLowerCase(Locale.ROOT);
            return switch (characteristic) {
                case "sex" ->
                    switch (word) {
                        case "female", "f", "woman", "women" -> WorkforceAnalysis.WOMEN;
                        case "male", "m", "man", "men" -> WorkforceAnalysis.MEN;
                        default -> null;
                    };
                case "disability" ->
                    switch (word) {
                        case "disabled", "yes", "y" -> WorkforceAnalysis.DISABLED;
                        case "not disabled", "no", "n" -> WorkforceAnalysis.NOT_DISABLED;
                        default -> null;
                    };
                default -> written;
            };
        }
    }
}
