package io.github.equalityframework.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.cli.Cli.Run;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.SelfAssessment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eflg init --format xlsx, eflg import and eflg assess on workbooks, through the real entry point. */
class WorkbookCommandsTest {
    private static final String M1 = "m1 Understanding and working wi";

    @TempDir
    Path dir;

    /**
     * The bar: a workbook holding the example assesses exactly as the YAML does, directly and
     * after import, and the imported YAML holds the same assessment.
     */
    @Test
    void theExampleAsAWorkbookAssessesExactlyAsItsYaml() throws IOException {
        Path workbook = dir.resolve("anytown.xlsx");
        Run init = Cli.eflg("init", "--from", Cli.EXAMPLE.toString(), "--format", "xlsx", "--out", workbook.toString());
        assertEquals(0, init.exitCode(), init.err());

        Path imported = dir.resolve("imported.yaml");
        Run imp = Cli.eflg("import", workbook.toString(), "--out", imported.toString());
        assertEquals(0, imp.exitCode(), imp.err());
        assertEquals("eflg: wrote " + imported + " (17 claims, 38 evidence items)\n", imp.err());

        String fromYaml = report(Cli.EXAMPLE);
        assertEquals(fromYaml, report(workbook));
        assertEquals(fromYaml, report(imported));

        Run direct = Cli.eflg("assess", workbook.toString(), "--today", "2024-12-01", "--fail-on", "none");
        Run yaml = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--today", "2024-12-01", "--fail-on", "none");
        assertEquals(yaml.exitCode(), direct.exitCode());
        // The same summary; only the places differ: a line and column there, a sheet and cell here.
        assertTrue(
                direct.out().contains(workbook + ":m3 Responsive services and cust!A3: error: The claim for m3/c1"),
                direct.out());
        assertEquals(withoutPlaces(yaml.out(), Cli.EXAMPLE), withoutPlaces(direct.out(), workbook));
    }

    /** A workbook in a folder takes the review named after it, as a YAML self-assessment does. */
    @Test
    void aWorkbookInAFolderIsValidatedWithTheReviewNamedAfterIt() throws IOException {
        Path workbook = dir.resolve("anytown-2025.xlsx");
        Run init = Cli.eflg(
                "init",
                "--from",
                Cli.DATA.resolve("anytown-2025.yaml").toString(),
                "--format",
                "xlsx",
                "--out",
                workbook.toString());
        assertEquals(0, init.exitCode(), init.err());
        Files.copy(Cli.DATA.resolve("anytown-2025-review.yaml"), dir.resolve("anytown-2025-review.yaml"));

        Run validate = Cli.eflg("validate", dir.toString());

        assertEquals(0, validate.exitCode(), validate.err());
        assertTrue(
                validate.out().startsWith(workbook + ": valid (lga-eflg-2021, ")
                        && validate.out().endsWith(", review anytown-2025-review.yaml)\n"),
                validate.out());
    }

    /**
     * The bar with a spreadsheet program in the loop: the example's workbook opened and saved
     * again by LibreOffice (headless, as .ci/run installs it) assesses exactly as the YAML does.
     */
    @Test
    void theExampleSavedAgainByLibreOfficeAssessesExactlyAsItsYaml() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed");
        Path workbook = dir.resolve("anytown.xlsx");
        assertEquals(
                0,
                Cli.eflg("init", "--from", Cli.EXAMPLE.toString(), "--format", "xlsx", "--out", workbook.toString())
                        .exitCode());
        Path out = Files.createDirectories(dir.resolve("resaved"));
        Process libreOffice = new ProcessBuilder(
                        soffice.toString(),
                        "--headless",
                        "--norestore",
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML",
                        "--outdir",
                        out.toString(),
                        workbook.toString())
                .redirectErrorStream(true)
                .start();
        String log = new String(libreOffice.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, libreOffice.waitFor(), log);
        Path saved = out.resolve("anytown.xlsx");

        assertEquals(report(Cli.EXAMPLE), report(saved));
        Run yaml = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--today", "2024-12-01", "--fail-on", "none");
        Run resaved = Cli.eflg("assess", saved.toString(), "--today", "2024-12-01", "--fail-on", "none");
        assertEquals(withoutPlaces(yaml.out(), Cli.EXAMPLE), withoutPlaces(resaved.out(), saved));
    }

    private static String withoutPlaces(String summary, Path file) {
        return summary.replace(file.toString(), "FILE").replaceAll("FILE:[^\\n]*?: (error|warning|info):", "FILE: $1:");
    }

    private String report(Path input) {
        Path json = dir.resolve(input.getFileName() + ".report.json");
        Run run = Cli.eflg(
                "assess",
                input.toString(),
                "--today",
                "2024-12-01",
                "--fail-on",
                "none",
                "--format",
                "json",
                "--out",
                json.toString());
        assertEquals(0, run.exitCode(), run.err());
        try {
            return Files.readString(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aBlankWorkbookFilledInImportsAsTheSameAssessmentTypedInYaml() throws IOException {
        Path workbook = dir.resolve("blank.xlsx");
        Run init = Cli.eflg(
                "init",
                "--framework",
                "lga-eflg-2021",
                "--format",
                "xlsx",
                "--organisation",
                "Anytown Borough Council",
                "--out",
                workbook.toString());
        assertEquals(0, init.exitCode(), init.err());
        assertEquals("eflg: wrote " + workbook + " (17 criteria)\n", init.err());

        fill(workbook, book -> {
            set(book, "Assessment", "B4", "E07000999");
            set(book, "Assessment", "B6", "2023-04-01");
            set(book, "Assessment", "B7", "2024-03-31");
            set(book, M1, "F3", "achieving");
            set(book, M1, "G3", "Our community profile is refreshed every year.");
            set(book, M1, "H3", "ev-01, ev-02");
            set(book, "Evidence", "A3", "ev-01");
            set(book, "Evidence", "B3", "Census 2021 community profile");
            set(book, "Evidence", "C3", "equality-data");
            cell(book, "Evidence", "D3").setCellValue(java.time.LocalDate.of(2023, 2, 14));
            set(book, "Evidence", "H3", "yes");
            set(book, "Evidence", "M3", "yes");
            set(book, "Evidence", "A4", "ev-02");
            set(book, "Evidence", "B4", "Annual equality report 2022/23");
            set(book, "Evidence", "C4", "annual-report");
            set(book, "Evidence", "D4", "18/7/2023");
        });
        Path imported = dir.resolve("filled.yaml");
        Run imp = Cli.eflg("import", workbook.toString(), "--out", imported.toString());
        assertEquals(0, imp.exitCode(), imp.err());

        SelfAssessment expected = ModelCodec.strict()
                .read(FILLED_IN, "expected.yaml", io.github.equalityframework.io.Format.YAML, SelfAssessment.class)
                .value()
                .orElseThrow();
        assertEquals(
                expected,
                ModelCodec.strict().readSelfAssessment(imported).value().orElseThrow());
        assertEquals(report(workbook), report(imported));
    }

    /** What the officer in the tests above types into a blank workbook, as YAML. */
    private static final String FILLED_IN = """
                organisation:
                  name: Anytown Borough Council
                  gssCode: E07000999
                framework: lga-eflg-2021
                period:
                  from: 2023-04-01
                  to: 2024-03-31
                claims:
                  - criterion: m1/c1
                    level: achieving
                    narrative: Our community profile is refreshed every year.
                    evidence: [ev-01, ev-02]
                evidence:
                  - id: ev-01
                    title: Census 2021 community profile
                    kind: equality-data
                    date: 2023-02-14
                    characteristics: [age, race]
                  - id: ev-02
                    title: Annual equality report 2022/23
                    kind: annual-report
                    date: 2023-07-18
                """;

    /**
     * The bar, filled in by a spreadsheet program: a blank workbook from eflg init, typed into in
     * LibreOffice Calc (through its scripting bridge, headless, as .ci/run installs it) and saved there,
     * imports as the same assessment typed in YAML and assesses as it does. Calc decides for itself what
     * typing makes a date: 2023-02-14 becomes a date cell, 18/7/2023 stays text the reader must read.
     */
    @Test
    void aBlankWorkbookFilledInWithLibreOfficeImportsAndAssessesAsTheSameYaml() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/soffice")) && Files.isExecutable(python),
                "LibreOffice is not installed");
        Path blank = dir.resolve("blank.xlsx");
        assertEquals(
                0,
                Cli.eflg(
                                "init",
                                "--framework",
                                "lga-eflg-2021",
                                "--format",
                                "xlsx",
                                "--organisation",
                                "Anytown Borough Council",
                                "--out",
                                blank.toString())
                        .exitCode());
        Path edits = dir.resolve("typed.tsv");
        Files.writeString(
                edits,
                String.join(
                                "\n",
                                List.of(
                                        "Assessment\tB4\tE07000999",
                                        "Assessment\tB6\t2023-04-01",
                                        "Assessment\tB7\t2024-03-31",
                                        M1 + "\tF3\tachieving",
                                        M1 + "\tG3\tOur community profile is refreshed every year.",
                                        M1 + "\tH3\tev-01, ev-02",
                                        "Evidence\tA3\tev-01",
                                        "Evidence\tB3\tCensus 2021 community profile",
                                        "Evidence\tC3\tequality-data",
                                        "Evidence\tD3\t2023-02-14",
                                        "Evidence\tH3\tyes",
                                        "Evidence\tM3\tyes",
                                        "Evidence\tA4\tev-02",
                                        "Evidence\tB4\tAnnual equality report 2022/23",
                                        "Evidence\tC4\tannual-report",
                                        "Evidence\tD4\t18/7/2023"))
                        + "\n");
        Path filled = dir.resolve("filled.xlsx");
        Process calc = new ProcessBuilder(
                        python.toString(),
                        Path.of("src/test/resources/libreoffice/fill.py").toString(),
                        blank.toString(),
                        filled.toString(),
                        edits.toString(),
                        dir.resolve("profile").toUri().toString())
                .redirectErrorStream(true)
                .start();
        String log = new String(calc.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, calc.waitFor(), log);

        Path imported = dir.resolve("filled.yaml");
        Run imp = Cli.eflg("import", filled.toString(), "--out", imported.toString());
        assertEquals(0, imp.exitCode(), imp.err());
        assertEquals("eflg: wrote " + imported + " (1 claim, 2 evidence items)\n", imp.err());
        SelfAssessment expected = ModelCodec.strict()
                .read(FILLED_IN, "expected.yaml", io.github.equalityframework.io.Format.YAML, SelfAssessment.class)
                .value()
                .orElseThrow();
        assertEquals(
                expected,
                ModelCodec.strict().readSelfAssessment(imported).value().orElseThrow());
        Path typed = Files.writeString(dir.resolve("typed.yaml"), FILLED_IN);
        assertEquals(report(typed), report(filled));
    }

    @Test
    void problemsInAWorkbookArePrintedWithSheetAndCellAndNothingIsWritten() throws IOException {
        Path workbook = dir.resolve("anytown.xlsx");
        assertEquals(
                0,
                Cli.eflg("init", "--from", Cli.EXAMPLE.toString(), "--out", workbook.toString())
                        .exitCode());
        fill(workbook, book -> {
            set(book, M1, "F4", "achievd");
            set(book, "Evidence", "D4", "someday");
        });
        Path out = dir.resolve("out.yaml");

        Run imp = Cli.eflg("import", workbook.toString(), "--out", out.toString());

        assertEquals(2, imp.exitCode());
        assertEquals(
                workbook + ":" + M1
                        + "!F4: claims[1].level: 'achievd' is not a level on the scale of lga-eflg-2021; did you mean"
                        + " 'achieving'?\n"
                        + workbook
                        + ":Evidence!D4: evidence[1].date: 'someday' is not a valid date; expected a date cell or a real"
                        + " calendar date as YYYY-MM-DD, e.g. 2024-03-31\n"
                        + workbook + ": 2 problems; nothing written\n",
                imp.err());
        assertFalse(Files.exists(out));

        Run assess = Cli.eflg("assess", workbook.toString());
        assertEquals(2, assess.exitCode());
        assertTrue(assess.err().contains(workbook + ":" + M1 + "!F4: claims[1].level: 'achievd'"), assess.err());
        assertFalse(assess.err().contains("Exception"), assess.err());
    }

    @Test
    void usageMistakesAreExplained() throws IOException {
        Run noFramework = Cli.eflg(
                "init", "--format", "xlsx", "--out", dir.resolve("a.xlsx").toString());
        assertEquals(2, noFramework.exitCode());
        assertTrue(
                noFramework.err().startsWith("eflg: Missing required option: '--framework=ID'\n"), noFramework.err());

        Run fromYaml = Cli.eflg(
                "init",
                "--from",
                Cli.EXAMPLE.toString(),
                "--out",
                dir.resolve("a.yaml").toString());
        assertEquals(2, fromYaml.exitCode());
        assertTrue(fromYaml.err().startsWith("eflg: --from fills a workbook; add --format xlsx\n"), fromYaml.err());

        Run notWorkbook = Cli.eflg(
                "import", Cli.EXAMPLE.toString(), "--out", dir.resolve("b.yaml").toString());
        assertEquals(2, notWorkbook.exitCode());
        assertTrue(
                notWorkbook
                        .err()
                        .startsWith("eflg: " + Cli.EXAMPLE
                                + " is not a workbook; import reads .xlsx files, and evidence registers and action plans"
                                + " (.csv)\n"),
                notWorkbook.err());

        Path text = Files.writeString(dir.resolve("fake.xlsx"), "not a workbook");
        Run fake = Cli.eflg(
                "import", text.toString(), "--out", dir.resolve("c.yaml").toString());
        assertEquals(2, fake.exitCode());
        assertEquals(
                text + ": not an .xlsx workbook: an .xlsx file is a zip archive, and this file is not one\n" + text
                        + ": 1 problem; nothing written\n",
                fake.err());
    }

    // ---- filling in a workbook as a person would

    private static void fill(Path file, Consumer<XSSFWorkbook> change) throws IOException {
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        }
        change.accept(book);
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        book.close();
    }

    private static void set(XSSFWorkbook book, String sheet, String ref, String value) {
        cell(book, sheet, ref).setCellValue(value);
    }

    private static Cell cell(XSSFWorkbook book, String sheet, String ref) {
        Sheet s = book.getSheet(sheet);
        CellReference at = new CellReference(ref);
        Row row = s.getRow(at.getRow()) == null ? s.createRow(at.getRow()) : s.getRow(at.getRow());
        return row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
    }
}
