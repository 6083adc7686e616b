package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * No withheld count can be worked out from a published workforce report, nor narrowed to a range narrower than
 * the threshold: for each withheld group total, grade total and grade table cell under the threshold, the values
 * that agree with every published figure are at least as many as there are counts under the threshold (a cell
 * of 1 at threshold 10 could be anything from 0 to 8, or 1 to 9, or as widely elsewhere), and for every withheld
 * count at least two values agree. The reader is {@link Adversary} (every published figure
 * about a characteristic's groups, the six statutory figures and the totals included) and {@link TableAdversary} (the three grade tables and their totals at once, by
 * linear programming), both written from the JSON report alone; by sex a count need keep only as wide a range as
 * the statutory figures and the totals leave it on their own (the law has them published), which holds every figure any output shows (the
 * Markdown and HTML property below). Workforces of one to six grades of different sizes, several groups, people
 * on leave, at thresholds 3, 5 and 10. A short run here; {@code -Dgroups=long-run} runs the long one (the
 * benchmarks harness does).
 */
class NoRecoveryPropertiesTest {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final List<String> FIELDS = TableAdversary.FIELDS;

    static final List<String> GRADES = List.of("Grade 1", "Grade 2", "Grade 3", "Grade 4", "Grade 5", "Grade 6");

    /** Staff of one to six grades, the first grades the largest, so that grade tables have small cells. */
    @Provide
    Arbitrary<List<EmployeeRecord>> staff() {
        return Arbitraries.integers()
                .between(1, GRADES.size())
                .flatMap(grades -> employee(grades).list().ofMaxSize(60));
    }

    Arbitrary<EmployeeRecord> employee(int grades) {
        List<Tuple.Tuple2<Integer, Arbitrary<? extends String>>> weighted = new ArrayList<>();
        for (int g = 0; g < grades; g++) {
            weighted.add(Tuple.of(GRADES.size() - g, Arbitraries.just(GRADES.get(g))));
        }
        Arbitrary<String> gradeOf = Arbitraries.frequencyOf(weighted.toArray(Tuple.Tuple2[]::new));
        Arbitrary<Sex> sex = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just(Sex.MALE)),
                Tuple.of(10, Arbitraries.just(Sex.FEMALE)),
                Tuple.of(2, Arbitraries.just(Sex.OTHER_OR_NOT_RECORDED)));
        Arbitrary<String> ethnicity = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just("White British")),
                Tuple.of(4, Arbitraries.just("Asian")),
                Tuple.of(2, Arbitraries.just("Black")),
                Tuple.of(1, Arbitraries.just("Mixed")),
                Tuple.of(3, Arbitraries.just((String) null)));
        Arbitrary<DisabilityStatus> disability = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just(DisabilityStatus.NOT_DISABLED)),
                Tuple.of(4, Arbitraries.just(DisabilityStatus.DISABLED)),
                Tuple.of(2, Arbitraries.just(DisabilityStatus.NOT_DECLARED)));
        return Combinators.combine(
                        sex,
                        ethnicity,
                        disability,
                        gradeOf,
                        Arbitraries.of("9.50", "10.00", "12.00", "15.75"),
                        Arbitraries.of("0", "0", "100.00", "250.00"),
                        Arbitraries.integers().between(0, 7))
                .as((s, e, d, grade, hourly, bonus, leave) -> new EmployeeRecord(
                        "id",
                        s,
                        e,
                        d,
                        grade,
                        leave == 0 ? null : new BigDecimal(hourly),
                        new BigDecimal(bonus),
                        true,
                        leave != 0,
                        null,
                        null));
    }

    @Provide
    Arbitrary<Integer> threshold() {
        return Arbitraries.of(3, 5, 10);
    }

    @Property(tries = 80)
    void noWithheldCountCanBeWorkedOutOrNarrowedFromTheReport(
            @ForAll("staff") List<EmployeeRecord> staff, @ForAll("threshold") int minimum) {
        assertNothingRecoverable(staff, minimum);
    }

    @Property(tries = 5000)
    @Tag("long-run")
    void noWithheldCountCanBeWorkedOutOrNarrowedFromTheReportLongRun(
            @ForAll("staff") List<EmployeeRecord> staff, @ForAll("threshold") int minimum) {
        assertNothingRecoverable(staff, minimum);
    }

    static void assertNothingRecoverable(List<EmployeeRecord> staff, int minimum) {
        WorkforceReport report =
                WorkforceAnalysis.builder().minimumGroupSize(minimum).build().analyse(staff);
        WorkforceReport truth =
                WorkforceAnalysis.builder().minimumGroupSize(1).build().analyse(staff);
        // A workforce smaller than the minimum is known whole: its total is always published.
        if (report.relevantEmployees() < minimum) {
            return;
        }
        // When everything is withheld, a count can still range only over the total less one for every other listed
        // group or grade (each has someone in it): a tiny workforce split many ways cannot be hidden more than that.
        int listed = truth.representation().get(0).grades().size();
        for (String field : FIELDS) {
            listed = Math.max(listed, (int) counts(truth, field).stream()
                    .filter(count -> count.value().signum() > 0)
                    .count());
        }
        long room = report.relevantEmployees() - listed;
        if (room < 1) {
            return;
        }
        int required = (int) Math.max(1, Math.min(minimum - 2, room));
        JsonNode json = MAPPER.readTree(WorkforceReportWriter.JSON.write(report, WorkforceChecks.run(report)))
                .get("report");
        Adversary adversary = new Adversary(json);
        List<List<SortedSet<Integer>>> possible = new ArrayList<>();
        for (String field : FIELDS) {
            possible.add(adversary.possibleCounts(field));
        }
        TableAdversary tables = new TableAdversary(json, possible);
        // What the statutory figures and the totals alone tell of the counts by sex: the law has them published, so the
        // report can hide a count by sex no better than that, and must not narrow it further.
        JsonNode lawOnly = statutoryOnly(json);
        Adversary lawReader = new Adversary(lawOnly);
        List<List<SortedSet<Integer>>> lawPossible = new ArrayList<>();
        for (String field : FIELDS) {
            lawPossible.add(lawReader.possibleCounts(field));
        }
        List<SortedSet<Integer>> byLaw = lawPossible.get(0);
        // And the most a grade table cell by sex could be hidden, were every voluntary figure by sex withheld.
        TableAdversary lawTables = new TableAdversary(lawOnly, lawPossible);
        for (int k = 0; k < FIELDS.size(); k++) {
            String field = FIELDS.get(k);
            List<Figure> counts = counts(truth, field);
            List<TableAdversary.Interval> ranges = tables.groupTotals(k);
            for (int cell = 0; cell < counts.size(); cell++) {
                if (possible.get(k).get(cell) == null) {
                    continue;
                }
                long actual = counts.get(cell).value().longValueExact();
                long lawWidth = k == 0 ? width(byLaw.get(cell)) : Long.MAX_VALUE;
                String where = field + " group " + cell + " (" + actual + " employees), minimum " + minimum + ": "
                        + possible.get(k).get(cell) + " " + ranges.get(cell) + ", by the statutory figures alone "
                        + (k == 0 ? byLaw.get(cell) : "-");
                assertTrue(
                        possible.get(k).get(cell).contains((int) actual),
                        "the adversary must allow the truth: " + where);
                assertTrue(
                        possible.get(k).get(cell).size() >= Math.min(2, lawWidth + 1), "worked out exactly: " + where);
                assertProtected(ranges.get(cell), actual, minimum, (int) Math.min(required, lawWidth), where);
            }
            Representation withheld = report.representation().get(k);
            Representation all = truth.representation().get(k);
            for (int r = 0; r < all.grades().size(); r++) {
                List<Representation.Cell> cells = all.grades().get(r).groups();
                for (int c = 0; c < cells.size(); c++) {
                    TableAdversary.Interval range = tables.cell(k, r, c);
                    assertEquals(
                            withheld.grades().get(r).groups().get(c).employees().isPublished(), range == null);
                    if (range != null) {
                        long actual = cells.get(c).employees().value().longValueExact();
                        TableAdversary.Interval most = k == 0 ? lawTables.cell(k, r, c) : null;
                        assertProtected(
                                range,
                                actual,
                                minimum,
                                (int) Math.min(required, most == null ? Long.MAX_VALUE : most.width()),
                                actual + " in " + range + " (" + field + "; with every figure by sex withheld " + most
                                        + ")");
                    }
                }
            }
        }
        List<TableAdversary.Interval> grades = tables.gradeTotals();
        for (int r = 0; r < grades.size(); r++) {
            if (grades.get(r) != null) {
                long actual = truth.representation()
                        .get(0)
                        .grades()
                        .get(r)
                        .employees()
                        .value()
                        .longValueExact();
                assertProtected(grades.get(r), actual, minimum, required, actual + " in " + grades.get(r));
            }
        }
    }

    /**
     * The truth is possible, and so is another value; a count under the minimum keeps at least as many possible
     * values as there are counts under the minimum (1 to {@code minimum - 1}): a range of {@code required}, which is
     * {@code minimum - 2} unless the workforce is too small for that.
     */
    static void assertProtected(TableAdversary.Interval range, long actual, int minimum, int required, String where) {
        assertTrue(range.low() <= actual && actual <= range.high(), "the adversary must allow the truth: " + where);
        assertTrue(range.width() >= Math.min(1, required), "worked out exactly: " + where);
        if (actual > 0 && actual < minimum) {
            assertTrue(range.width() >= required, "narrowed below the threshold: " + where);
        }
    }

    /**
     * The case the table suppression once missed: one Black and one Mixed employee in Grade 1, whose total and
     * other cells would be published, their other cells 0; the undeclared (3) and Asian (12) employees are in
     * Grade 2. Withholding the two small cells alone closes a cycle through them, but moving one person along it
     * would leave one of the two groups empty, and a listed group has someone in it: each would be known to be 1.
     */
    @Example
    void twoGroupsOfOnePersonInTheSameGradeAreNotKnown() {
        List<EmployeeRecord> staff = new ArrayList<>();
        add(staff, "Grade 1", "White British", 20);
        add(staff, "Grade 1", "Black", 1);
        add(staff, "Grade 1", "Mixed", 1);
        add(staff, "Grade 2", "White British", 15);
        add(staff, "Grade 2", "Asian", 12);
        add(staff, "Grade 2", null, 3);
        WorkforceReport report = WorkforceAnalysis.builder().build().analyse(staff);

        Representation ethnicity = report.representation("ethnicity").orElseThrow();
        Map<String, List<String>> withheld = new LinkedHashMap<>();
        for (Representation.Grade grade : ethnicity.grades()) {
            assertTrue(grade.employees().isPublished(), grade.grade());
            withheld.put(
                    grade.grade(),
                    grade.groups().stream()
                            .filter(cell -> cell.employees().status() == Figure.Status.SUPPRESSED)
                            .map(Representation.Cell::group)
                            .toList());
        }
        // Grade 1's White British cell is withheld with the two: people can move between them and Grade 2 by way of the
        // undeclared, whose Grade 2 cells are withheld too, and of Grade 2's Mixed cell, a true 0 that could as well
        // hold some of the Mixed group.
        assertEquals(
                Map.of(
                        "Grade 1",
                        List.of("White British", "Black", "Mixed"),
                        "Grade 2",
                        List.of("White British", "Asian", "Mixed", "Not declared")),
                withheld);

        JsonNode json = MAPPER.readTree(WorkforceReportWriter.JSON.write(report, WorkforceChecks.run(report)))
                .get("report");
        List<SortedSet<Integer>> possible = new Adversary(json).possibleCounts("byEthnicity");
        List<Figure> counts = counts(report, "byEthnicity");
        int withheldCounts = 0;
        for (int cell = 0; cell < possible.size(); cell++) {
            assertEquals(counts.get(cell).isPublished(), possible.get(cell) == null, "cell " + cell);
            if (possible.get(cell) != null) {
                withheldCounts++;
                assertTrue(possible.get(cell).size() >= 2, "cell " + cell + " worked out: " + possible.get(cell));
            }
        }
        assertEquals(4, withheldCounts);
    }

    /**
     * Found by the long run: six men in four small grades at threshold 3, all grade totals withheld. The ethnicity
     * table said Grade 1 held at least 2 (its Asian and Black employees, each group listed, its other cells published
     * as 0) and the disability table at most 2: together, exactly 2. A grade whose total is withheld now has all its
     * cells withheld in every table.
     */
    @Example
    void tablesSharingAWithheldGradeTotalDoNotPinItDownTogether() {
        List<EmployeeRecord> staff = new ArrayList<>();
        for (String[] e : new String[][] {
            {"White British", "NOT_DISABLED", "Grade 2"},
            {"White British", "NOT_DISABLED", "Grade 2"},
            {"White British", "NOT_DISABLED", "Grade 4"},
            {"White British", "DISABLED", "Grade 3"},
            {"Asian", "DISABLED", "Grade 1"},
            {"Black", "DISABLED", "Grade 1"}
        }) {
            staff.add(new EmployeeRecord(
                    "e" + staff.size(),
                    Sex.MALE,
                    e[0],
                    DisabilityStatus.valueOf(e[1]),
                    e[2],
                    null,
                    BigDecimal.ZERO,
                    true,
                    false,
                    null,
                    null));
        }
        assertNothingRecoverable(staff, 3);
    }

    /**
     * The case of the issue: five grades of 30 White British staff, one Black and one undeclared employee each, at the
     * default threshold of 10. When a withheld cell was known to hold someone, each grade's "32 | 30 | withheld |
     * withheld" gave both away as exactly 1, and the withheld group totals as exactly 5. Now a withheld cell may
     * hold 0, and every withheld count keeps at least nine possible values.
     */
    @Example
    void fiveGradesOfOneBlackAndOneUndeclaredEmployeeEachGiveNothingAway() {
        List<EmployeeRecord> staff = new ArrayList<>();
        for (int grade = 1; grade <= 5; grade++) {
            add(staff, "Grade " + grade, "White British", 30);
            add(staff, "Grade " + grade, "Black", 1);
            add(staff, "Grade " + grade, null, 1);
        }
        WorkforceReport report = WorkforceAnalysis.builder().build().analyse(staff);
        JsonNode json = MAPPER.readTree(WorkforceReportWriter.JSON.write(report, WorkforceChecks.run(report)))
                .get("report");
        Adversary adversary = new Adversary(json);
        List<List<SortedSet<Integer>>> possible = new ArrayList<>();
        for (String field : FIELDS) {
            possible.add(adversary.possibleCounts(field));
        }
        TableAdversary tables = new TableAdversary(json, possible);

        List<TableAdversary.Interval> totals = tables.groupTotals(1);
        assertEquals(List.of(Figure.count(150)), counts(report, "byEthnicity").subList(0, 1));
        for (int group : new int[] {1, 2}) {
            assertTrue(totals.get(group).width() >= 8, "group total " + group + ": " + totals.get(group));
        }
        int withheldCells = 0;
        for (int grade = 0; grade < 5; grade++) {
            for (int column = 0; column < 3; column++) {
                TableAdversary.Interval range = tables.cell(1, grade, column);
                if (range != null) {
                    withheldCells++;
                    assertTrue(range.width() >= 8, "Grade " + (grade + 1) + ", column " + column + ": " + range);
                }
            }
        }
        assertTrue(withheldCells >= 10, "the ten small cells at least");
        // Every format prints a withheld cell the same way, whether it holds 0, 1 or 30.
        String markdown = WorkforceReportWriter.MARKDOWN.write(report, List.of());
        assertTrue(markdown.contains("| Grade 1 | 32 |"), markdown);
        assertTrue(markdown.contains("\\[c\\]"), markdown); // Markdown escapes the brackets: it reads [c]
        assertFalse(markdown.contains("suppressed"), markdown);
    }

    /**
     * Found once the reader knew the statutory figures: three men, three women and one employee recorded as neither, at
     * threshold 3. The statutory figures alone allow 1 to 3 for the one (the men's share paid a bonus, 33.3%, leaves 3
     * or 6 men; the women and the one share the rest). The breakdown by sex published the women's 3 to protect the
     * one, and with it gave the one away exactly: 7 - 3 women - 3 men. Now a count by sex is withheld with all the
     * others, and the grade table by sex with it.
     */
    @Example
    void thePublishedCountsBySexDoNotNarrowWhatTheStatutoryFiguresTell() {
        List<EmployeeRecord> staff = new ArrayList<>();
        String[][] rows = {
            {"FEMALE", "Grade 1", null, "0"},
            {"OTHER_OR_NOT_RECORDED", "Grade 1", null, "0"},
            {"FEMALE", "Grade 1", null, "0"},
            {"MALE", "Grade 1", null, "0"},
            {"FEMALE", "Grade 1", "9.50", "0"},
            {"MALE", "Grade 1", "12.00", "0"},
            {"MALE", "Grade 3", "15.75", "100.00"}
        };
        for (String[] e : rows) {
            staff.add(new EmployeeRecord(
                    "e" + staff.size(),
                    Sex.valueOf(e[0]),
                    "White British",
                    DisabilityStatus.NOT_DISABLED,
                    e[1],
                    e[2] == null ? null : new BigDecimal(e[2]),
                    new BigDecimal(e[3]),
                    true,
                    e[2] != null,
                    null,
                    null));
        }
        WorkforceReport report =
                WorkforceAnalysis.builder().minimumGroupSize(3).build().analyse(staff);
        assertEquals(List.of(Figure.suppressed(), Figure.suppressed(), Figure.suppressed()), counts(report, "bySex"));
        assertEquals("33.3", report.genderPayGap().menPaidBonus().toString());
        assertNothingRecoverable(staff, 3);
    }

    private static void add(List<EmployeeRecord> staff, String grade, String ethnicity, int people) {
        for (int i = 0; i < people; i++) {
            staff.add(new EmployeeRecord(
                    "e" + staff.size(),
                    staff.size() % 2 == 0 ? Sex.MALE : Sex.FEMALE,
                    ethnicity,
                    DisabilityStatus.NOT_DISABLED,
                    grade,
                    new BigDecimal("12.00"),
                    BigDecimal.ZERO,
                    true,
                    true,
                    null,
                    null));
        }
    }

    @Property(tries = 100)
    void markdownAndHtmlShowNoNumberTheJsonReportDoesNotHave(
            @ForAll("staff") List<EmployeeRecord> staff, @ForAll @IntRange(min = 2, max = 10) int minimum) {
        WorkforceReport report =
                WorkforceAnalysis.builder().minimumGroupSize(minimum).build().analyse(staff);
        var findings = WorkforceChecks.run(report);
        Set<String> inJson = numbers(WorkforceReportWriter.JSON.write(report, findings));
        // The statutory threshold is a constant of the summary, not a figure of the report.
        inJson.add("250");
        // So is the date public authorities take their figures on, 31 March.
        inJson.add("31");
        for (WorkforceReportWriter writer : List.of(WorkforceReportWriter.MARKDOWN, WorkforceReportWriter.HTML)) {
            String text = writer.write(report, findings);
            if (writer == WorkforceReportWriter.HTML) {
                // Drop the markup (coordinates of the charts' shapes) and the style sheet: what remains is what a
                // reader sees.
                text = text.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]*>", " ");
            }
            for (String number : numbers(text)) {
                assertTrue(
                        inJson.contains(number), writer + " shows " + number + ", which the JSON report does not have");
            }
        }
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    private static Set<String> numbers(String text) {
        Set<String> numbers = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(new BigDecimal(m.group()).stripTrailingZeros().toPlainString());
        }
        return numbers;
    }

    private static long width(SortedSet<Integer> values) {
        return values == null ? 0 : values.last() - values.first();
    }

    /**
     * The report as a reader would have it if only the statutory figures and the totals were published about sex:
     * every voluntary figure by sex withheld (a count of none stays: the statutory figures say a group is empty).
     */
    static JsonNode statutoryOnly(JsonNode report) {
        ObjectNode copy = (ObjectNode) report.deepCopy();
        ObjectNode sex = (ObjectNode) copy.get("bySex");
        for (JsonNode group : sex.get("groups")) {
            ObjectNode g = (ObjectNode) group;
            if (!isZero(g.get("relevantEmployees"))) {
                g.set("relevantEmployees", withheld());
            }
            for (String figure :
                    List.of("paidBonus", "meanHourlyPayGap", "medianHourlyPayGap", "meanBonusGap", "medianBonusGap")) {
                g.set(figure, withheld());
            }
            ArrayNode quartiles = (ArrayNode) g.get("quartiles");
            for (int band = 0; band < quartiles.size(); band++) {
                quartiles.set(band, withheld());
            }
        }
        if (!isZero(sex.get("undeclared"))) {
            sex.set("undeclared", withheld());
        }
        sex.set("declarationRate", withheld());
        for (JsonNode r : copy.get("representation")) {
            if (!r.get("characteristic").asString().equals("sex")) {
                continue;
            }
            ((ObjectNode) r).set("notDeclared", withheld());
            for (JsonNode group : r.get("groups")) {
                if (!isZero(group.get("employees"))) {
                    ((ObjectNode) group).set("employees", withheld());
                }
                ((ObjectNode) group).set("workforcePercent", withheld());
                ((ObjectNode) group).set("difference", withheld());
            }
            for (JsonNode grade : r.get("grades")) {
                for (JsonNode cell : grade.get("groups")) {
                    ((ObjectNode) cell).set("employees", withheld());
                    ((ObjectNode) cell).set("percent", withheld());
                }
            }
        }
        return copy;
    }

    private static boolean isZero(JsonNode figure) {
        return figure.get("status").asString().equals("PUBLISHED")
                && figure.get("value").decimalValue().signum() == 0;
    }

    private static ObjectNode withheld() {
        ObjectNode figure = MAPPER.createObjectNode();
        figure.put("status", "SUPPRESSED");
        figure.putNull("value");
        figure.putNull("note");
        return figure;
    }

    /** A characteristic's counts per group in the report's order, then the undeclared. */
    static List<Figure> counts(WorkforceReport report, String field) {
        CharacteristicPayGaps gaps = switch (field) {
            case "bySex" -> report.bySex();
            case "byEthnicity" -> report.byEthnicity();
            default -> report.byDisability();
        };
        List<Figure> counts = new ArrayList<>(
                gaps.groups().stream().map(GroupFigures::relevantEmployees).toList());
        counts.add(gaps.undeclared());
        return counts;
    }
}
