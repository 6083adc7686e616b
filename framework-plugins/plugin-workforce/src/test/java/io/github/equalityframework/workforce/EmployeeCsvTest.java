package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmployeeCsvTest {
    static final String HEADER =
            "employee_id,sex,ethnic_group,disability,grade,hourly_pay,bonus_pay,relevant,full_pay_relevant,contract,working_pattern\n";
    static final String GOOD_ROW = "E1,female,White British,no,SO1,12.50,0,yes,yes,permanent,full-time\n";

    @TempDir
    Path dir;

    private static EmployeeFile read(String csv) {
        return EmployeeCsv.withDefaultColumns().read(new StringReader(csv), "staff.csv");
    }

    /** The one problem of a file whose header is followed by a good row and then {@code row}. */
    private static String problemOf(String row) {
        EmployeeFile file = read(HEADER + GOOD_ROW + row + "\n");
        assertEquals(1, file.problems().size(), () -> file.problems().toString());
        assertEquals(1, file.employees().size(), "the good row is kept, the bad one left out");
        return file.problems().get(0).format();
    }

    @Test
    void goodRowsBecomeEmployeeRecords() {
        EmployeeFile file = read(HEADER + GOOD_ROW + "E2,M,,,,,250.00,yes,no,,\n");

        assertTrue(file.isClean());
        assertEquals(
                new EmployeeRecord(
                        "E1",
                        Sex.FEMALE,
                        "White British",
                        DisabilityStatus.NOT_DISABLED,
                        "SO1",
                        new BigDecimal("12.50"),
                        BigDecimal.ZERO,
                        true,
                        true,
                        "permanent",
                        "full-time"),
                file.employees().get(0));
        EmployeeRecord onLeave = file.employees().get(1);
        assertEquals(Sex.MALE, onLeave.sex());
        assertNull(onLeave.ethnicGroup());
        assertEquals(DisabilityStatus.NOT_DECLARED, onLeave.disability());
        assertNull(onLeave.hourlyPay(), "not full-pay relevant");
        assertEquals(new BigDecimal("250.00"), onLeave.bonusPay());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "blank id | ,female,,,,12,,yes,yes,, | staff.csv:3:1: employee_id: the value is blank; every row needs a pseudonymous employee id",
                "repeated id | E1,female,,,,12,,yes,yes,, | staff.csv:3:1: employee_id: 'E1' is already used on row 2; ids must be unique",
                "blank sex | E2,,,,,12,,yes,yes,, | staff.csv:3:4: sex: the value is blank; write male, female, or other / not known",
                "unknown sex | E2,fem,,,,12,,yes,yes,, | staff.csv:3:4: sex: 'fem' is not a sex; write male (m), female (f), or other / not known",
                "unknown disability | E2,female,,maybe,,12,,yes,yes,, | staff.csv:3:12: disability: 'maybe' is not a disability status; write yes (disabled) or no (not disabled), or leave it blank when the employee has not said",
                "decimal comma | E2,female,,,,\"12,50\",,yes,yes,, | staff.csv:3:14: hourly_pay: '12,50' is not an amount in pounds; write digits with a decimal point and no thousands separators, e.g. 1234.50",
                "negative bonus | E2,female,,,,12,-5,yes,yes,, | staff.csv:3:17: bonus_pay: '-5' is negative; pay and bonus cannot be below 0",
                "hourly pay missing | E2,female,,,,,,yes,yes,, | staff.csv:3:14: hourly_pay: the value is blank, but the employee is full-pay relevant; give the hourly rate of pay",
                "hourly pay zero | E2,female,,,,0.00,,yes,yes,, | staff.csv:3:14: hourly_pay: '0.00' must be more than 0 for a full-pay relevant employee",
                "relevant not yes or no | E2,female,,,,12,,sometimes,yes,, | staff.csv:3:18: relevant: 'sometimes' is not yes or no",
                "relevant blank | E2,female,,,,12,,,no,, | staff.csv:3:18: relevant: the value is blank; write yes or no",
                "full pay but not relevant | E2,female,,,,12,,no,yes,, | staff.csv:3:21: full_pay_relevant: the employee is full-pay relevant but not relevant (relevant is no); a full-pay relevant employee must be a relevant employee (value 'yes')",
                "too many values | E2,female,,,,12,,yes,yes,,,extra | staff.csv:3:1: the row has 12 values but the header has 11 columns; a value with a comma must be in double quotes",
                "too few values | E2,female,,,,12 | staff.csv:3:1: the row has 6 values but the header has 11 columns"
            })
    void badValueIsReportedAtItsLineAndColumnWithItsHeaderAndValue(String what, String row, String message) {
        assertEquals(message, problemOf(row));
    }

    @Test
    void everyBadValueOfARowIsReported() {
        EmployeeFile file = read(HEADER + "E1,fem,,maybe,,abc,,yes,yes,,\n");

        assertEquals(
                List.of("sex", "disability", "hourly_pay"),
                file.problems().stream().map(RowProblem::header).toList());
        assertTrue(file.employees().isEmpty());
    }

    @Test
    void missingRequiredColumnsAreReportedOnTheHeaderRow() {
        EmployeeFile file = read("employee_id,sex,hourly_pay,relevant\nE1,female,12,yes\n");

        assertEquals(
                List.of(
                        "staff.csv:1:1: full_pay_relevant: the header has no column 'full_pay_relevant'; "
                                + "add it, or map the column that holds it with ColumnMapping.with(Column.FULL_PAY_RELEVANT, ...)"),
                file.problems().stream().map(RowProblem::format).toList());
        assertTrue(file.employees().isEmpty());
    }

    @Test
    void twoColumnsWithTheSameHeaderAreRefused() {
        EmployeeFile file = read("employee_id,sex,hourly_pay,relevant,full_pay_relevant,Sex\n");

        assertEquals(
                "staff.csv:1:55: Sex: two columns are headed 'Sex'; keep one",
                file.problems().get(0).format());
    }

    @Test
    void emptyFileIsReported() {
        assertEquals(
                "staff.csv:1:1: the file is empty; its first row must be the header",
                read("").problems().get(0).format());
    }

    @Test
    void unclosedQuoteStopsReadingAtTheRowWhereItStarts() {
        EmployeeFile file = read(HEADER + GOOD_ROW + "E2,female,\"Asian,,,12,,yes,yes,,\nE3,male,,,,12,,yes,yes,,\n");

        RowProblem problem = file.problems().get(0);
        assertEquals(3, problem.row());
        assertTrue(
                problem.format().startsWith("staff.csv:3:1: the row cannot be read (Missing closing quote"),
                problem.format());
        assertTrue(problem.format().endsWith("check its quotes. Reading stopped here."), problem.format());
        assertEquals(1, file.employees().size());
    }

    @Test
    void problemsAreOnThePhysicalLineWhenAQuotedValueSpansLines() {
        EmployeeFile file = read(HEADER + "E1,female,\"White\nBritish\",no,,12,,yes,yes,,\nE2,female,,,,,,yes,yes,,\n");

        assertEquals(3, file.problems().get(0).row(), "the row as a spreadsheet numbers it");
        assertEquals(
                "staff.csv:4:14: hourly_pay: the value is blank, but the employee is full-pay relevant; "
                        + "give the hourly rate of pay",
                file.problems().get(0).format());
    }

    @Test
    void aValueAfterAQuotedValueSpanningLinesIsPlacedOnTheLineItStartsOn() {
        EmployeeFile file = read(
                HEADER + "E1,female,\"White\r\nBritish\",maybe,,12,,yes,yes,,\r\n\"E2\nX\",fem,,,,12,,yes,yes,,\n");

        assertEquals(
                List.of(
                        "staff.csv:3:10: disability: 'maybe' is not a disability status; write yes (disabled) or no"
                                + " (not disabled), or leave it blank when the employee has not said",
                        "staff.csv:5:4: sex: 'fem' is not a sex; write male (m), female (f), or other / not known"),
                file.problems().stream().map(RowProblem::format).toList());
    }

    @Test
    void blankRowsAreSkippedAndStillCounted() {
        EmployeeFile file = read(HEADER + GOOD_ROW + "\n,,,,,,,,,,\nE2,female,,,,x,,yes,yes,,\n");

        assertEquals(5, file.problems().get(0).row());
        assertEquals(1, file.employees().size());
    }

    @Test
    void otherLayoutsAreReadThroughAColumnMapping() {
        ColumnMapping hr = ColumnMapping.defaults()
                .with(Column.EMPLOYEE_ID, "Pseudo ID")
                .with(Column.SEX, "Gender (payroll)")
                .with(Column.HOURLY_PAY, "Hourly rate")
                .with(Column.RELEVANT, "In post on snapshot")
                .with(Column.FULL_PAY_RELEVANT, "FPRE");
        String csv = "\uFEFFFPRE, Hourly rate ,Pseudo ID,GENDER (PAYROLL),In post on snapshot,Cost centre\n"
                + "Y,£14.25,P-001,F,Y,CC12\n";

        EmployeeFile file = EmployeeCsv.with(hr).read(new StringReader(csv), "hr-export.csv");

        assertEquals(List.of(), file.problems());
        EmployeeRecord e = file.employees().get(0);
        assertEquals("P-001", e.id());
        assertEquals(Sex.FEMALE, e.sex());
        assertEquals(new BigDecimal("14.25"), e.hourlyPay());
        assertEquals(DisabilityStatus.NOT_DECLARED, e.disability(), "no disability column");
        assertEquals("Hourly rate", hr.header(Column.HOURLY_PAY));
    }

    @Test
    void fileIsReadFromDisk() throws IOException {
        Path csv = dir.resolve("staff.csv");
        Files.writeString(csv, HEADER + GOOD_ROW);

        assertTrue(EmployeeCsv.withDefaultColumns().read(csv).isClean());
        EmployeeFile missing = EmployeeCsv.withDefaultColumns().read(dir.resolve("none.csv"));
        assertFalse(missing.isClean());
        assertTrue(missing.problems().get(0).message().startsWith("cannot read the file"));
    }
}
