package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PopulationCsvTest {

    private static PopulationFile read(String csv) {
        return PopulationCsv.read(new StringReader(csv), "population.csv");
    }

    private static List<String> problems(String csv) {
        return read(csv).problems().stream().map(RowProblem::format).toList();
    }

    @Test
    void countsBecomeSharesOfTheirCharacteristicAndPercentagesAreKept() {
        PopulationFile file = read("""
                characteristic,group,count,percent
                sex,female,51,
                sex,Male,49,
                Ethnic group,White British,,81.25
                ethnicity,"Asian, Asian British",,9.1%
                disability,yes,1500,
                disability,no,8500,
                """);

        assertTrue(file.isClean(), file.problems()::toString);
        PopulationTable table = file.table();
        assertEquals(
                List.of(
                        new PopulationTable.Share("sex", "Women", new BigDecimal("51.0")),
                        new PopulationTable.Share("sex", "Men", new BigDecimal("49.0")),
                        new PopulationTable.Share("ethnicity", "White British", new BigDecimal("81.3")),
                        new PopulationTable.Share("ethnicity", "Asian, Asian British", new BigDecimal("9.1")),
                        new PopulationTable.Share("disability", "Disabled", new BigDecimal("15.0")),
                        new PopulationTable.Share("disability", "Not disabled", new BigDecimal("85.0"))),
                table.shares());
        assertEquals(
                Optional.of(new BigDecimal("81.3")),
                table.percent("ethnicity", "white british"),
                "matched ignoring case");
        assertEquals(Optional.empty(), table.percent("ethnicity", "Black"));
    }

    @Test
    void aCountShareIsRoundedHalfUpToOneDecimalPlace() {
        PopulationTable table =
                read("characteristic,group,count\nsex,female,1\nsex,male,7\n").table();

        // 1/8 = 12.5%, 7/8 = 87.5%; 1/3 would be 33.3.
        assertEquals(
                List.of(new BigDecimal("12.5"), new BigDecimal("87.5")),
                table.shares().stream().map(PopulationTable.Share::percent).toList());
        assertEquals(
                new BigDecimal("33.3"),
                read("characteristic,group,count\nsex,female,1\nsex,male,2\n")
                        .table()
                        .shares()
                        .get(0)
                        .percent());
    }

    @Test
    void everyBadValueIsReportedAtItsLineAndColumnWithItsHeaderAndValue() {
        assertEquals(
                List.of(
                        "population.csv:2:1: characteristic: 'age' is not a characteristic the workforce is compared on; write sex, ethnicity or disability",
                        "population.csv:3:5: group: 'nonbinary' is not a sex; write female or male",
                        "population.csv:4:12: group: 'sometimes' is not a disability status; write disabled or not disabled",
                        "population.csv:5:17: count: '1,200' is not a whole number of people; write digits only, e.g. 52310",
                        "population.csv:6:18: percent: '120' is not a percentage; write a number from 0 to 100, e.g. 12.5",
                        "population.csv:7:1: the row has neither a count nor a percent; give one of them",
                        "population.csv:8:18: percent: '3' is given as well as a count; give a count or a percent, not both",
                        "population.csv:9:11: group: the value is blank; name the group, e.g. female, disabled or White British",
                        "population.csv:10:1: characteristic: the value is blank; write sex, ethnicity or disability"),
                problems("""
                        characteristic,group,count,percent
                        age,16 to 24,100,
                        sex,nonbinary,100,
                        disability,sometimes,100,
                        ethnicity,Black,"1,200",
                        ethnicity,Mixed,,120
                        ethnicity,Other,,
                        ethnicity,Arab,2,3
                        ethnicity,,5,
                        ,Arab,5,
                        """));
    }

    @Test
    void aGroupGivenTwiceOrACharacteristicGivenBothWaysIsRefused() {
        assertEquals(
                List.of(
                        "population.csv:3:5: group: 'F' is already given for sex on row 2; give each group once",
                        "population.csv:4:11: percent: sex is given as counts from row 2; give every sex row as a count (value '49')"),
                problems("characteristic,group,count,percent\nsex,female,51,\nsex,F,50,\nsex,male,,49\n"));
    }

    @Test
    void percentagesOfACharacteristicCannotAddUpToMoreThanAHundred() {
        assertEquals(
                List.of(
                        "population.csv:2:25: percent: the percentages of ethnicity add up to 101.0; they cannot add up to more than 100"),
                problems("characteristic,group,percent\nethnicity,White British,80.5\nethnicity,Asian,20.5\n"));
        // 100.4 is allowed: census percentages are rounded.
        assertTrue(read("characteristic,group,percent\nsex,female,50.2\nsex,male,50.2\n")
                .isClean());
        assertEquals(
                List.of(
                        "population.csv:2:12: count: the counts of sex add up to 0; give the number of people in each group"),
                problems("characteristic,group,count\nsex,female,0\nsex,male,0\n"));
    }

    @Test
    void theHeaderMustNameTheColumns() {
        assertEquals(
                List.of(
                        "population.csv:1:1: group: the header has no column 'group'; the header must be characteristic,group,count or characteristic,group,percent",
                        "population.csv:1:1: the header has neither a 'count' nor a 'percent' column; the header must be characteristic,group,count or characteristic,group,percent"),
                problems("characteristic,people\nsex,5\n"));
        assertEquals(
                List.of("population.csv:1:28: count: two columns are headed 'count'; keep one"),
                problems("characteristic,group,count,count\n"));
        assertEquals(
                List.of(
                        "population.csv:1:1: the file is empty; its first row must be the header: characteristic,group,count or characteristic,group,percent"),
                problems(""));
    }

    @Test
    void rowsOfTheWrongLengthAndUnclosedQuotesAreReported() {
        assertEquals(
                List.of(
                        "population.csv:2:1: the row has 4 values but the header has 3 columns; a value with a comma must be in double quotes"),
                problems("characteristic,group,count\nethnicity,Asian, Asian British,10\n"));
        List<String> quote = problems("characteristic,group,count\nsex,female,10\nethnicity,\"Asian,10\n");
        assertEquals(1, quote.size(), quote::toString);
        assertTrue(quote.get(0).startsWith("population.csv:3:1: the row cannot be read ("), quote.get(0));
        assertTrue(quote.get(0).endsWith("); check its quotes. Reading stopped here."), quote.get(0));
    }

    @Test
    void aMissingFileIsAProblemNotAnException() {
        PopulationFile file = PopulationCsv.read(Path.of("no-such-population.csv"));

        assertEquals(1, file.problems().size());
        assertTrue(
                file.problems().get(0).format().startsWith("no-such-population.csv: cannot read the file: "),
                file.problems().get(0).format());
    }
}
