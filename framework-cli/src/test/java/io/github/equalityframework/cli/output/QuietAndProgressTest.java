package io.github.equalityframework.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.cli.Cli.Run;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of hundreds of files: {@code --quiet} leaves only the problems and the final line, and the progress bar is
 * drawn on standard error only when that is a terminal, never into a file or a pipe.
 */
class QuietAndProgressTest {
    @TempDir
    Path dir;

    /** A folder of {@code count} copies of the example, those numbered in {@code broken} with a level misspelt. */
    private Path batch(int count, List<Integer> broken) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        String example = Files.readString(Cli.EXAMPLE);
        for (int i = 0; i < count; i++) {
            String text = broken.contains(i) ? example.replaceFirst("level: achieving", "level: achievd") : example;
            Files.writeString(in.resolve(String.format("council-%02d.yaml", i)), text);
        }
        return in;
    }

    @Test
    void quietAssessPrintsOnlyProblemsAndTheFinalLine() throws IOException {
        Path in = batch(8, List.of(3));
        Path out = dir.resolve("reports");

        Run run = Cli.eflg(
                "assess", in.toString(), "--quiet", "--format", "json", "--out", out.toString(), "--fail-on", "none");

        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals(
                List.of(
                        in.resolve("council-03.yaml")
                                + ":35:12: claims[1].level: 'achievd' is not a level on the scale of lga-eflg-2021; did you mean"
                                + " 'achieving'?",
                        "eflg: 8 files: 7 met the bar, 0 did not, 1 invalid"),
                run.err().lines().toList());
        try (var reports = Files.list(out)) {
            assertEquals(7, reports.count(), "the reports are still written");
        }
    }

    @Test
    void quietAssessOfOneFileStillEndsWithTheFinalLine() {
        Run run = Cli.eflg("assess", Cli.EXAMPLE.toString(), "-q", "--target", "excellent", "--fail-on", "none");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals("eflg: 1 file: 0 met the bar, 1 did not, 0 invalid\n", run.err());
    }

    @Test
    void withoutQuietEachFileHasItsSummary() throws IOException {
        Path in = batch(3, List.of());

        Run run = Cli.eflg("assess", in.toString(), "--fail-on", "none");

        assertEquals(
                3, run.out().lines().filter(l -> l.contains("Overall level:")).count(), run.out());
    }

    @Test
    void quietValidatePrintsOnlyProblemsAndTheFinalLine() throws IOException {
        Path in = batch(4, List.of(1));

        Run run = Cli.eflg("validate", in.toString(), "--quiet");

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(
                in.resolve("council-01.yaml")
                        + ":35:12: claims[1].level: 'achievd' is not a level on the scale of lga-eflg-2021; did you mean"
                        + " 'achieving'?\n",
                run.out());
        assertEquals(
                List.of(in.resolve("council-01.yaml") + ": 1 problem", "eflg: 4 files: 3 valid, 1 with problems"),
                run.err().lines().toList());
    }

    @Test
    void quietValidateCountsTheExampleFolderWithoutItsReviewsAndPlans() {
        Run run = Cli.eflg("validate", Cli.DATA.toString(), "-q");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        long assessments = Cli.eflg("validate", Cli.DATA.toString())
                .out()
                .lines()
                .filter(l -> l.contains(": valid ("))
                .count();
        assertEquals("eflg: " + assessments + " files: " + assessments + " valid, 0 with problems\n", run.err());
    }

    @Test
    void noBarIsDrawnWhenStandardErrorIsAPipeEvenForAManyFileBatch() throws Exception {
        Path in = batch(12, List.of());
        Path out = dir.resolve("out.txt");
        Process eflg = Cli.process(
                List.of("assess", in.toString(), "--fail-on", "none", "--threads", "2"),
                ProcessBuilder.Redirect.to(out.toFile()));
        String stderr = new String(eflg.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(eflg.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, eflg.exitValue());
        assertEquals("eflg: 12 files: 12 met the bar, 0 did not, 0 invalid\n", stderr);
        assertFalse(Files.readString(out).contains("\r"), "no bar in the output either");
    }

    @Test
    void theBarOnATerminalIsRedrawnBelowWhatIsPrintedWithItsNameMadeSafe() {
        StringWriter terminal = new StringWriter();
        Progress progress = Progress.on(new PrintWriter(terminal), 6, true);

        progress.step(Path.of("in", "council-00.yaml"));
        progress.clear();
        progress.step(Path.of("in", "council-\u001B]0;owned\u0007.yaml"));

        String blank = "\r" + " ".repeat(90) + "\r";
        assertEquals(
                "\r[#####                         ] 1/6 council-00.yaml" + blank
                        + "\r[##########                    ] 2/6 council-\\u001B]0;owned\\u0007.yaml",
                terminal.toString());
    }

    @Test
    void aLongNameIsCutSoThatClearingTheLineCoversIt() {
        StringWriter terminal = new StringWriter();
        Progress progress = Progress.on(new PrintWriter(terminal), 6, true);

        progress.step(Path.of("x".repeat(60) + ".yaml"));

        assertEquals("\r[#####                         ] 1/6 " + "x".repeat(37) + "...", terminal.toString());
    }

    @Test
    void noBarOffATerminalOrForAFewFiles() {
        StringWriter notTerminal = new StringWriter();
        Progress.on(new PrintWriter(notTerminal), 100, false).step(Path.of("a.yaml"));
        StringWriter few = new StringWriter();
        Progress.on(new PrintWriter(few), 5, true).step(Path.of("a.yaml"));

        assertEquals("", notTerminal.toString());
        assertEquals("", few.toString());
    }
}
