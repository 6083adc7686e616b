package io.github.equalityframework.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.cli.Cli.Run;
import io.github.equalityframework.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class WorkforceCommandTest {
    public static final Path WORKFORCE = Path.of("..", "examples", "data", "anytown-workforce.csv");
    public static final Path POPULATION = Path.of("..", "examples", "data", "anytown-population.csv");

    @TempDir
    Path dir;

    @Test
    void theGeneratedExamplePrintsTheSixMeasuresAndWritesAReport() throws IOException {
        Path out = dir.resolve("workforce.html");

        Run run = Cli.eflg(
                "workforce", WORKFORCE.toString(), "--population", POPULATION.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.out()
                        .startsWith(
                                "2955 relevant employees (2808 full-pay relevant); 250 or more: the gender pay gap must be published\n"
                                        + "Gender pay gap, statutory: men and women, whatever the group sizes (positive: women are paid less)\n"
                                        + "  1. Mean hourly pay gap     8.4%\n"
                                        + "  2. Median hourly pay gap   8.0%\n"
                                        + "  3. Mean bonus gap          5.8%\n"
                                        + "  4. Median bonus gap        6.7%\n"
                                        + "  5. Paid a bonus            men 7.0%, women 8.1%\n"
                                        + "  6. Hourly pay quartiles    men / women\n"
                                        + "     lower                  32.0% / 68.0%\n"),
                run.out());
        assertTrue(run.out().contains("Declaration rates: ethnicity 88.4%, disability 82.2%\n"), run.out());
        assertTrue(
                run.out()
                        .contains(
                                "info: Nobody in grade Grade 8 (172 relevant employees) is in the ethnicity group Black"),
                run.out());
        assertTrue(run.out().endsWith("Report written to " + out + "\n"), run.out());
        String html = Files.readString(out);
        assertTrue(html.startsWith("<!doctype html>") && html.contains("<svg "));
        assertFalse(html.contains("anon-"), "no employee id in the report");
    }

    @Test
    void theFormatComesFromTheOptionOrTheExtension() throws IOException {
        Path json = dir.resolve("report.txt");
        assertEquals(
                0,
                Cli.eflg(
                                "workforce",
                                WORKFORCE.toString(),
                                "--format",
                                "json",
                                "--threshold",
                                "1",
                                "--out",
                                json.toString())
                        .exitCode());
        assertTrue(
                Files.readString(json).contains("\"minimumGroupSize\" : 1"),
                Files.readString(json).substring(0, 300));

        Run unknown = Cli.eflg(
                "workforce",
                WORKFORCE.toString(),
                "--out",
                dir.resolve("report.pdf").toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("eflg: cannot tell the report format from '"), unknown.err());
    }

    @Test
    void badRowsAreListedAndNoReportIsWritten() throws IOException {
        Path staff = Files.writeString(dir.resolve("staff.csv"), """
                employee_id,sex,hourly_pay,relevant,full_pay_relevant
                e1,female,12.50,yes,yes
                e2,robot,12,yes,yes
                e3,male,"12,50",yes,yes
                """);
        Path population = Files.writeString(dir.resolve("area.csv"), "characteristic,group,percent\nsex,female,151\n");
        Path out = dir.resolve("report.md");

        Run run =
                Cli.eflg("workforce", staff.toString(), "--population", population.toString(), "--out", out.toString());

        assertEquals(2, run.exitCode());
        assertEquals("""
                staff.csv:3:4: sex: 'robot' is not a sex; write male (m), female (f), or other / not known
                staff.csv:4:9: hourly_pay: '12,50' is not an amount in pounds; write digits with a decimal point and no thousands separators, e.g. 1234.50
                area.csv:2:12: percent: '151' is not a percentage; write a number from 0 to 100, e.g. 12.5
                eflg: 3 problems; no report written
                """, run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMappingFileReadsAnotherLayout() throws IOException {
        Path staff = Files.writeString(
                dir.resolve("hr.csv"), "Pseudo ID,Gender,Rate,In post,FPRE\ne1,f,12.50,y,y\ne2,m,14.00,y,y\n");
        Path mapping = Files.writeString(
                dir.resolve("hr.mapping"),
                "employee_id = Pseudo ID\nsex = Gender\nhourly_pay = Rate\n"
                        + "relevant = In post\nfull_pay_relevant = FPRE\n");

        Run run = Cli.eflg(
                "workforce",
                staff.toString(),
                "--mapping",
                mapping.toString(),
                "--threshold",
                "1",
                "--out",
                dir.resolve("r.md").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  1. Mean hourly pay gap     10.7%\n"), run.out());

        Path bad = Files.writeString(dir.resolve("bad.mapping"), "pay = Rate\n");
        Run refused = Cli.eflg(
                "workforce",
                staff.toString(),
                "--mapping",
                bad.toString(),
                "--out",
                dir.resolve("r.md").toString());
        assertEquals(2, refused.exitCode());
        assertTrue(
                refused.err()
                        .startsWith("bad.mapping: line 1: 'pay' is not a column; the columns are employee_id, sex, "),
                refused.err());
    }

    @Test
    void outIsRequiredAndTheThresholdMustBePositive() {
        Run noOut = Cli.eflg("workforce", WORKFORCE.toString());
        assertEquals(2, noOut.exitCode());
        assertTrue(noOut.err().startsWith("eflg: Missing required option: '--out=PATH'"), noOut.err());

        Run zero = Cli.eflg(
                "workforce",
                WORKFORCE.toString(),
                "--threshold",
                "0",
                "--out",
                dir.resolve("r.md").toString());
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().startsWith("eflg: --threshold must be at least 1, not 0"), zero.err());
    }

    /*
     * 30 men, 25 women, 4 employees of another sex. The 4 are withheld in the voluntary breakdown by sex, and the
     * women's 25 with them; the six statutory figures, men against women, are printed all the same.
     */
    @Test
    void theSummaryPrintsTheStatutoryFiguresWhateverTheGroupSizes() throws IOException {
        StringBuilder csv = new StringBuilder("employee_id,sex,hourly_pay,bonus_pay,relevant,full_pay_relevant\n");
        for (int i = 0; i < 59; i++) {
            String sex = i < 30 ? "male" : i < 55 ? "female" : "other";
            csv.append("e")
                    .append(i)
                    .append(',')
                    .append(sex)
                    .append(',')
                    .append(12 + i % 7)
                    .append(".00,")
                    .append(i % 5 == 0 ? "0" : "100")
                    .append(",yes,yes\n");
        }
        Path staff = Files.writeString(dir.resolve("staff.csv"), csv);
        Path out = dir.resolve("report.json");

        Run run = Cli.eflg("workforce", staff.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        String six = run.out().substring(0, run.out().indexOf("Declaration rates"));
        assertTrue(six.startsWith("""
                59 relevant employees (59 full-pay relevant)
                Gender pay gap, statutory: men and women, whatever the group sizes (positive: women are paid less)
                  1. Mean hourly pay gap     """), run.out());
        // 24 of the 30 men and 20 of the 25 women were paid a bonus (every fifth employee was not).
        assertTrue(six.contains("  5. Paid a bonus            men 80.0%, women 80.0%"), run.out());
        assertFalse(six.contains("[c]"), run.out());
        String json = Files.readString(out);
        // bySex comes first: its undeclared count, the 4, is withheld.
        assertTrue(
                java.util.regex.Pattern.compile("\"undeclared\"\\s*:\\s*\\{\\s*\"status\"\\s*:\\s*\"SUPPRESSED\"")
                        .matcher(json.substring(0, json.indexOf("byEthnicity")))
                        .find(),
                "the 4 are withheld");
    }

    @Test
    void aHeaderWithoutRowsIsBadInput() throws IOException {
        Path staff =
                Files.writeString(dir.resolve("staff.csv"), "employee_id,sex,hourly_pay,relevant,full_pay_relevant\n");

        Run run = Cli.eflg(
                "workforce", staff.toString(), "--out", dir.resolve("r.json").toString());

        assertEquals(2, run.exitCode());
        assertEquals(
                "staff.csv:2:1: no employees: the file has a header but no rows; list every employee on the snapshot "
                        + "date\neflg: 1 problem; no report written\n",
                run.err());
        assertFalse(Files.exists(dir.resolve("r.json")));
    }

    @Test
    void anOutputThatCannotBeWrittenIsBadInputWithTheSystemsReason() throws IOException {
        Path staff = Files.writeString(
                dir.resolve("staff.csv"),
                "employee_id,sex,hourly_pay,relevant,full_pay_relevant\nE1,female,12.00,yes,yes\n");
        Path inTheWay = Files.writeString(dir.resolve("a-file"), "");
        Path out = inTheWay.resolve("report.json");

        Run run = Cli.eflg("workforce", staff.toString(), "--out", out.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("eflg: cannot write " + out + ": "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aWindows1252FileIsReadAndImplausiblePayIsAWarning() throws IOException {
        Path staff = Files.write(
                dir.resolve("staff.csv"),
                ("employee_id,sex,hourly_pay,relevant,full_pay_relevant\nE1,female,£12.00,yes,yes\n"
                                + "E2,male,£1250.00,yes,yes\n")
                        .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Path out = dir.resolve("report.md");

        Run run = Cli.eflg(
                "workforce",
                staff.toString(),
                "--organisation",
                "Anytown Borough Council",
                "--snapshot-date",
                "2024-03-31",
                "--out",
                out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "warning: staff.csv:3:9: hourly_pay: £1250.00 an hour is above £500.00; "
                        + "check it is pounds per hour, not a yearly or monthly salary\n",
                run.err());
        String report = Files.readString(out);
        assertTrue(
                report.startsWith("# Workforce equality report: Anytown Borough Council, snapshot 2024-03-31"), report);
        assertTrue(report.contains("Snapshot date 31 March 2024, the date public authorities use."), report);
    }

    @Test
    void anUnknownEncodingIsRefused() throws IOException {
        Path staff = Files.writeString(dir.resolve("staff.csv"), "employee_id\n");

        Run run = Cli.eflg(
                "workforce",
                staff.toString(),
                "--encoding",
                "latin-9",
                "--out",
                dir.resolve("r.json").toString());

        assertEquals(2, run.exitCode());
        assertTrue(
                run.err().startsWith("eflg: unknown --encoding 'latin-9'; use utf-8, windows-1252 or utf-16\n"),
                run.err());
    }

    /* A file too big for the heap the command is given: one line naming the option, exit 3, no stack trace. */
    @Test
    void runningOutOfMemoryIsOneLineNamingTheOptionToRaise() throws Exception {
        Path staff = dir.resolve("staff.csv");
        try (var writer = Files.newBufferedWriter(staff)) {
            writer.write("employee_id,sex,ethnic_group,grade,hourly_pay,bonus_pay,relevant,full_pay_relevant\n");
            for (int i = 0; i < 400_000; i++) {
                writer.write("employee-" + i + (i % 2 == 0 ? ",female," : ",male,") + "Group " + (i % 7) + ",Grade "
                        + (i % 11) + "," + (12 + i % 900 / 100.0) + ",0,yes,yes\n");
            }
        }
        Process java = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx48m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "workforce",
                        staff.toString(),
                        "--out",
                        dir.resolve("r.json").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(java.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(3, java.waitFor(), err);
        assertTrue(
                err.matches("eflg: out of memory analysing staff.csv with a Java heap of \\d+ MB; raise it with -Xmx, "
                        + "e.g. EFLG_JAVA_OPTS=-Xmx2g ./eflg workforce ...\n"),
                err);
    }
}
