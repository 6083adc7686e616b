package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {
    @TempDir
    Path dir;

    @Test
    void reviewTemplateProposesTheEvidencedLevelsAndAssessUsesTheReviewedLevels() throws IOException {
        Path review = dir.resolve("review.yaml");
        Run init = Cli.eflg("review", "init", Cli.EXAMPLE.toString(), "--out", review.toString(), "--visit", "2024-02-06");
        assertEquals(0, init.exitCode(), init.err());
        String text = Files.readString(review);
        assertTrue(text.startsWith("# Peer review of Anytown Borough Council against lga-eflg-2021."), text);
        assertTrue(text.contains("criterion: m1/c4\n    level: developing\n    rationale: \"Proposed: the evidenced level; claimed achieving, evidenced developing."), text);

        // The reviewers raise m1/c4 to achieving: the report counts what they validated.
        Files.writeString(review, text.replace("criterion: m1/c4\n    level: developing", "criterion: m1/c4\n    level: achieving"));
        Path json = dir.resolve("report.json");
        Run assess = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--review", review.toString(), "--today", "2024-12-01",
                "--fail-on", "none", "--out", json.toString());
        assertEquals(0, assess.exitCode(), assess.err());
        String report = Files.readString(json);
        assertTrue(report.contains("\"criterion\": \"m1/c4\",\n      \"module\": \"m1\",\n      \"title\": \"Fostering good community relations\",\n"
                + "      \"claimed\": \"achieving\",\n      \"evidenced\": \"developing\",\n      \"validated\": \"achieving\",\n      \"reached\": \"achieving\""), report);
    }

    @Test
    void problemsInAReviewFileArePlacedInThatFile() throws IOException {
        Path review = Files.writeString(dir.resolve("review.yaml"), """
                visitFrom: 2024-02-06
                validatedLevels:
                  - criterion: m1/c9
                    level: achieving
                  - criterion: m1/c1
                    level: superb
                """);
        Run run = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--review", review.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(review + ":3:16: validatedLevels[0].criterion: 'm1/c9' is not a criterion of lga-eflg-2021"), run.err());
        assertTrue(run.err().contains(review + ":6:12: validatedLevels[1].level: 'superb' is not a level on the scale of lga-eflg-2021"), run.err());
    }

    @Test
    void reviewInitRefusesToOverwrite() throws IOException {
        Path review = Files.writeString(dir.resolve("review.yaml"), "keep");
        Run run = Cli.eflg("review", "init", Cli.EXAMPLE.toString(), "--out", review.toString());
        assertEquals(2, run.exitCode());
        assertEquals("keep", Files.readString(review));
    }
}
