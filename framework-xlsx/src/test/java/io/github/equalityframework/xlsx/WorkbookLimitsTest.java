package io.github.equalityframework.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.io.ReadLimits;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Workbooks are read within the same limits as YAML and JSON (the longest text, the most text, the
 * plausible dates) and limits of their own (rows, cells, unpacked XML), each reported with the cell
 * where it was reached; a hostile workbook is stopped there instead of being read whole.
 */
class WorkbookLimitsTest {
    private static final byte[] BLANK = new WorkbookWriter(TestFramework.catalogue())
            .write(WorkbookWriter.blank(
                    TestFramework.definition(), "Anytown Borough Council", java.time.LocalDate.of(2024, 6, 1)));
    private static final String FIRST_SHEET = "xl/worksheets/sheet1.xml";

    private static List<String> problems(byte[] workbook) {
        ReadResult<SelfAssessment> read = new WorkbookReader().read(new ByteArrayInputStream(workbook), "in.xlsx");
        return read.problems().stream().map(ValidationProblem::format).toList();
    }

    /** The blank workbook with its first sheet's data replaced. */
    private static byte[] withFirstSheet(String sheetData) {
        String sheet = new String(Workbooks.entry(BLANK, FIRST_SHEET), StandardCharsets.UTF_8)
                .replaceFirst("(?s)<sheetData>.*</sheetData>|<sheetData/>", "<sheetData>" + sheetData + "</sheetData>");
        return Workbooks.rezip(BLANK, Map.of(FIRST_SHEET, sheet.getBytes(StandardCharsets.UTF_8)));
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** Letters that do not compress far, so that the zip-bomb check does not stop the workbook first. */
    private static String noise(int length) {
        java.util.Random random = new java.util.Random(length);
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(text);
    }

    private static String firstSheetName() {
        String workbook = new String(Workbooks.entry(BLANK, "xl/workbook.xml"), StandardCharsets.UTF_8);
        return workbook.replaceFirst("(?s).*?<sheet name=\"([^\"]*)\".*", "$1");
    }

    @Test
    void aSheetWithMoreRowsThanTheLimitIsStoppedAtTheFirstRowPastIt() {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= WorkbookLimits.MAX_ROWS + 5; r++) {
            rows.append("<row r=\"")
                    .append(r)
                    .append("\">")
                    .append(inline("A" + r, "x"))
                    .append("</row>");
        }

        assertEquals(
                List.of("in.xlsx:" + firstSheetName() + "!A10001: the sheet has more than the limit of 10000 rows with"
                        + " something in them"),
                problems(withFirstSheet(rows.toString())));
    }

    @Test
    void aCellLongerThanTheLimitIsReportedAtTheCell() {
        String sheet = "<row r=\"3\">" + inline("C3", noise(1_000_001)) + "</row>";

        assertEquals(
                List.of("in.xlsx:" + firstSheetName()
                        + "!C3: the cell holds more than the limit of 1000000 characters"),
                problems(withFirstSheet(sheet)));
    }

    @Test
    void aSharedTextLongerThanTheLimitIsReportedAtTheCellThatUsesIt() {
        byte[] marked =
                Workbooks.edit(BLANK, b -> Workbooks.cell(b, "Evidence", "B3").setCellValue("LONG-TEXT"));
        String strings = new String(Workbooks.entry(marked, "xl/sharedStrings.xml"), StandardCharsets.UTF_8);
        byte[] huge = Workbooks.rezip(
                marked,
                Map.of(
                        "xl/sharedStrings.xml",
                        strings.replace("LONG-TEXT", noise(3_000_000)).getBytes(StandardCharsets.UTF_8)));

        assertEquals(
                List.of("in.xlsx:Evidence!B3: the cell holds more than the limit of 1000000 characters"),
                problems(huge));
    }

    @Test
    void moreTextThanTheDocumentLimitIsReportedWhereItIsReached() {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 9; r++) {
            rows.append("<row r=\"").append(r).append("\">").append(inline("B" + r, noise(1_000_000)));
            rows.append("</row>");
        }

        assertEquals(
                List.of("in.xlsx:" + firstSheetName() + "!B9: the workbook holds more than the limit of 8388608"
                        + " characters of text"),
                problems(withFirstSheet(rows.toString())));
    }

    @Test
    void anExcel4MacroSheetIsRefusedLikeMacros() {
        String types = new String(Workbooks.entry(BLANK, "[Content_Types].xml"), StandardCharsets.UTF_8)
                .replace(
                        "</Types>",
                        "<Override PartName=\"/xl/macrosheets/sheet1.xml\""
                                + " ContentType=\"application/vnd.ms-excel.macrosheet+xml\"/></Types>");
        byte[] withMacros = Workbooks.rezip(
                BLANK,
                Map.of(
                        "[Content_Types].xml",
                        types.getBytes(StandardCharsets.UTF_8),
                        "xl/macrosheets/sheet1.xml",
                        "<xm:macrosheet xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\"/>"
                                .getBytes(StandardCharsets.UTF_8)));

        assertEquals(
                List.of("in.xlsx: the workbook contains macros (an Excel 4.0 macro sheet), which are never run or"
                        + " imported; delete the macro sheet and save it as an Excel Workbook (.xlsx)"),
                problems(withMacros));
    }

    @Test
    void unpackingStopsAtTheXmlLimit() throws IOException {
        WorkbookLimits limits = new WorkbookLimits(ReadLimits.DEFAULTS, 10, 10, 1024 * 1024);
        InputStream endless = limits.counted(new InputStream() {
            @Override
            public int read() {
                return '<';
            }
        });

        WorkbookLimits.Reached reached =
                assertThrows(WorkbookLimits.Reached.class, () -> endless.readNBytes(5_000_000));
        assertEquals(
                "the workbook unpacks to more than the limit of 1 MiB of XML; save it again from a spreadsheet program,"
                        + " without empty formatted rows",
                reached.getMessage());
    }

    @Test
    void aDamagedCellReferenceIsNamedWithItsSheetNotAParserMessage() {
        assertEquals(
                List.of("in.xlsx:" + firstSheetName()
                        + ": the sheet's XML has 'A1x' where a cell reference belongs; the"
                        + " workbook is damaged: save it again from a spreadsheet program"),
                problems(withFirstSheet("<row r=\"1\">" + inline("A1x", "x") + "</row>")));
        assertEquals(
                List.of("in.xlsx:" + firstSheetName() + "!B2: the sheet's XML has 'abc' where a shared text's number"
                        + " belongs; the workbook is damaged: save it again from a spreadsheet program"),
                problems(withFirstSheet("<row r=\"2\"><c r=\"B2\" t=\"s\"><v>abc</v></c></row>")));
    }

    @Test
    void aDoctypeIsRefusedInWordsNotByTheParsersFeatureName() {
        String sheet = new String(Workbooks.entry(BLANK, FIRST_SHEET), StandardCharsets.UTF_8)
                .replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY e \"x\">]><worksheet");

        assertEquals(
                List.of("in.xlsx: refused: a part of the workbook declares an XML DOCTYPE, which workbooks never need"
                        + " and XML entity attacks use; save the workbook again from a spreadsheet program"),
                problems(Workbooks.rezip(BLANK, Map.of(FIRST_SHEET, sheet.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void theLimitsAreTheDocumentedOnes() {
        WorkbookLimits limits = WorkbookLimits.defaults();

        assertEquals(10_000, limits.maxRows);
        assertEquals(1_000_000, limits.maxCells);
        assertEquals(1_000_000, limits.maxCellLength);
        assertEquals(8 * 1024 * 1024, limits.maxText);
        assertEquals(128L * 1024 * 1024, limits.maxXmlBytes);
    }

    @Test
    void cellsPastTheLimitAreStoppedAtTheFirstOnePastIt() {
        WorkbookLimits limits = new WorkbookLimits(ReadLimits.DEFAULTS, 10, 3, 1024);
        limits.cell("Evidence!A3");
        limits.cell("Evidence!B3");
        limits.cell("Evidence!C3");

        WorkbookLimits.Reached reached = assertThrows(WorkbookLimits.Reached.class, () -> limits.cell("Evidence!D3"));
        assertEquals("Evidence!D3", reached.where);
        assertEquals("the workbook has more than the limit of 3 cells with something in them", reached.getMessage());
    }

    @Test
    void aBlankWorkbookIsWellWithinTheLimits() {
        assertTrue(new WorkbookReader()
                .read(new ByteArrayInputStream(BLANK), "in.xlsx")
                .problems()
                .isEmpty());
    }
}
