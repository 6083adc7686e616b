package io.github.equalityframework.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.cli.Cli.Run;
import io.github.equalityframework.cli.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The second example council, Brookfield, runs the year as councils write it: a race-scoped peer challenge with 32
 * recommendations, its action plan in every timescale form (completed late, revised, already completed, different
 * approaches with their reasons), the council's own objectives plan with roles per action, and next year's draft.
 * {@code validate}, {@code assess --review --plan} and {@code progress} against golden files, as of 30 November 2026.
 */
class BrookfieldCycleTest {
    static final Path YEAR = Cli.DATA.resolve("brookfield-2025.yaml");
    static final Path REVIEW = Cli.DATA.resolve("brookfield-2025-review.yaml");
    static final Path PLAN = Cli.DATA.resolve("brookfield-2025-plan.yaml");
    static final String TODAY = "2026-11-30";

    @TempDir
    Path dir;

    @Test
    void validatePairsTheReviewAndEveryPlanWithTheAssessment() {
        Run run = Cli.eflg("validate", Cli.DATA.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(
                run.out()
                        .contains(YEAR + ": valid (lga-eflg-2021, 17 claims, 32 evidence items, review"
                                + " brookfield-2025-review.yaml, plans brookfield-2025-plan.yaml,"
                                + " brookfield-2025-plan-draft.yaml, brookfield-2025-plan-objectives.yaml)\n"),
                run.out());
    }

    @Test
    void assessWithTheReviewAndPlanWarnsAboutWhatCannotBeTrackedAndMatchesItsGoldenFile() throws IOException {
        Run run = assess("--format", "md", "--out", dir.resolve("brookfield.md").toString());

        assertEquals(0, run.exitCode(), run.err());
        Golden.assertMatches(
                "brookfield-2025.md", Files.readString(dir.resolve("brookfield.md"), StandardCharsets.UTF_8));
        String summary = assess().out();
        // Every timescale form the plan uses is understood: none is unreadable, and the undated ones say so once each.
        assertEquals(List.of(), lines(summary, "cannot be read as a date"));
        assertEquals(
                5,
                lines(summary, "has no date, so it can never be shown as due or overdue")
                        .size(),
                summary);
        assertEquals(4, lines(summary, "[lga.overdue-actions]").size(), summary);
        assertEquals(
                List.of("    " + PLAN + ":226:9: warning: Action A6.2 is complete but has no completion date, so the"
                        + " progress report cannot say whether it was on time: add 'completed: YYYY-MM-DD'."
                        + " [lga.plan-dates]"),
                lines(summary, "[lga.plan-dates]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"md", "html"})
    void theProgressReportMatchesItsGoldenFile(String format) throws IOException {
        Path out = dir.resolve("brookfield-progress." + format);
        Run run = Cli.eflg(
                "progress",
                Cli.DATA.toString(),
                "--organisation",
                "Brookfield District Council",
                "--today",
                TODAY,
                "--out",
                out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "eflg: wrote " + out + " (1 year, 32 recommendations, 4 objectives, 67 actions, 4 draft entries)\n",
                run.err());
        Golden.assertMatches("brookfield-progress." + format, Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void theProgressSummaryCountsEachRecommendationOnceAndKeepsTheDraftApart() {
        String out = Cli.eflg(
                        "progress",
                        Cli.DATA.toString(),
                        "--organisation",
                        "Brookfield District Council",
                        "--today",
                        TODAY)
                .out();

        assertTrue(out.contains("- Recommendations: 32 from 1 peer challenge; 20 closed, 12 open\n"), out);
        assertTrue(out.contains("- The council's own objectives: 4; 0 closed, 4 open\n"), out);
        assertTrue(out.contains("### Draft plans: proposed, not yet in force: 4 entries\n"), out);
        assertTrue(out.contains("revised to"), out);
    }

    @Test
    void aMistypedRecommendationIdIsRefusedAtItsLineWithTheClosestId() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.copy(YEAR, copy.resolve("brookfield-2025.yaml"));
        Files.copy(REVIEW, copy.resolve("brookfield-2025-review.yaml"));
        Files.writeString(
                copy.resolve("brookfield-2025-plan.yaml"),
                Files.readString(PLAN).replace("- recommendation: R1\n", "- recommendation: R1a\n"));

        Run run = Cli.eflg("validate", copy.toString());

        assertEquals(2, run.exitCode(), run.out());
        assertTrue(
                run.out()
                        .contains("brookfield-2025-plan.yaml:" + lineOf(PLAN, "- recommendation: R1\n") + ":21:"
                                + " entries[0].recommendation: 'R1a' is not a recommendation of the peer review (a council's"
                                + " own objective is written 'objective: ID'); did you mean 'R1'?"),
                run.out());
    }

    private Run assess(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "assess",
                YEAR.toString(),
                "--review",
                REVIEW.toString(),
                "--plan",
                PLAN.toString(),
                "--today",
                TODAY,
                "--fail-on",
                "none"));
        args.addAll(List.of(more));
        return Cli.eflg(args.toArray(String[]::new));
    }

    private static List<String> lines(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).toList();
    }

    private static int lineOf(Path file, String snippet) throws IOException {
        String text = Files.readString(file);
        return (int) text.substring(0, text.indexOf(snippet))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
    }
}
