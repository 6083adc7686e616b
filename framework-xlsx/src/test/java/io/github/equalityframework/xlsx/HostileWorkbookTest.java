package io.github.equalityframework.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not plain workbooks are refused with a message, never opened further, run or followed. */
class HostileWorkbookTest {
    private static final byte[] BLANK = new WorkbookWriter(TestFramework.catalogue())
            .write(WorkbookWriter.blank(
                    TestFramework.definition(), "Anytown Borough Council", java.time.LocalDate.of(2024, 6, 1)));

    @TempDir
    Path dir;

    private static String only(byte[] bytes) {
        ReadResult<SelfAssessment> read = new WorkbookReader().read(new ByteArrayInputStream(bytes), "in.xlsx");
        assertTrue(read.value().isEmpty(), "nothing is read from a refused file");
        return String.join(
                "\n", read.problems().stream().map(ValidationProblem::format).toList());
    }

    @Test
    void aBlankWorkbookReadsAsTheBlankAssessment() {
        ReadResult<SelfAssessment> read = new WorkbookReader().read(new ByteArrayInputStream(BLANK), "in.xlsx");
        assertEquals(List.of(), read.problems());
        assertEquals(
                WorkbookWriter.blank(
                        TestFramework.definition(), "Anytown Borough Council", java.time.LocalDate.of(2024, 6, 1)),
                read.value().orElseThrow());
    }

    @Test
    void textIsNotAWorkbook() {
        assertEquals(
                "in.xlsx: not an .xlsx workbook: an .xlsx file is a zip archive, and this file is not one",
                only("organisation:\n  name: x\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anOldBinaryWorkbookIsRefusedWithWhatToDo() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals(
                "in.xlsx: not an .xlsx workbook: this is an older .xls file or a workbook with a password;"
                        + " save it as an Excel Workbook (.xlsx) without a password",
                only(ole2));
    }

    @Test
    void aZipThatHoldsNoWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("in.xlsx: not an .xlsx workbook: the zip archive holds no workbook", only(bytes.toByteArray()));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("in.xlsx: the file is empty", only(new byte[0]));
    }

    @Test
    void aMissingFileIsReported() {
        ReadResult<SelfAssessment> read = new WorkbookReader().read(dir.resolve("nowhere.xlsx"));
        assertEquals(
                List.of(dir.resolve("nowhere.xlsx") + ": file not found"),
                read.problems().stream().map(ValidationProblem::format).toList());
    }

    @Test
    void aWorkbookWithMacrosIsRefused() {
        byte[] xlsm = Workbooks.edit(BLANK, b -> b.setWorkbookType(XSSFWorkbookType.XLSM));
        assertEquals(
                "in.xlsx: the workbook contains macros (.xlsm), which are never run or imported;"
                        + " save it as an Excel Workbook (.xlsx)",
                only(xlsm));
    }

    @Test
    void aWorkbookLinkedToAnotherFileIsRefused() throws IOException {
        byte[] linked;
        try (XSSFWorkbook other = new XSSFWorkbook()) {
            other.createSheet("Data");
            linked = Workbooks.edit(BLANK, b -> b.linkExternalWorkbook("other.xlsx", other));
        }
        assertEquals(
                "in.xlsx: the workbook links to other files (external links), which are never followed;"
                        + " break the links (in Excel: Data > Edit Links > Break Link) and save it again",
                only(linked));
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        // A sheet padded with whitespace after its root element: legal XML that packs at well over 100 to 1.
        String sheet = "xl/worksheets/sheet2.xml";
        byte[] original = Workbooks.entry(BLANK, sheet);
        byte[] padding = new byte[50_000_000];
        java.util.Arrays.fill(padding, (byte) ' ');
        byte[] bomb = new byte[original.length + padding.length];
        System.arraycopy(original, 0, bomb, 0, original.length);
        System.arraycopy(padding, 0, bomb, original.length, padding.length);
        byte[] zipped = Workbooks.rezip(BLANK, Map.of(sheet, bomb));
        assertTrue(zipped.length < 1_000_000, "packed size " + zipped.length);

        assertEquals(
                "in.xlsx: refused: a part of the workbook unpacks to far more than its packed size, as a zip bomb does;"
                        + " save the workbook again from a spreadsheet program",
                only(zipped));

        Path file = dir.resolve("bomb.xlsx");
        Files.write(file, zipped);
        assertEquals(
                List.of(file
                        + ": refused: a part of the workbook unpacks to far more than its packed size, as a zip bomb"
                        + " does; save the workbook again from a spreadsheet program"),
                new WorkbookReader()
                        .read(file).problems().stream()
                                .map(ValidationProblem::format)
                                .toList());
    }
}
