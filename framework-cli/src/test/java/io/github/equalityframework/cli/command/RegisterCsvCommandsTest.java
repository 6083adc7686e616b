package io.github.equalityframework.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.cli.Cli.Run;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.SelfAssessment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eflg export} writes a self-assessment's evidence register as CSV; {@code eflg import} takes it back. */
class RegisterCsvCommandsTest {
    private static final ModelCodec CODEC = ModelCodec.strict();
    private static final String HEADER = "id,title,kind,date,location,characteristics,owner\n";

    @TempDir
    Path dir;

    private static SelfAssessment read(Path file) {
        return CODEC.readSelfAssessment(file).value().orElseThrow();
    }

    private Run importRegister(Path csv, Path assessment, Path out) {
        return Cli.eflg("import", csv.toString(), "--assessment", assessment.toString(), "--out", out.toString());
    }

    private Run importPlan(Path csv, Path assessment, Path out) {
        return Cli.eflg(
                "import",
                csv.toString(),
                "--action-plan",
                "--assessment",
                assessment.toString(),
                "--out",
                out.toString());
    }

    private static String lines(String text) {
        return text.replace("\r\n", "\n");
    }

    @Test
    void theRegisterExportedAndImportedBackGivesTheSameSelfAssessment() {
        Path csv = dir.resolve("register.csv");
        Path out = dir.resolve("anytown-2025.yaml");

        Run export = Cli.eflg("export", Cli.SECOND_YEAR.toString(), "--out", csv.toString());
        Run back = importRegister(csv, Cli.SECOND_YEAR, out);

        assertEquals(0, export.exitCode(), export.err());
        assertEquals("eflg: wrote " + csv + " (51 evidence items)\n", lines(export.err()));
        assertEquals(0, back.exitCode(), back.err());
        assertEquals("eflg: wrote " + out + " (17 claims, 51 evidence items)\n", lines(back.err()));
        assertEquals(read(Cli.SECOND_YEAR), read(out));
    }

    @Test
    void aTitleASpreadsheetWouldRunIsExportedAsTextAndComesBackAsWritten() throws IOException {
        Path assessment = dir.resolve("a.yaml");
        Files.writeString(
                assessment,
                Files.readString(Cli.SECOND_YEAR)
                        .replace(
                                "title: Census 2021 community profile\n",
                                "title: \"=HYPERLINK(\\\"http://evil.example\\\", \\\"Census\\\")\"\n"));
        Path csv = dir.resolve("register.csv");
        Path out = dir.resolve("b.yaml");

        assertEquals(
                0,
                Cli.eflg("export", assessment.toString(), "--out", csv.toString())
                        .exitCode());
        Run back = importRegister(csv, assessment, out);

        assertTrue(
                Files.readString(csv)
                        .contains(
                                "\r\nev-02,\"'=HYPERLINK(\"\"http://evil.example\"\", \"\"Census\"\")\",equality-data,"),
                Files.readString(csv));
        assertEquals(0, back.exitCode(), back.err());
        assertEquals(
                "=HYPERLINK(\"http://evil.example\", \"Census\")",
                read(out).evidence().get(1).title());
        assertEquals(read(assessment), read(out));
    }

    @Test
    void evidenceCountsAndPartsAreExportedAndImportedBack() throws IOException {
        Path csv = dir.resolve("register.csv");
        Path out = dir.resolve("anytown-2024.yaml");

        Run export = Cli.eflg("export", Cli.EXAMPLE.toString(), "--out", csv.toString());
        Run back = importRegister(csv, Cli.EXAMPLE, out);

        assertEquals(0, export.exitCode(), export.err());
        assertTrue(
                Files.readAllLines(csv).stream()
                        .anyMatch(l -> l.startsWith("ev-16,") && l.matches(".*,[0-9]+,.+: [0-9]+.*")),
                Files.readString(csv));
        assertEquals(0, back.exitCode(), back.err());
        assertEquals(read(Cli.EXAMPLE), read(out));
    }

    @Test
    void theActionPlanExportedAndImportedBackGivesTheSameSelfAssessment() {
        Path csv = dir.resolve("plan.csv");
        Path out = dir.resolve("anytown-2025.yaml");

        Run export = Cli.eflg("export", Cli.SECOND_YEAR.toString(), "--action-plan", "--out", csv.toString());
        Run back = importPlan(csv, Cli.SECOND_YEAR, out);

        assertEquals(0, export.exitCode(), export.err());
        long actions = read(Cli.SECOND_YEAR).actionPlan().entries().stream()
                .mapToLong(e -> e.actions().size())
                .sum();
        assertEquals("eflg: wrote " + csv + " (" + actions + " planned actions)\n", lines(export.err()));
        assertEquals(0, back.exitCode(), back.err());
        assertEquals(read(Cli.SECOND_YEAR), read(out));
    }

    @Test
    void aProgressNoteWrittenInTheCsvJoinsTheActionsNotes() throws IOException {
        Path csv = dir.resolve("plan.csv");
        Path out = dir.resolve("a.yaml");
        assertEquals(
                0,
                Cli.eflg("export", Cli.SECOND_YEAR.toString(), "--action-plan", "--out", csv.toString())
                        .exitCode());
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(rows.get(0).split(","));
        String[] first = rows.get(1).split(",", -1);
        first[header.indexOf("progress date")] = "2026-01-15";
        first[header.indexOf("progress")] = "'=Reported to scrutiny";
        rows.set(1, String.join(",", first));
        Files.write(csv, rows, StandardCharsets.UTF_8);

        Run run = importPlan(csv, Cli.SECOND_YEAR, out);

        assertEquals(0, run.exitCode(), run.err());
        var before = read(Cli.SECOND_YEAR)
                .actionPlan()
                .entries()
                .get(0)
                .actions()
                .get(0)
                .progress();
        var after = read(out).actionPlan().entries().get(0).actions().get(0).progress();
        assertEquals(before, after.subList(0, before.size()));
        assertEquals(before.size() + 1, after.size());
        assertEquals(
                "=Reported to scrutiny", after.get(after.size() - 1).note(), "the apostrophe export adds is taken off");
    }

    @Test
    void aBadValueInThePlanIsPlacedAtItsLineAndNothingIsWritten() throws IOException {
        Path csv = dir.resolve("plan.csv");
        assertEquals(
                0,
                Cli.eflg("export", Cli.SECOND_YEAR.toString(), "--action-plan", "--out", csv.toString())
                        .exitCode());
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        // The second action's status, the last of the status words on its line.
        rows.set(2, rows.get(2).replaceFirst("(.*),(not_started|on_track|at_risk|overdue|complete),", "$1,done,"));
        Files.write(csv, rows, StandardCharsets.UTF_8);
        Path out = dir.resolve("a.yaml");

        Run run = importPlan(csv, Cli.SECOND_YEAR, out);

        assertEquals(2, run.exitCode());
        assertTrue(
                lines(run.err()).startsWith(csv + ":3:" + (rows.get(2).indexOf(",done,") + 2) + ": actionPlan.entries[")
                        && lines(run.err()).contains("].status: unknown value 'done'; expected one of:"),
                run.err());
        assertTrue(lines(run.err()).endsWith(csv + ": 1 problem; nothing written\n"), run.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void aQuoteNeverClosedInThePlanIsReportedAtItsLine() throws IOException {
        Path csv = Files.writeString(
                dir.resolve("plan.csv"),
                "recommendation,module,roles,response,comment,action id,action,lead,due,timescale,status,next steps\n"
                        + "R1,m1,,accepted,,A1,\"Do it,Head of Policy,2026-03-31,,on_track,\n"
                        + "R1,m1,,accepted,,A2,Then this,Head of Policy,2026-03-31,,on_track,\n");

        Run run = importPlan(csv, Cli.SECOND_YEAR, dir.resolve("a.yaml"));

        assertEquals(2, run.exitCode());
        assertEquals(
                csv + ":2:21: the quote that opens this value is never closed, so the rest of the file would be one"
                        + " value; end the value with a quote, and write a quote inside it twice (\"\")\n"
                        + csv + ": 1 problem; nothing written\n",
                lines(run.err()));
    }

    @Test
    void exportOfAPlanRefusesASelfAssessmentWithoutOne() {
        Path csv = dir.resolve("plan.csv");
        Path brookfield = Cli.DATA.resolve("brookfield-2025.yaml");

        Run run = Cli.eflg("export", brookfield.toString(), "--action-plan", "--out", csv.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(
                "eflg: " + brookfield + " has no action plan; nothing written (an action plan kept in a file of its"
                        + " own is already YAML or JSON)\n",
                lines(run.err()));
        assertTrue(Files.notExists(csv));
    }

    @Test
    void aPlanNeedsTheSelfAssessmentItBelongsToAndIsCsv() throws IOException {
        Path csv = Files.writeString(dir.resolve("plan.csv"), "recommendation\n");

        Run alone = Cli.eflg(
                "import",
                csv.toString(),
                "--action-plan",
                "--out",
                dir.resolve("a.yaml").toString());
        Run workbook = Cli.eflg(
                "import",
                dir.resolve("a.xlsx").toString(),
                "--action-plan",
                "--out",
                dir.resolve("b.yaml").toString());

        assertEquals(2, alone.exitCode());
        assertEquals(
                "eflg: " + csv + " is an action plan; name the self-assessment it belongs to with --assessment FILE\n"
                        + "Run 'eflg import --help' for usage.\n",
                lines(alone.err()));
        assertEquals(2, workbook.exitCode());
        assertEquals(
                "eflg: --action-plan goes with an action plan in CSV (.csv); a workbook is a whole self-assessment\n"
                        + "Run 'eflg import --help' for usage.\n",
                lines(workbook.err()));
    }

    @Test
    void exportWritesOnlyCsv() {
        Path out = dir.resolve("register.yaml");

        Run run = Cli.eflg("export", Cli.SECOND_YEAR.toString(), "--out", out.toString());

        assertEquals(2, run.exitCode());
        assertEquals(
                "eflg: cannot tell the format of " + out + "; eflg export writes CSV, name it .csv\n"
                        + "Run 'eflg export --help' for usage.\n",
                lines(run.err()));
    }

    @Test
    void aRegisterNeedsTheSelfAssessmentItBelongsTo() throws IOException {
        Path csv = Files.writeString(dir.resolve("register.csv"), HEADER);

        Run run = Cli.eflg(
                "import", csv.toString(), "--out", dir.resolve("a.yaml").toString());

        assertEquals(2, run.exitCode());
        assertEquals(
                "eflg: " + csv + " is an evidence register; name the self-assessment it belongs to with"
                        + " --assessment FILE\nRun 'eflg import --help' for usage.\n",
                lines(run.err()));
    }

    @Test
    void aQuoteNeverClosedIsReportedAtItsLineAndNothingIsWritten() throws IOException {
        Path csv = Files.writeString(
                dir.resolve("register.csv"),
                HEADER + "ev-01,Census,equality-data,2023-02-14,,,\n"
                        + "ev-02,\"Annual report,annual-report,2023-07-18,,,\n"
                        + "ev-03,Minutes,minutes,2023-09-01,,,\n");
        Path out = dir.resolve("a.yaml");

        Run run = importRegister(csv, Cli.SECOND_YEAR, out);

        assertEquals(2, run.exitCode());
        assertEquals(
                csv + ":3:7: the quote that opens this value is never closed, so the rest of the file would be one"
                        + " value; end the value with a quote, and write a quote inside it twice (\"\")\n"
                        + csv + ": 1 problem; nothing written\n",
                lines(run.err()));
        assertTrue(Files.notExists(out));
    }

    @Test
    void textAfterAClosingQuoteIsReportedAtItsLine() throws IOException {
        Path csv = Files.writeString(
                dir.resolve("register.csv"), HEADER + "ev-01,\"Census\" 2021,equality-data,2023-02-14,,,\n");

        Run run = importRegister(csv, Cli.SECOND_YEAR, dir.resolve("a.yaml"));

        assertEquals(2, run.exitCode());
        assertEquals(
                csv + ":2:7: text after the closing quote of this value; quote the whole value, and write a quote"
                        + " inside it twice (\"\")\n" + csv + ": 1 problem; nothing written\n",
                lines(run.err()));
    }

    @Test
    void aBadValueIsPlacedInTheRegisterAndAClaimCitingMissingEvidenceInTheSelfAssessment() throws IOException {
        Path full = dir.resolve("full.csv");
        assertEquals(
                0,
                Cli.eflg("export", Cli.SECOND_YEAR.toString(), "--out", full.toString())
                        .exitCode());
        List<String> rows = Files.readAllLines(full, StandardCharsets.UTF_8);
        // ev-02 left out; ev-03's date written the British way
        String edited = String.join(
                        "\n", rows.stream().filter(r -> !r.startsWith("ev-02,")).toList())
                .replace(",annual-report,2023-07-18,", ",annual-report,18/07/2023,");
        Path csv = Files.writeString(dir.resolve("register.csv"), edited + "\n");

        Run run = importRegister(csv, Cli.SECOND_YEAR, dir.resolve("a.yaml"));

        assertEquals(2, run.exitCode());
        assertEquals(
                csv + ":3:" + (edited.lines().toList().get(2).indexOf("18/07/2023") + 1)
                        + ": evidence[1].date: '18/07/2023' is not a valid date; expected a real calendar date as"
                        + " YYYY-MM-DD, e.g. 2024-03-31\n"
                        + csv + ": 1 problem; nothing written\n",
                lines(run.err()));

        Files.writeString(csv, edited.replace(",annual-report,18/07/2023,", ",annual-report,2023-07-18,") + "\n");
        run = importRegister(csv, Cli.SECOND_YEAR, dir.resolve("a.yaml"));

        assertEquals(2, run.exitCode());
        assertTrue(
                lines(run.err())
                        .startsWith(Cli.SECOND_YEAR + ":36:16: claims[0].evidence[0]: 'ev-02' is not in the evidence"
                                + " register\n"),
                run.err());
        assertTrue(lines(run.err()).endsWith(csv + ": " + "1 problem; nothing written\n"), run.err());
    }
}
