package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Employee files as councils' spreadsheets save them. */
class SpreadsheetFilesTest {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final String CSV = "employee_id,sex,grade,hourly_pay,relevant,full_pay_relevant\n"
            + "E1,female,Café manager,£12.50,yes,yes\n"
            + "E2,male,Café manager,£13.00,yes,yes\n";

    @TempDir
    Path dir;

    private Path file(byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.write(part);
        }
        return Files.write(dir.resolve("staff.csv"), bytes.toByteArray());
    }

    private static void assertReadsTheTwoEmployees(EmployeeFile file) {
        assertEquals(List.of(), file.problems());
        assertEquals(2, file.employees().size());
        assertEquals("Café manager", file.employees().get(0).grade());
        assertEquals("12.50", file.employees().get(0).hourlyPay().toPlainString());
    }

    @Test
    void excelsDefaultCsvInWindows1252WithAPoundSignIsRead() throws IOException {
        Path file = file(CSV.getBytes(WINDOWS_1252));
        assertEquals(0xA3, Files.readAllBytes(file)[CSV.indexOf('£')] & 0xFF, "£ is the one byte A3");

        assertReadsTheTwoEmployees(EmployeeCsv.withDefaultColumns().read(file));
    }

    @Test
    void utf8WithOrWithoutAByteOrderMarkAndUtf16AreRead() throws IOException {
        assertReadsTheTwoEmployees(EmployeeCsv.withDefaultColumns().read(file(CSV.getBytes(StandardCharsets.UTF_8))));
        assertReadsTheTwoEmployees(EmployeeCsv.withDefaultColumns()
                .read(file(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CSV.getBytes(StandardCharsets.UTF_8))));
        assertReadsTheTwoEmployees(EmployeeCsv.withDefaultColumns()
                .read(file(new byte[] {(byte) 0xFF, (byte) 0xFE}, CSV.getBytes(StandardCharsets.UTF_16LE))));
        assertReadsTheTwoEmployees(EmployeeCsv.withDefaultColumns()
                .read(file(new byte[] {(byte) 0xFE, (byte) 0xFF}, CSV.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void aFileInNoKnownEncodingIsRefusedAtTheLineAndColumnOfTheFirstByteThatDoesNotFit() throws IOException {
        Path file = file(
                CSV.getBytes(WINDOWS_1252), "E3,male,x\u0081,13.00,yes,yes\n".getBytes(StandardCharsets.ISO_8859_1));

        EmployeeFile read = EmployeeCsv.withDefaultColumns().read(file);

        assertEquals(
                List.of("staff.csv:4:10: the byte 81 is neither UTF-8 nor Windows-1252, so the file's encoding is "
                        + "unknown; in Excel, save the file as \"CSV UTF-8 (Comma delimited)\""),
                read.problems().stream().map(RowProblem::format).toList());
    }

    @Test
    void aNamedEncodingIsKeptToAndABadByteNamesItsLine() throws IOException {
        Path file = file(CSV.getBytes(WINDOWS_1252));

        assertReadsTheTwoEmployees(
                EmployeeCsv.withDefaultColumns().encoding(WINDOWS_1252).read(file));
        assertEquals(
                List.of("staff.csv:2:14: the byte E9 is not UTF-8 (in Windows-1252 it is 'é'); in Excel, save the "
                        + "file as \"CSV UTF-8 (Comma delimited)\", or give --encoding windows-1252"),
                EmployeeCsv.withDefaultColumns().encoding(StandardCharsets.UTF_8).read(file).problems().stream()
                        .map(RowProblem::format)
                        .toList());
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRefused() throws IOException {
        Path file = file(CSV.getBytes(StandardCharsets.UTF_16LE));

        assertEquals(
                List.of("staff.csv:1:1: the file looks like UTF-16 without a byte order mark; in Excel, save the "
                        + "file as \"CSV UTF-8 (Comma delimited)\", or give --encoding utf-16"),
                EmployeeCsv.withDefaultColumns().read(file).problems().stream()
                        .map(RowProblem::format)
                        .toList());
    }

    @Test
    void aHeaderWithoutRowsHasNoEmployees() throws IOException {
        Path file = file("employee_id,sex,hourly_pay,relevant,full_pay_relevant\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(
                List.of("staff.csv:2:1: no employees: the file has a header but no rows; list every employee on "
                        + "the snapshot date"),
                EmployeeCsv.withDefaultColumns().read(file).problems().stream()
                        .map(RowProblem::format)
                        .toList());
    }

    @Test
    void implausibleHourlyPayIsAWarningPerRow() throws IOException {
        Path file = file(("employee_id,sex,hourly_pay,relevant,full_pay_relevant\n"
                        + "E1,female,0.12,yes,yes\n"
                        + "E2,male,12.00,yes,yes\n"
                        + "E3,male,4500,yes,yes\n"
                        + "E4,female,5.72,yes,yes\n")
                .getBytes(StandardCharsets.UTF_8));

        EmployeeFile read = EmployeeCsv.withDefaultColumns().read(file);

        assertEquals(List.of(), read.problems());
        assertEquals(4, read.employees().size(), "warnings do not stop the analysis");
        assertEquals(
                List.of(
                        "staff.csv:2:11: hourly_pay: £0.12 an hour is below £5.72 (half the "
                                + "National Living Wage from April 2024); check it is pounds per hour, not pence",
                        "staff.csv:4:9: hourly_pay: £4500 an hour is above £500.00; check it is "
                                + "pounds per hour, not a yearly or monthly salary"),
                read.warnings().stream().map(RowProblem::format).toList());
    }
}
