package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No withheld count of employees in a group can be worked out from a published workforce report: for each,
 * at least two counts agree with every published figure ({@link Adversary}). Small workforces with small
 * groups and people on leave, so that every kind of suppression has work to do. One grade: with several, a
 * withheld group total can still be pinned by a grade table (see the README), which this does not yet cover.
 */
class NoRecoveryPropertiesTest {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final List<String> FIELDS = List.of("bySex", "byEthnicity", "byDisability");

    @Provide
    Arbitrary<EmployeeRecord> employee() {
        Arbitrary<Sex> sex = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.just(Sex.MALE)), Tuple.of(10, Arbitraries.just(Sex.FEMALE)),
                Tuple.of(2, Arbitraries.just(Sex.OTHER_OR_NOT_RECORDED)));
        Arbitrary<String> ethnicity = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.just("White British")),
                Tuple.of(4, Arbitraries.just("Asian")), Tuple.of(2, Arbitraries.just("Black")), Tuple.of(1, Arbitraries.just("Mixed")),
                Tuple.of(3, Arbitraries.just((String) null)));
        Arbitrary<DisabilityStatus> disability = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.just(DisabilityStatus.NOT_DISABLED)),
                Tuple.of(4, Arbitraries.just(DisabilityStatus.DISABLED)), Tuple.of(2, Arbitraries.just(DisabilityStatus.NOT_DECLARED)));
        return Combinators.combine(sex, ethnicity, disability,
                // One grade: see the README on grade tables, where a withheld group total can still be pinned.
                Arbitraries.just((String) null),
                Arbitraries.of("9.50", "10.00", "12.00", "15.75"),
                Arbitraries.of("0", "0", "100.00", "250.00"),
                Arbitraries.integers().between(0, 7))
                .as((s, e, d, grade, hourly, bonus, leave) -> new EmployeeRecord("id", s, e, d, grade,
                        leave == 0 ? null : new BigDecimal(hourly), new BigDecimal(bonus), true, leave != 0, null, null));
    }

    @Property(tries = 500)
    void noWithheldCountOfAGroupCanBeWorkedOutFromTheJsonReport(
            @ForAll @Size(max = 45) List<@From("employee") EmployeeRecord> staff, @ForAll @IntRange(min = 2, max = 10) int minimum) {
        WorkforceReport report = WorkforceAnalysis.builder().minimumGroupSize(minimum).build().analyse(staff);
        WorkforceReport truth = WorkforceAnalysis.builder().minimumGroupSize(1).build().analyse(staff);
        JsonNode json = MAPPER.readTree(WorkforceReportWriter.JSON.write(report, WorkforceChecks.run(report))).get("report");
        Adversary adversary = new Adversary(json);
        // A workforce smaller than the minimum is known whole: its total is always published.
        if (report.relevantEmployees() < minimum) {
            return;
        }
        for (String field : FIELDS) {
            List<SortedSet<Integer>> possible = adversary.possibleCounts(field);
            List<Figure> counts = counts(truth, field);
            // Everyone in a group of one, every group withheld: a listed group has someone in it, so each holds one.
            // Nothing is left to withhold with them; the README names this case with the workforce under the minimum.
            boolean groupsOfOne = true;
            for (int cell = 0; cell < possible.size(); cell++) {
                long people = counts.get(cell).value().longValueExact();
                groupsOfOne &= people == 0 || (people == 1 && possible.get(cell) != null);
            }
            if (groupsOfOne) {
                continue;
            }
            for (int cell = 0; cell < possible.size(); cell++) {
                if (possible.get(cell) == null) {
                    continue;
                }
                int actual = counts.get(cell).value().intValueExact();
                String where = field + " cell " + cell + " (" + actual + " employees), minimum " + minimum + ": " + possible.get(cell);
                assertTrue(possible.get(cell).contains(actual), "the adversary must allow the truth: " + where);
                assertTrue(possible.get(cell).size() >= 2, "worked out exactly: " + where);
            }
        }
    }

    @Property(tries = 100)
    void markdownAndHtmlShowNoNumberTheJsonReportDoesNotHave(
            @ForAll @Size(max = 45) List<@From("employee") EmployeeRecord> staff, @ForAll @IntRange(min = 2, max = 10) int minimum) {
        WorkforceReport report = WorkforceAnalysis.builder().minimumGroupSize(minimum).build().analyse(staff);
        var findings = WorkforceChecks.run(report);
        Set<String> inJson = numbers(WorkforceReportWriter.JSON.write(report, findings));
        // The statutory threshold is a constant of the summary, not a figure of the report.
        inJson.add("250");
        for (WorkforceReportWriter writer : List.of(WorkforceReportWriter.MARKDOWN, WorkforceReportWriter.HTML)) {
            String text = writer.write(report, findings);
            if (writer == WorkforceReportWriter.HTML) {
                // Drop the markup (coordinates of the charts' shapes) and the style sheet: what remains is what a reader sees.
                text = text.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]*>", " ");
            }
            for (String number : numbers(text)) {
                assertTrue(inJson.contains(number), writer + " shows " + number + ", which the JSON report does not have");
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

    /** A characteristic's counts per group in the report's order, then the undeclared. */
    static List<Figure> counts(WorkforceReport report, String field) {
        CharacteristicPayGaps gaps = switch (field) {
            case "bySex" -> report.bySex();
            case "byEthnicity" -> report.byEthnicity();
            default -> report.byDisability();
        };
        List<Figure> counts = new ArrayList<>(gaps.groups().stream().map(GroupFigures::relevantEmployees).toList());
        counts.add(gaps.undeclared());
        return counts;
    }
}
