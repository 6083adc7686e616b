package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The workforce checks build their paths by steps: each finding on Anytown's example figures still points at the
 * figure concerned, written as before (a representation's grade or band, a group in a grade, a group's gap).
 */
class WorkforceFindingPathsTest {

    @Test
    void eachFindingOnTheExampleNamesTheFigureItIsAbout() {
        EmployeeFile file = EmployeeCsv.withDefaultColumns().read(ExampleDataTest.WORKFORCE);
        PopulationFile population = PopulationCsv.read(ExampleDataTest.POPULATION);
        WorkforceReport report = WorkforceAnalysis.builder()
                .population(population.table())
                .build()
                .analyse(file.employees());

        List<String> found = WorkforceChecks.run(report).stream()
                .filter(f -> !f.code().equals("low-declaration-rate"))
                .map(f -> f.code() + " " + f.path())
                .toList();

        // As the checks wrote them when they joined strings (recorded before the change).
        assertEquals(
                List.of(
                        "pay-gap-above-threshold byEthnicity.groups[3].meanHourlyPayGap",
                        "pay-gap-above-threshold byEthnicity.groups[3].medianHourlyPayGap",
                        "pay-gap-above-threshold genderPayGap.meanHourlyPayGap",
                        "pay-gap-above-threshold genderPayGap.medianHourlyPayGap",
                        "under-represented-in-grade representation[0].grades[6]",
                        "under-represented-in-grade representation[0].grades[9]",
                        "under-represented-in-grade representation[1].grades[1]",
                        "under-represented-in-grade representation[2].grades[1]",
                        "under-represented-in-grade representation[2].grades[2]",
                        "under-represented-in-grade representation[2].grades[3]",
                        "under-represented-in-grade representation[2].grades[4]",
                        "under-represented-in-grade representation[2].grades[5]",
                        "under-represented-in-grade representation[2].grades[5]",
                        "under-represented-in-grade representation[2].grades[8]",
                        "under-represented-in-grade representation[2].grades[9]",
                        "group-absent-from-grade representation[1].grades[8].groups[3]",
                        "group-absent-from-grade representation[1].grades[9].groups[3]",
                        "group-absent-from-grade representation[1].grades[10].groups[3]"),
                found);
    }
}
