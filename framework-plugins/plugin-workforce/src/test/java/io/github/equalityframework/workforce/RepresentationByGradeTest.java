package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.spi.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepresentationByGradeTest {
    static final PopulationTable AREA = new PopulationTable(
            "census",
            List.of(
                    new PopulationTable.Share("ethnicity", "White British", new BigDecimal("80.0")),
                    new PopulationTable.Share("ethnicity", "Asian", new BigDecimal("10.0")),
                    new PopulationTable.Share("ethnicity", "Black", new BigDecimal("10.0"))));

    /** 600 staff, 20% from ethnic minorities, as the area is: in the top grade, {@code topAsian} + {@code topBlack} of 120. */
    static List<EmployeeRecord> staff(int topAsian, int topBlack) {
        List<EmployeeRecord> staff = new ArrayList<>();
        int others = 120 - topAsian - topBlack;
        add(staff, "Grade 1", "White British", 240 - others / 2 - (others % 2));
        add(staff, "Grade 1", "Asian", others / 4 + (others % 4 > 0 ? 1 : 0));
        add(staff, "Grade 1", "Black", others / 2 + (others % 2) - others / 4 - (others % 4 > 0 ? 1 : 0));
        add(staff, "Grade 2", "White British", 240 - others / 2);
        add(staff, "Grade 2", "Asian", others / 4);
        add(staff, "Grade 2", "Black", others / 2 - others / 4);
        add(staff, "Grade 3", "White British", 120 - topAsian - topBlack);
        add(staff, "Grade 3", "Asian", topAsian);
        add(staff, "Grade 3", "Black", topBlack);
        return staff;
    }

    private static void add(List<EmployeeRecord> staff, String grade, String ethnicity, int people) {
        for (int i = 0; i < people; i++) {
            staff.add(Employees.employee(
                    "e" + staff.size(),
                    staff.size() % 2 == 0 ? Sex.MALE : Sex.FEMALE,
                    ethnicity,
                    DisabilityStatus.NOT_DISABLED,
                    "12.00",
                    "0"));
        }
        for (int i = staff.size() - people; i < staff.size(); i++) {
            EmployeeRecord e = staff.get(i);
            staff.set(
                    i,
                    new EmployeeRecord(
                            e.id(),
                            e.sex(),
                            e.ethnicGroup(),
                            e.disability(),
                            grade,
                            e.hourlyPay(),
                            e.bonusPay(),
                            e.relevant(),
                            e.fullPayRelevant(),
                            null,
                            null));
        }
    }

    private static List<String> underRepresented(WorkforceReport report) {
        return WorkforceChecks.run(report).stream()
                .filter(f -> f.rule().equals(UnderRepresentedInGradeCheck.ID))
                .map(Finding::message)
                .toList();
    }

    @Test
    void representativeOverallButFewInTheTopGradeIsFoundWithTheNumbersInWords() {
        WorkforceReport report =
                WorkforceAnalysis.builder().population(AREA).build().analyse(staff(6, 6));

        Representation ethnicity = report.representation("ethnicity").orElseThrow();
        assertEquals("120", ethnicity.aggregate().employees().toString());
        assertEquals("20.0", ethnicity.aggregate().workforcePercent().toString());
        assertEquals("20.0", ethnicity.aggregate().populationPercent().toString());
        assertEquals("12", ethnicity.aggregate().byGrade().get(2).toString());

        List<String> found = underRepresented(report);
        // P(X <= 12) for X ~ Binomial(120, 0.2) is 0.00252.
        assertTrue(
                found.contains("12 of 120 staff in Grade 3 (the senior band) are from ethnic minorities; 24.0 would be "
                        + "expected from the workforce as a whole (20.0%): 50.0% of the expected number, less than chance "
                        + "explains (exact binomial test, p = 0.00252). Look at recruitment and progression."),
                String.join("\n", found));
        assertTrue(
                found.contains(
                        "12 of 120 staff in Grade 3 (the senior band) who declared are from ethnic minorities; 24.0 "
                                + "would be expected from the local population (20.0%): 50.0% of the expected number, less than "
                                + "chance explains (exact binomial test, p = 0.00252). Look at recruitment and progression."),
                String.join("\n", found));
        found.forEach(message -> assertTrue(message.contains("in Grade 3"), message));
    }

    @Test
    void representativeAtEveryGradeIsNotFound() {
        WorkforceReport report =
                WorkforceAnalysis.builder().population(AREA).build().analyse(staff(12, 12));

        assertEquals(List.of(), underRepresented(report));
    }

    @Test
    void theSeniorBandTakesTheGradesTheCouncilNames() {
        WorkforceReport report = WorkforceAnalysis.builder().build().analyse(staff(6, 6));

        List<String> found = WorkforceChecks.run(
                        report,
                        Map.of(
                                UnderRepresentedInGradeCheck.ID,
                                Map.of(
                                        "seniorGrades",
                                        List.of("Grade 2", "Grade 3"),
                                        "characteristics",
                                        List.of("ethnicity"))))
                .stream()
                .map(Finding::message)
                .filter(m -> m.contains("senior band"))
                .toList();

        // Grades 2 and 3: 54 + 12 = 66 of 360 from ethnic minorities, 72 expected: within chance (p = 0.24).
        assertEquals(List.of(), found);
        assertTrue(underRepresented(report).stream().anyMatch(m -> m.contains("Grade 3 (the senior band)")));
    }

    @Test
    void aCouncilCanNameTheGroupsItCountsAsEthnicMinorities() {
        WorkforceReport report = WorkforceAnalysis.builder()
                .ethnicMinorities(List.of("black"))
                .population(AREA)
                .build()
                .analyse(staff(6, 6));

        Representation.Aggregate minorities =
                report.representation("ethnicity").orElseThrow().aggregate();
        assertEquals("60", minorities.employees().toString());
        assertEquals("10.0", minorities.populationPercent().toString());
    }

    @Test
    void theExactBinomialTailAgreesWithAnIndependentCalculation() {
        // Computed with exact fractions elsewhere: sum of C(n, i) p^i (1 - p)^(n - i) for i <= k.
        assertEquals(0.018496015060209314, UnderRepresentedInGradeCheck.Binomial.atMost(4, 50, 0.2), 1e-12);
        assertEquals(0.0025206403506788707, UnderRepresentedInGradeCheck.Binomial.atMost(12, 120, 0.2), 1e-12);
        assertEquals(0.0003007286598217175, UnderRepresentedInGradeCheck.Binomial.atMost(0, 20, 1.0 / 3), 1e-12);
        assertEquals(0.005073973750656331, UnderRepresentedInGradeCheck.Binomial.atMost(350, 10_000, 0.04), 1e-9);
    }
}
