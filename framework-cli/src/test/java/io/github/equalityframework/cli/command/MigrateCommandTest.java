package io.github.equalityframework.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateCommandTest {
    static final Path EXAMPLE_2014 = Path.of("..", "examples", "data", "anytown-2014.yaml");

    @TempDir
    Path dir;

    @Test
    void a2014AssessmentBecomesAValid2021OneWithAReportOfEveryClaim() throws IOException {
        Path out = dir.resolve("anytown-2021.yaml");
        Run run = Cli.eflg("migrate", EXAMPLE_2014.toString(), "--to", "lga-eflg-2021", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.out().startsWith("Migrated from lga-eflg-2014 to lga-eflg-2021: 8 claims carried, 0 unmapped."),
                run.out());
        assertEquals(
                8,
                run.out().lines().filter(l -> l.matches("\\s+claims\\[\\d+].*")).count(),
                run.out());
        assertTrue(run.out().contains("merged into m1/c1: m1/c1, m1/c3"), run.out());
        assertTrue(Files.readString(out).contains("framework: lga-eflg-2021"));
        Run validate = Cli.eflg("validate", out.toString());
        assertEquals(0, validate.exitCode(), validate.out());
    }

    @Test
    void unknownTargetSuggestsTheClosest() {
        Run run = Cli.eflg("migrate", EXAMPLE_2014.toString(), "--to", "lga-eflg-2012");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'lga-eflg-2012' is not an installed framework; did you mean"), run.err());
    }

    @Test
    void noMappingToTheTargetIsAUsageError() {
        Run run = Cli.eflg("migrate", Cli.EXAMPLE.toString(), "--to", "lga-eflg-2014");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("eflg: "), run.err());
    }
}
