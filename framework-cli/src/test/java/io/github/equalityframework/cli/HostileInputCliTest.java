package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line never writes over its input, and a large batch with broken files still ends cleanly. */
class HostileInputCliTest {
    @TempDir
    Path dir;

    private Path copyOfExample(String name) throws IOException {
        return Files.writeString(dir.resolve(name), Files.readString(Cli.EXAMPLE));
    }

    @Test
    void outThatIsTheInputIsRefusedAndTheInputIsLeftAlone() throws IOException {
        Path input = copyOfExample("anytown.json");
        String before = Files.readString(input);

        Run run = Cli.eflg(
                "assess", input.toString(), "--format", "json", "--out", input.toString(), "--fail-on", "none");

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(
                run.err()
                        .startsWith("eflg: --out " + input + " is the input file " + input
                                + "; eflg never writes over its input, so choose another path"),
                run.err());
        assertEquals(before, Files.readString(input));
    }

    @Test
    void outThatResolvesToTheInputThroughDotDotOrALinkIsRefused() throws IOException {
        Path input = copyOfExample("anytown.yaml");
        Files.createDirectories(dir.resolve("sub"));
        Path viaDotDot = dir.resolve("sub").resolve("..").resolve("anytown.yaml");

        Run run = Cli.eflg("assess", input.toString(), "--format", "md", "--out", viaDotDot.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--out " + viaDotDot + " is the input file " + input), run.err());

        Path link = dir.resolve("report.md");
        try {
            Files.createSymbolicLink(link, input);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links here; the path cases above still ran
        }
        Run viaLink = Cli.eflg("assess", input.toString(), "--out", link.toString());
        assertEquals(2, viaLink.exitCode(), viaLink.err());
        assertTrue(viaLink.err().contains("--out " + link + " is the input file " + input), viaLink.err());
        assertEquals(Files.readString(Cli.EXAMPLE), Files.readString(input));
    }

    @Test
    void anOutputDirectoryWhereAReportWouldReplaceAnInputIsRefused() throws IOException {
        Path input = copyOfExample("council.json");
        copyOfExample("other.yaml");

        Run run = Cli.eflg("assess", dir.toString(), "--format", "json", "--out", dir.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--out " + input + " is the input file " + input), run.err());
    }

    @Test
    void migrateAndReviewRefuseToWriteOverTheirInputEvenWithForce() throws IOException {
        Path input = copyOfExample("anytown.yaml");

        Run migrate =
                Cli.eflg("migrate", input.toString(), "--to", "lga-eflg-2021", "--out", input.toString(), "--force");
        Run review = Cli.eflg("review", "init", input.toString(), "--out", input.toString(), "--force");

        assertEquals(2, migrate.exitCode(), migrate.err());
        assertTrue(migrate.err().startsWith("eflg: --out " + input + " is the input file " + input), migrate.err());
        assertEquals(2, review.exitCode(), review.err());
        assertTrue(review.err().startsWith("eflg: --out " + input + " is the input file " + input), review.err());
        assertEquals(Files.readString(Cli.EXAMPLE), Files.readString(input));
    }

    @Test
    void twoThousandFilesWithSomeBrokenGiveTheRightSummaryAndNameEachBrokenOne() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        String valid = """
                organisation:
                  name: Anytown Borough Council
                framework: lga-eflg-2021
                period:
                  from: 2023-04-01
                  to: 2024-03-31
                """;
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String name = String.format(Locale.ROOT, "council-%04d.yaml", i);
            String text = valid;
            if (i % 250 == 7) {
                text = valid.replace("to: 2024-03-31", "to: 2024-02-30");
                broken.add(name + ":6:7: period.to: '2024-02-30' is not a valid date");
            } else if (i % 250 == 99) {
                text = "\u0000\u0001binary";
                broken.add(name + ":1:1: the file holds a control character (U+0000)");
            }
            Files.writeString(in.resolve(name), text);
        }

        Run run = Cli.eflg("assess", in.toString(), "--fail-on", "none", "--threads", "2");

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("eflg: 2000 files: 1984 met the bar, 0 did not, 16 invalid"), run.err());
        for (String problem : broken) {
            assertTrue(run.err().contains(problem), "not reported: " + problem);
        }
        assertEquals(
                16, run.err().lines().filter(l -> l.startsWith(in.toString())).count(), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
        assertEquals(
                1984,
                run.out()
                        .lines()
                        .filter(l -> l.startsWith(in.toString()) && l.contains(": Anytown Borough Council, "))
                        .count(),
                "one summary per valid file");
    }
}
