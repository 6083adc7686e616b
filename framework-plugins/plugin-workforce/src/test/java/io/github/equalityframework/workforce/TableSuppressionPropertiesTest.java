package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** No figure of fewer people than the minimum can be worked out from what a grade table publishes. */
class TableSuppressionPropertiesTest {

    /** Tables of 1 to 5 grades and 1 to 5 groups; counts often 0 or small, so that suppression has work to do. */
    @Provide
    Arbitrary<long[][]> table() {
        Arbitrary<Long> count = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, 9)),
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(10, 60)));
        return Arbitraries.integers()
                .between(1, 5)
                .flatMap(columns -> count.array(long[].class)
                        .ofSize(columns)
                        .array(long[][].class)
                        .ofMinSize(1)
                        .ofMaxSize(5));
    }

    @Property(tries = 1000)
    void noSmallFigureOfAGradeTableCanBeWorkedOut(
            @ForAll("table") long[][] cells, @ForAll @IntRange(min = 2, max = 12) int minimum) {
        int rows = cells.length;
        int columns = cells[0].length;
        long[] rowTotals = new long[rows];
        long[] columnTotals = new long[columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                rowTotals[r] += cells[r][c];
                columnTotals[c] += cells[r][c];
            }
        }
        // The grand total (the relevant employees) is always published: a workforce smaller than the minimum is known
        // whole.
        Assume.that(Arrays.stream(rowTotals).sum() >= minimum);
        // Everyone in a grade, or a group, of one: a listed grade or group has someone in it, so each holds one
        // whatever is
        // withheld (the README names this case).
        Assume.that(Arrays.stream(rowTotals).anyMatch(people -> people > 1)
                && Arrays.stream(columnTotals).anyMatch(people -> people > 1));
        // The totals are partitions of the workforce, withheld as the analysis withholds them.
        boolean[] rowWithheld = Suppression.withhold(rowTotals, minimum);
        boolean[] columnWithheld = Suppression.withhold(columnTotals, minimum);

        TableSuppression.Result result = TableSuppression.withhold(cells, rowWithheld, columnWithheld, minimum);

        Recovery recovery = new Recovery(cells, result.cells(), rowWithheld, columnWithheld);
        String table =
                Arrays.deepToString(cells) + " minimum " + minimum + " withheld " + Arrays.deepToString(result.cells());
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (small(cells[r][c], minimum)) {
                    assertTrue(result.cells()[r][c], "small cell " + r + "," + c + " published: " + table);
                    assertFalse(recovery.cellKnown(r, c), "cell " + r + "," + c + " can be worked out: " + table);
                }
            }
            if (small(rowTotals[r], minimum) && rowWithheld[r]) {
                assertFalse(recovery.rowTotalKnown(r), "row total " + r + " can be worked out: " + table);
            }
        }
        for (int c = 0; c < columns; c++) {
            if (small(columnTotals[c], minimum) && columnWithheld[c]) {
                assertFalse(recovery.columnTotalKnown(c), "column total " + c + " can be worked out: " + table);
            }
        }
    }

    private static boolean small(long people, int minimum) {
        return people > 0 && people < minimum;
    }

    @Provide
    Arbitrary<EmployeeRecord> employee() {
        return Combinators.combine(
                        Arbitraries.of(Sex.class),
                        Arbitraries.of("White British", "Asian", "Black", "Mixed")
                                .injectNull(0.1),
                        Arbitraries.of(DisabilityStatus.class),
                        Arbitraries.of("Grade 1", "Grade 2", "Grade 3", "Chief Officer")
                                .injectNull(0.05),
                        Arbitraries.integers().between(1000, 3000))
                .as((sex, ethnicity, disability, grade, pence) -> new EmployeeRecord(
                        "id",
                        sex,
                        ethnicity,
                        disability,
                        grade,
                        BigDecimal.valueOf(pence, 2),
                        BigDecimal.ZERO,
                        true,
                        true,
                        null,
                        null));
    }

    /** The same, end to end: every grade table of a report, with the counts the report's groups and grades publish. */
    @Property(tries = 300)
    void noSmallFigureOfAReportsRepresentationCanBeWorkedOut(
            @ForAll @Size(min = 10, max = 150) List<@From("employee") EmployeeRecord> staff) {
        WorkforceReport report = WorkforceAnalysis.builder().build().analyse(staff);
        for (Representation representation : report.representation()) {
            List<Representation.Grade> grades = representation.grades();
            List<String> groups = grades.isEmpty()
                    ? List.of()
                    : grades.get(0).groups().stream()
                            .map(Representation.Cell::group)
                            .toList();
            long[][] cells = new long[grades.size()][groups.size()];
            boolean[][] withheld = new boolean[grades.size()][groups.size()];
            boolean[] rowWithheld = new boolean[grades.size()];
            for (int r = 0; r < grades.size(); r++) {
                rowWithheld[r] = grades.get(r).employees().status() == Figure.Status.SUPPRESSED;
                for (int c = 0; c < groups.size(); c++) {
                    withheld[r][c] = grades.get(r).groups().get(c).employees().status() == Figure.Status.SUPPRESSED;
                }
            }
            for (EmployeeRecord e : staff) {
                cells[gradeIndex(grades, e)][groups.indexOf(group(representation.characteristic(), e, groups))]++;
            }
            boolean[] columnWithheld = new boolean[groups.size()];
            for (int c = 0; c < groups.size(); c++) {
                String name = groups.get(c);
                columnWithheld[c] =
                        representation.group(name).orElseThrow().employees().status() == Figure.Status.SUPPRESSED;
            }
            Recovery recovery = new Recovery(cells, withheld, rowWithheld, columnWithheld);
            for (int r = 0; r < grades.size(); r++) {
                for (int c = 0; c < groups.size(); c++) {
                    if (small(cells[r][c], report.minimumGroupSize())) {
                        assertTrue(
                                withheld[r][c] && !recovery.cellKnown(r, c),
                                representation.characteristic() + " "
                                        + grades.get(r).grade() + " " + groups.get(c) + " leaks");
                    }
                }
            }
            // Nothing published anywhere is a count of 1 to 9 people.
            List<Figure> counts = new ArrayList<>();
            representation.groups().forEach(g -> counts.add(g.employees()));
            grades.forEach(g -> {
                counts.add(g.employees());
                g.groups().forEach(c -> counts.add(c.employees()));
            });
            for (Figure count : counts) {
                assertFalse(
                        count.isPublished() && small(count.value().longValue(), report.minimumGroupSize()),
                        count::toString);
            }
        }
    }

    private static int gradeIndex(List<Representation.Grade> grades, EmployeeRecord e) {
        String grade = e.grade() == null ? Representation.NO_GRADE : e.grade();
        for (int i = 0; i < grades.size(); i++) {
            if (grades.get(i).grade().equals(grade)) {
                return i;
            }
        }
        throw new AssertionError("no grade " + grade);
    }

    /** The employee's column: their group, or the not-declared column (last). */
    private static String group(String characteristic, EmployeeRecord e, List<String> groups) {
        String group = switch (characteristic) {
            case "sex" -> e.sex() == Sex.MALE ? "Men" : e.sex() == Sex.FEMALE ? "Women" : null;
            case "ethnicity" -> e.ethnicGroup();
            default ->
                e.disability() == DisabilityStatus.DISABLED
                        ? "Disabled"
                        : e.disability() == DisabilityStatus.NOT_DISABLED ? "Not disabled" : null;
        };
        return group == null ? groups.get(groups.size() - 1) : group;
    }
}
