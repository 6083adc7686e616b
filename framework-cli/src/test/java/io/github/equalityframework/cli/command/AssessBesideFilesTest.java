package io.github.equalityframework.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.cli.Cli.Run;
import io.github.equalityframework.engine.AssessmentFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eflg assess DIR} on the folder layout the README recommends: the reviews and plans kept beside each
 * self-assessment ({@code NAME-review.yaml}, {@code NAME-plan.yaml}, {@code NAME-plan-draft.yaml}) go with it, as in
 * validate, progress and serve, instead of being assessed as broken self-assessments.
 */
class AssessBesideFilesTest {
    static final String TODAY = "2026-11-30";

    @TempDir
    Path dir;

    @Test
    void theExampleFolderIsAssessedWithOneReportPerSelfAssessmentAndNoneForItsReviewsAndPlans() throws IOException {
        Path out = dir.resolve("reports");

        Run run = Cli.eflg(
                "assess",
                Cli.DATA.toString(),
                "--format",
                "json",
                "--out",
                out.toString(),
                "--today",
                TODAY,
                "--fail-on",
                "none");

        assertEquals(0, run.exitCode(), run.err());
        List<String> assessments;
        try (Stream<Path> data = Files.list(Cli.DATA)) {
            assessments = data.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !AssessmentFiles.namedAsBeside(Path.of(name)))
                    .map(name -> name.replace(".yaml", ".json"))
                    .sorted()
                    .toList();
        }
        try (Stream<Path> reports = Files.list(out)) {
            assertEquals(
                    assessments,
                    reports.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(assessments.contains("brookfield-2025.json") && assessments.contains("anytown-2025.json"));
        assertTrue(
                run.err()
                        .endsWith("eflg: " + assessments.size() + " files: " + assessments.size()
                                + " met the bar, 0 did not, 0 invalid\n"),
                run.err());
    }

    @Test
    void theBrookfieldReportCountsItsReviewAndIsTheOneMadeWithReviewAndMainPlanNamed() throws IOException {
        Path out = dir.resolve("reports");
        Cli.eflg(
                "assess",
                Cli.DATA.toString(),
                "--format",
                "json",
                "--out",
                out.toString(),
                "--today",
                TODAY,
                "--fail-on",
                "none");
        Path named = dir.resolve("named.json");
        Run single = Cli.eflg(
                "assess",
                BrookfieldCycleTest.YEAR.toString(),
                "--review",
                BrookfieldCycleTest.REVIEW.toString(),
                "--plan",
                BrookfieldCycleTest.PLAN.toString(),
                "--format",
                "json",
                "--out",
                named.toString(),
                "--today",
                TODAY,
                "--fail-on",
                "none");
        Path alone = dir.resolve("alone.json");
        Cli.eflg(
                "assess",
                BrookfieldCycleTest.YEAR.toString(),
                "--format",
                "json",
                "--out",
                alone.toString(),
                "--today",
                TODAY,
                "--fail-on",
                "none");

        assertEquals(0, single.exitCode(), single.err());
        String fromFolder = Files.readString(out.resolve("brookfield-2025.json"));
        assertEquals(Files.readString(named), fromFolder);
        JsonMapper json = JsonMapper.builder().build();
        for (JsonNode module : json.readTree(fromFolder).get("modules")) {
            assertTrue(module.path("validated").isString(), "the review's validated level counts: " + module);
        }
        for (JsonNode module : json.readTree(Files.readString(alone)).get("modules")) {
            assertFalse(module.path("validated").isString(), "without the review, no level is validated");
        }
    }

    @Test
    void aBrokenSecondPlanIsReportedWithItsPlaceAndMakesTheRunExitTwoWhileTheMainPlanIsStillReported()
            throws IOException {
        Path council = dir.resolve("council");
        Files.createDirectories(council);
        for (Path file : List.of(
                BrookfieldCycleTest.YEAR,
                BrookfieldCycleTest.REVIEW,
                BrookfieldCycleTest.PLAN,
                Cli.DATA.resolve("brookfield-2025-plan-draft.yaml"))) {
            Files.copy(file, council.resolve(file.getFileName()));
        }
        Path draft = council.resolve("brookfield-2025-plan-draft.yaml");
        Files.writeString(
                draft, Files.readString(draft).replaceFirst("\nstatus: draft\n", "\nstatus: draft\ncolour: red\n"));
        Path out = dir.resolve("report.json");

        Run run =
                Cli.eflg("assess", council.toString(), "--out", out.toString(), "--today", TODAY, "--fail-on", "none");

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(
                run.err()
                        .contains(draft + ":12:1: colour: unknown field 'colour'; expected one of: adoptedBy, agreedOn,"
                                + " entries, status, title\n"),
                run.err());
        assertTrue(run.out().contains("validated Developing"), run.out());
        assertTrue(Files.exists(out), "the report on the assessment with its main plan is written");
        assertFalse(run.err().contains("brookfield-2025-plan.yaml:"), "the main plan has no problem: " + run.err());
    }
}
