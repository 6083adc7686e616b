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

class CompareCommandTest {
    @TempDir
    Path dir;

    @Test
    void aCriterionLoweredAYearLaterIsShownAsDown() throws IOException {
        String text = Files.readString(Cli.EXAMPLE);
        Path later = Files.writeString(
                dir.resolve("later.yaml"),
                text.replace(
                                "period:\n  from: 2023-04-01\n  to: 2024-03-31",
                                "period:\n  from: 2024-04-01\n  to: 2025-03-31")
                        .replaceFirst("(criterion: m2/c2\\n    level: )achieving", "$1developing"));

        Run run = Cli.eflg("compare", Cli.EXAMPLE.toString(), later.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.out()
                        .startsWith(
                                "Anytown Borough Council: 2024-04-01 to 2025-03-31 compared with 2023-04-01 to 2024-03-31"),
                run.out());
        assertTrue(
                run.out()
                        .lines()
                        .anyMatch(
                                l -> l.matches(
                                        "\\s+DOWN\\s+m2/c2\\s+Achieving -> Developing\\s+Priorities and working in partnership")),
                run.out());
    }

    @Test
    void progressAsJsonNamesEveryCriterion() {
        Run run = Cli.eflg("compare", Cli.EXAMPLE.toString(), Cli.EXAMPLE.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"change\": \"same\""), run.out());
        assertEquals(17, run.out().split("\"id\": \"m\\d/c\\d\"", -1).length - 1, run.out());
    }

    @Test
    void anOlderEditionIsMigratedBeforeTheComparison() {
        Run run = Cli.eflg(
                "compare",
                Path.of("..", "examples", "data", "anytown-2014.yaml").toString(),
                Cli.EXAMPLE.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.err()
                        .contains(
                                "was migrated from lga-eflg-2014 to lga-eflg-2021 for the comparison (8 claims carried, 0 unmapped)"),
                run.err());
        assertTrue(run.out().contains("(lga-eflg-2021)"), run.out());
    }

    @Test
    void editionsWithoutAMappingAreRefused() throws IOException {
        Path newer = dir.resolve("2021.yaml");
        assertEquals(
                0,
                Cli.eflg("init", "--framework", "lga-eflg-2021", "--out", newer.toString())
                        .exitCode());
        Path older = dir.resolve("2014.yaml");
        assertEquals(
                0,
                Cli.eflg("init", "--framework", "lga-eflg-2014", "--out", older.toString())
                        .exitCode());

        Run run = Cli.eflg("compare", newer.toString(), older.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("is against lga-eflg-2021 but"), run.err());
        assertTrue(run.err().contains("no edition mapping leads from one to the other"), run.err());
    }
}
