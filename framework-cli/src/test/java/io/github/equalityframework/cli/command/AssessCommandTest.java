package io.github.equalityframework.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.cli.Cli.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {
    @TempDir
    Path dir;

    @Test
    void assessingTheExamplePrintsASummaryAndExitsOneWhenTheTargetIsNotMet() {
        Run run = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--target", "achieving", "--fail-on", "none");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(
                run.out().contains("Anytown Borough Council, Equality Framework for Local Government 2021"), run.out());
        assertTrue(run.out().contains("Overall level:"), run.out());
        assertTrue(run.out().contains("Target Achieving: not met"), run.out());
    }

    @Test
    void assessingWithoutABarExitsZero() {
        Run run = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--fail-on", "none");
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    @Test
    void jsonReportIsWrittenAtomicallyAndIsTheSameTwice() throws IOException {
        Path first = dir.resolve("a.json");
        Path second = dir.resolve("b.json");
        assertEquals(
                0,
                Cli.eflg("assess", Cli.EXAMPLE.toString(), "--fail-on", "none", "--out", first.toString())
                        .exitCode());
        assertEquals(
                0,
                Cli.eflg(
                                "assess",
                                Cli.EXAMPLE.toString(),
                                "--fail-on",
                                "none",
                                "--format",
                                "json",
                                "--out",
                                second.toString())
                        .exitCode());

        String json = Files.readString(first);
        assertTrue(json.startsWith("{\n  \"organisation\": \"Anytown Borough Council\""), json);
        assertEquals(json, Files.readString(second));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files are left behind");
        }
    }

    @Test
    void invalidFileExitsTwoWithLocatedProblems() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(
                bad,
                Files.readString(Cli.EXAMPLE).replaceFirst("framework: lga-eflg-2021", "framework: lga-eflg-2022"));

        Run run = Cli.eflg("assess", bad.toString());

        assertEquals(2, run.exitCode());
        assertTrue(
                run.err()
                        .contains(
                                bad
                                        + ":8:12: framework: 'lga-eflg-2022' is not an installed framework; did you mean 'lga-eflg-2021'?"),
                run.err());
    }

    @Test
    void targetThatIsNotALevelIsAUsageError() {
        Run run = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--target", "outstanding");
        assertEquals(2, run.exitCode());
        assertTrue(
                run.err()
                        .contains(
                                "--target 'outstanding' is not a level of lga-eflg-2021; its levels are developing, achieving, excellent"),
                run.err());
    }

    @Test
    void unknownProfileExitsTwo() {
        Run run = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--profile", "no-such-profile");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown profile 'no-such-profile'"), run.err());
    }

    @Test
    void severalFilesWithAFormatNeedAnOutputDirectory() {
        Run run = Cli.eflg("assess", Cli.EXAMPLE.toString(), Cli.EXAMPLE.toString(), "--format", "json");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--out DIR is needed to write reports for several files"), run.err());
    }

    @Test
    void brokenPluginOnThePluginPathExitsThreeAndNamesIt() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        try (OutputStream file = Files.newOutputStream(plugins.resolve("broken.jar"));
                JarOutputStream jar = new JarOutputStream(file)) {
            jar.putNextEntry(new JarEntry("META-INF/services/io.github.equalityframework.spi.EqualityFrameworkPlugin"));
            jar.write("org.example.MissingPlugin\n".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }

        Run run = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--fail-on", "none", "--plugin-path", plugins.toString());

        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("org.example.MissingPlugin"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void batchOverADirectoryAssessesEveryValidFileInOrderAndCountsTheInvalidOnes() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        String example = Files.readString(Cli.EXAMPLE);
        for (int i = 0; i < 12; i++) {
            String text = i == 3 || i == 8 ? example.replaceFirst("level: achieving", "level: achievd") : example;
            Files.writeString(in.resolve(String.format("council-%02d.yaml", i)), text);
        }
        Path out = dir.resolve("reports");

        Run run = Cli.eflg(
                "assess",
                in.toString(),
                "--format",
                "json",
                "--out",
                out.toString(),
                "--fail-on",
                "none",
                "--threads",
                "3");

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("eflg: 12 files: 10 met the bar, 0 did not, 2 invalid"), run.err());
        assertTrue(run.err().contains("council-03.yaml:35:12: claims[1].level: 'achievd' is not a level"), run.err());
        try (var reports = Files.list(out)) {
            assertEquals(10, reports.count());
        }
        String firstJson = Files.readString(out.resolve("council-00.json"));
        assertEquals(firstJson, Files.readString(out.resolve("council-11.json")));
        int first = run.out().indexOf("council-00.yaml");
        int last = run.out().indexOf("council-11.yaml");
        assertTrue(first >= 0 && first < last, "summaries are printed in input order");
    }

    @Test
    void filesOfOneNameInSubfoldersGetTheirOwnReportsInTheSameSubfolders() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Cli.EXAMPLE, in.resolve("a.yaml"));
        Files.writeString(
                Files.createDirectories(in.resolve("sub")).resolve("a.yaml"),
                Files.readString(Cli.EXAMPLE).replace("Anytown Borough Council", "Newtown & District Council"));
        Path out = dir.resolve("reports");

        Run run = Cli.eflg("assess", in.toString(), "--format", "json", "--out", out.toString(), "--fail-on", "none");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out.resolve("a.json")).contains("Anytown Borough Council"));
        assertTrue(Files.readString(out.resolve("sub").resolve("a.json")).contains("Newtown & District Council"));
        assertEquals(
                List.of(
                        "eflg: wrote " + out.resolve("a.json"),
                        "eflg: wrote " + out.resolve("sub").resolve("a.json")),
                run.err().lines().filter(l -> l.startsWith("eflg: wrote")).toList());
    }

    @Test
    void twoFilesWhoseReportsWouldShareANameAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path first = Files.copy(
                Cli.EXAMPLE, Files.createDirectories(dir.resolve("2024")).resolve("anytown.yaml"));
        Path second = Files.copy(
                Cli.SECOND_YEAR, Files.createDirectories(dir.resolve("2025")).resolve("anytown.yaml"));
        Path out = dir.resolve("reports");

        Run run = Cli.eflg(
                "assess",
                first.toString(),
                second.toString(),
                "--format",
                "md",
                "--out",
                out.toString(),
                "--fail-on",
                "none");

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(
                "eflg: --out: the reports on " + first + " and " + second + " would both be "
                        + out.resolve("anytown.md") + "; give them different names",
                run.err().lines().findFirst().orElse(""));
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void timestampIsAddedOnlyWhenAskedFor() throws IOException {
        Path plain = dir.resolve("plain.html");
        Path stamped = dir.resolve("stamped.html");
        assertEquals(
                0,
                Cli.eflg("assess", Cli.EXAMPLE.toString(), "--fail-on", "none", "--out", plain.toString())
                        .exitCode());
        assertEquals(
                0,
                Cli.eflg(
                                "assess",
                                Cli.EXAMPLE.toString(),
                                "--fail-on",
                                "none",
                                "--timestamp",
                                "--out",
                                stamped.toString())
                        .exitCode());

        assertFalse(Files.readString(plain).contains("Generated "));
        assertTrue(
                Files.readString(stamped)
                        .matches(
                                "(?s).*<p class=\"generated\">Generated \\d{4}-\\d\\d-\\d\\dT[0-9:]+Z by eflg\\.</p>\n</main>.*"));
    }
}
