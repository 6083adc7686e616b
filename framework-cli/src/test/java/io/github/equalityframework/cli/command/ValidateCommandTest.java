package io.github.equalityframework.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void bundledExampleIsValidAndExitsZero() {
        Cli.Run run = Cli.eflg("validate", Cli.EXAMPLE.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("anytown-2024.yaml: valid (lga-eflg-2021"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void wrongLevelUnresolvedEvidenceAndTypoedFieldAreAllReportedWithLineAndColumn() throws IOException {
        String text = Files.readString(Cli.EXAMPLE)
                .replaceFirst("level: achieving", "level: achievd")
                .replaceFirst("narrative:", "narrativ:")
                .replaceFirst("\\[ev-02,", "[ev-99,");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, text);

        Cli.Run run = Cli.eflg("validate", broken.toString());

        assertEquals(2, run.exitCode());
        String[] lines = run.out().strip().split("\n");
        assertEquals(3, lines.length, run.out());
        assertTrue(
                lines[0].matches(
                        ".*broken\\.yaml:\\d+:\\d+: claims\\[0\\]\\.narrativ: unknown field 'narrativ'; did you mean 'narrative'\\?"),
                lines[0]);
        assertTrue(
                lines[1].matches(
                        ".*broken\\.yaml:\\d+:\\d+: claims\\[0\\]\\.evidence\\[0\\]: 'ev-99' is not in the evidence register"),
                lines[1]);
        assertTrue(
                lines[2].matches(
                        ".*broken\\.yaml:\\d+:\\d+: claims\\[1\\]\\.level: 'achievd' is not a level on the scale of lga-eflg-2021; did you mean 'achieving'\\?"),
                lines[2]);
        assertTrue(run.err().contains("broken.yaml: 3 problems"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aFileWithAProblemOnEveryClaimPrintsTheFirstThousandAndCountsTheRest() throws IOException {
        StringBuilder text = new StringBuilder(Files.readString(Cli.EXAMPLE).replaceFirst("(?s)claims:\n.*", ""));
        text.append("claims:\n");
        for (int i = 0; i < 1_500; i++) {
            text.append("  - criterion: m1/c1\n    level: achieving\n");
        }
        Path many = dir.resolve("many.yaml");
        Files.writeString(many, text);

        Cli.Run run = Cli.eflg("validate", many.toString());

        assertEquals(2, run.exitCode(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(1_001, lines.length);
        assertTrue(lines[999].contains("claims[1000].criterion: duplicate claim for criterion 'm1/c1'"), lines[999]);
        assertEquals("... and 499 more problems", lines[1_000]);
        assertTrue(run.err().contains("many.yaml: 1499 problems"), run.err());
    }

    @Test
    void missingFileExitsTwoWithoutStackTrace() {
        Cli.Run run = Cli.eflg("validate", dir.resolve("nowhere.yaml").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("nowhere.yaml: file not found"), run.out());
        assertFalse(run.err().contains("at io.github"), run.err());
    }

    @Test
    void malformedYamlExitsTwoWithLocation() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "organisation:\n  name: [unclosed\n");
        Cli.Run run = Cli.eflg("validate", bad.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.out().matches("(?s).*bad\\.yaml:\\d+:\\d+: .*cannot read the document.*"), run.out());
    }

    @Test
    void directoryWithNoDataFilesIsBadUsage() {
        Cli.Run run = Cli.eflg("validate", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no YAML or JSON files found"), run.err());
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        Cli.Run run = Cli.eflg("validate");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing required parameter: 'FILE'"), run.err());
        assertTrue(run.err().contains("eflg validate --help"), run.err());
    }

    @Test
    void unknownCommandIsAUsageErrorWithSuggestion() {
        Cli.Run run = Cli.eflg("valdate", "x.yaml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Did you mean: validate"), run.err());
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Run run = Cli.eflg();
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("a command is required"), run.err());
    }

    @Test
    void versionPrintsTheToolAndJavaVersions() {
        Cli.Run run = Cli.eflg("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("eflg "), run.out());
        assertTrue(run.out().contains("Java "), run.out());
    }

    @Test
    void aDateThatDoesNotExistInAFieldIsOneLineAtItsPlace() throws IOException {
        Path file = dir.resolve("anytown-2025.yaml");
        Files.writeString(file, Files.readString(Cli.SECOND_YEAR).replaceFirst("date: 2022-06-15", "date: 2024-02-30"));

        Cli.Run run = Cli.eflg("validate", file.toString());

        assertEquals(2, run.exitCode());
        assertEquals(
                file + ":140:11: evidence[0].date: '2024-02-30' is not a valid date; expected a real calendar date as "
                        + "YYYY-MM-DD, e.g. 2024-03-31\n",
                run.out());
        assertEquals(file + ": 1 problem\n", run.err());
    }

    @Test
    void problemsOfAReviewBesideItsAssessmentAreCountedAgainstTheReview() throws IOException {
        Path assessment = dir.resolve("anytown-2025.yaml");
        Path review = dir.resolve("anytown-2025-review.yaml");
        Files.copy(Cli.SECOND_YEAR, assessment);
        Files.writeString(
                review,
                Files.readString(Cli.SECOND_REVIEW)
                        .replaceFirst("visitFrom: 2025-06-10", "visitFrom: 2025-06-31")
                        .replaceFirst("criterion: m1/c2", "criterion: m1/c9"));

        Cli.Run run = Cli.eflg("validate", assessment.toString(), review.toString());

        assertEquals(2, run.exitCode());
        assertEquals(
                review + ":19:12: visitFrom: '2025-06-31' is not a valid date; expected a real calendar date as "
                        + "YYYY-MM-DD, e.g. 2024-03-31\n"
                        + review + ":30:16: validatedLevels[1].criterion: 'm1/c9' is not a criterion of lga-eflg-2021; "
                        + "did you mean 'm1/c1'?\n",
                run.out());
        assertEquals(review + ": 2 problems\n", run.err());
    }

    @Test
    void problemsInBothFilesAreCountedAgainstEach() throws IOException {
        Path assessment = dir.resolve("anytown-2025.yaml");
        Path review = dir.resolve("anytown-2025-review.yaml");
        Files.writeString(
                assessment, Files.readString(Cli.SECOND_YEAR).replaceFirst("date: 2022-06-15", "date: 2024-02-30"));
        Files.writeString(
                review, Files.readString(Cli.SECOND_REVIEW).replaceFirst("criterion: m1/c2", "criterion: m1/c9"));

        Cli.Run run = Cli.eflg("validate", review.toString(), assessment.toString());

        assertEquals(2, run.exitCode());
        assertEquals(assessment + ": 1 problem\n" + review + ": 1 problem\n", run.err());
    }
}
