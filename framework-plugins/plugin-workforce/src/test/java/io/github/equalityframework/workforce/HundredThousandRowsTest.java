package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every measure for 100,000 generated employees, checked by what the figures must add up to rather than by
 * time (the timing is the benchmarks module's): the entry point a benchmark calls is
 * {@code WorkforceAnalysis.builder().population(...).build().analyse(SyntheticWorkforce.generate(100_000, seed))}.
 */
class HundredThousandRowsTest {

    @Test
    void everyMeasureOfAHundredThousandEmployeesAddsUp() {
        List<EmployeeRecord> staff = SyntheticWorkforce.generate(100_000, 1);
        long relevant = staff.stream().filter(EmployeeRecord::relevant).count();
        PopulationTable population = PopulationCsv.read(
                        new java.io.StringReader(SyntheticWorkforce.populationCsv()), "p.csv")
                .table();

        WorkforceReport report =
                WorkforceAnalysis.builder().population(population).build().analyse(staff);

        assertEquals(relevant, report.relevantEmployees());
        assertEquals(staff.stream().filter(EmployeeRecord::fullPayRelevant).count(), report.fullPayRelevantEmployees());
        for (Representation r : report.representation()) {
            // Groups this large are all published: counts add up to the relevant employees, grade by grade too.
            assertEquals(
                    relevant,
                    r.groups().stream()
                            .mapToLong(g -> g.employees().value().longValue())
                            .sum(),
                    r.characteristic());
            long inGrades = 0;
            for (Representation.Grade grade : r.grades()) {
                if (grade.employees().isPublished()) {
                    inGrades += grade.employees().value().longValue();
                }
            }
            assertTrue(inGrades > relevant * 99 / 100, r.characteristic() + " grades publish " + inGrades);
        }
        for (GenderPayGap.QuartileShares band : report.genderPayGap().quartiles()) {
            BigDecimal off = band.men()
                    .value()
                    .add(band.women().value())
                    .subtract(BigDecimal.valueOf(100))
                    .abs();
            assertTrue(off.compareTo(new BigDecimal("0.1")) <= 0, band::toString);
        }
        assertTrue(
                report.genderPayGap().meanHourlyPayGap().value().signum() > 0,
                "the generator pays women less on average");
        assertEquals(
                4,
                WorkforceChecks.run(report).stream()
                        .filter(f -> f.code().equals("group-absent-from-grade"))
                        .count(),
                "no Black employee above Grade 7: Grades 8, 9, 10 and the chief officers");
    }
}
