package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A bad value anywhere in an employee file is reported at the line and column where its field starts, however the
 * fields before it are written: quoted or not, with commas, quotes, tabs and line breaks inside, spaces before an
 * opening quote, CRLF or LF line ends. The expected place is noted while the file is written, and checked again
 * against the file's text.
 */
class ProblemLocationPropertiesTest {
    private static final List<String> HEADERS = List.of(
            "employee_id",
            "sex",
            "ethnic_group",
            "disability",
            "grade",
            "hourly_pay",
            "bonus_pay",
            "relevant",
            "full_pay_relevant",
            "contract",
            "working_pattern");
    private static final List<String> GOOD = List.of("", "female", "", "no", "", "12.00", "0", "yes", "yes", "", "");
    private static final List<Integer> FREE_TEXT = List.of(2, 4, 9, 10);
    /** A column that is checked, and a value it refuses with exactly one problem. */
    private static final List<List<Object>> BAD = List.of(
            List.of(1, "robot"),
            List.of(3, "maybe"),
            List.of(5, "12,50"),
            List.of(5, "abc"),
            List.of(6, "-5"),
            List.of(7, "sometimes"));

    private static final String CHARS = "ab ,\"\n\r\t'£é";

    @Property(tries = 500)
    void aBadValueIsReportedWhereItsFieldStarts(@ForAll long seed) {
        Random random = new Random(seed);
        String newline = random.nextBoolean() ? "\r\n" : "\n";
        int rows = 1 + random.nextInt(6);
        int badRow = random.nextInt(rows);
        List<Object> bad = BAD.get(random.nextInt(BAD.size()));
        int badColumn = (Integer) bad.get(0);
        StringBuilder csv = new StringBuilder();
        if (random.nextInt(4) == 0) {
            csv.append('\uFEFF');
        }
        csv.append(String.join(",", HEADERS)).append(newline);
        int expected = -1;
        String written = null;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < HEADERS.size(); c++) {
                if (c > 0) {
                    csv.append(',');
                }
                String value = c == 0 ? "E" + r : GOOD.get(c);
                if (FREE_TEXT.contains(c)) {
                    value = text(random);
                }
                String encoded = field(value, random);
                if (r == badRow && c == badColumn) {
                    encoded = field((String) bad.get(1), random);
                    expected = csv.length();
                    written = encoded;
                }
                csv.append(encoded);
            }
            csv.append(newline);
        }
        String text = csv.toString();

        EmployeeFile file = EmployeeCsv.withDefaultColumns().read(new StringReader(text), "staff.csv");

        assertEquals(1, file.problems().size(), () -> file.problems() + " in\n" + text);
        RowProblem problem = file.problems().get(0);
        assertEquals(HEADERS.get(badColumn), problem.header());
        assertEquals(badRow + 2, problem.row());
        int[] place = lineAndColumn(text, expected);
        assertEquals(place[0] + ":" + place[1], problem.line() + ":" + problem.column(), text);
        String line = text.split("\r\n|\r|\n", -1)[problem.line() - 1];
        int skip = problem.line() == 1 && line.startsWith("\uFEFF") ? 1 : 0;
        String field = written;
        assertTrue(
                line.startsWith(field, problem.column() - 1 + skip),
                () -> "line " + problem.line() + " does not have " + field + " at column " + problem.column() + ":\n"
                        + text);
    }

    /** Free text: commas, quotes, line breaks and tabs included. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(7);
        for (int i = 0; i < length; i++) {
            text.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return text.toString();
    }

    /** The value as a CSV field: quoted when it must be, sometimes when it need not, sometimes after spaces. */
    private static String field(String value, Random random) {
        boolean must = value.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\r' || ch == '\n')
                || (!value.isEmpty() && value.charAt(0) <= ' ');
        if (!must && random.nextInt(4) != 0) {
            return value;
        }
        String spaces = random.nextInt(5) == 0 ? " ".repeat(1 + random.nextInt(3)) : "";
        return spaces + "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** The 1-based line and column of an offset: CRLF, CR and LF each end a line; a byte order mark takes none. */
    private static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\r' || c == '\n') {
                line++;
                column = 1;
            } else if (!(i == 0 && c == '\uFEFF')) {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
