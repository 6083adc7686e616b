package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example files in {@code examples/data/} are what {@link SyntheticWorkforce} makes from its seed. Run with
 * {@code -Dworkforce.writeExamples=true} to write them again after changing the generator.
 */
class ExampleDataTest {
    static final Path DATA = Path.of("..", "..", "examples", "data");
    static final Path WORKFORCE = DATA.resolve("anytown-workforce.csv");
    static final Path POPULATION = DATA.resolve("anytown-population.csv");
    static final int EMPLOYEES = 3_000;
    static final long SEED = 2024;

    @Test
    void exampleFilesAreTheGeneratorsOutput() throws IOException {
        String workforce = SyntheticWorkforce.toCsv(SyntheticWorkforce.generate(EMPLOYEES, SEED));
        String population = SyntheticWorkforce.populationCsv();
        if (Boolean.getBoolean("workforce.writeExamples")) {
            Files.writeString(WORKFORCE, workforce, StandardCharsets.UTF_8);
            Files.writeString(POPULATION, population, StandardCharsets.UTF_8);
        }
        assertEquals(
                workforce,
                Files.readString(WORKFORCE),
                "run with -Dworkforce.writeExamples=true to write the examples again");
        assertEquals(population, Files.readString(POPULATION));
    }

    @Test
    void theGeneratorIsDeterministicAndItsCsvReadsBackCleanly() {
        List<EmployeeRecord> staff = SyntheticWorkforce.generate(500, 7);
        assertEquals(staff, SyntheticWorkforce.generate(500, 7));

        EmployeeFile file = EmployeeCsv.withDefaultColumns()
                .read(new java.io.StringReader(SyntheticWorkforce.toCsv(staff)), "gen.csv");
        assertTrue(file.isClean(), file.problems()::toString);
        assertEquals(staff, file.employees());
    }

    @Test
    void theExampleHasAGenderPayGapALowDeclarationAndAGroupAbsentFromSeniorGrades() {
        EmployeeFile file = EmployeeCsv.withDefaultColumns().read(WORKFORCE);
        PopulationFile population = PopulationCsv.read(POPULATION);
        assertTrue(file.isClean() && population.isClean());

        WorkforceReport report = WorkforceAnalysis.builder()
                .population(population.table())
                .build()
                .analyse(file.employees());

        assertTrue(report.statutoryDuty());
        assertTrue(report.genderPayGap().meanHourlyPayGap().value().compareTo(BigDecimal.ZERO) > 0);
        List<String> codes = WorkforceChecks.run(report).stream()
                .map(f -> f.code())
                .distinct()
                .toList();
        assertEquals(
                List.of("pay-gap-above-threshold", "under-represented-in-grade", "group-absent-from-grade"),
                codes.stream().filter(c -> !c.equals("low-declaration-rate")).toList());
        assertTrue(report.representation("ethnicity")
                .orElseThrow()
                .group("Black")
                .orElseThrow()
                .populationPercent()
                .isPublished());
    }
}
