package io.github.equalityframework.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eflg action-plan init}, and {@code eflg assess --plan} with the plan it makes. */
class ActionPlanCommandTest {
    @TempDir
    Path dir;

    Run init(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("action-plan", "init"));
        args.addAll(List.of(extra));
        return Cli.eflg(args.toArray(String[]::new));
    }

    @Test
    void theTemplateHasAnEntryPerRecommendationInModuleOrderWithPlaceholdersToFill() throws IOException {
        Path plan = dir.resolve("plan.yaml");
        Run run = init(
                Cli.SECOND_REVIEW.toString(), "--assessment", Cli.SECOND_YEAR.toString(), "--out", plan.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("eflg: wrote " + plan + " (20 recommendations in 4 modules; replace each TO DO)\n", run.err());
        String text = Files.readString(plan);
        assertTrue(
                text.startsWith(
                        "# Action plan of Anytown Borough Council in answer to the peer challenge of 2025-06-10: 20 "
                                + "recommendations in 4 modules.\n"),
                text);
        assertTrue(text.contains("""
                entries:
                  - recommendation: R1
                    module: m1
                    response: TO DO
                    actions:
                      - id: A1.1
                        description: "TO DO: what the council will do. Recommendation R1: Co-design engagement with disabled young \
                people through the special educational needs and disabilities (SEND) youth forum."
                        lead: TO DO
                        timescale: TO DO
                        status: not_started
                """), text);
        Matcher ids =
                Pattern.compile("- recommendation: (R\\d+)\n    module: (m\\d)").matcher(text);
        StringBuilder order = new StringBuilder();
        while (ids.find()) {
            order.append(ids.group(1)).append('/').append(ids.group(2)).append(' ');
        }
        assertEquals(
                "R1/m1 R2/m1 R3/m1 R4/m1 R5/m1 R6/m2 R7/m2 R8/m2 R9/m2 R10/m2 R11/m3 R12/m3 R13/m3 R14/m3 R15/m3 R16/m4 R17/m4 "
                        + "R18/m4 R19/m4 R20/m4 ",
                order.toString());
    }

    @Test
    void everyPlaceholderLeftFailsValidationWithItsLineUntilFilled() throws IOException {
        Path plan = dir.resolve("plan.yaml");
        assertEquals(
                0, init(Cli.SECOND_REVIEW.toString(), "--out", plan.toString()).exitCode());

        Run assess = Cli.eflg(
                "assess",
                Cli.SECOND_YEAR.toString(),
                "--review",
                Cli.SECOND_REVIEW.toString(),
                "--plan",
                plan.toString());

        assertEquals(2, assess.exitCode());
        List<String> lines = assess.err().lines().toList();
        assertEquals(80, lines.size(), assess.err());
        assertEquals(
                List.of(
                        plan
                                + ":17:15: entries[0].response: still 'TO DO' from the plan template: choose one of: accepted, different_approach,"
                                + " already_completed, not_accepted",
                        plan
                                + ":20:22: entries[0].actions[0].description: still 'TO DO' from the plan template: say what will be done",
                        plan
                                + ":21:15: entries[0].actions[0].lead: still 'TO DO' from the plan template: name the lead officer's role, e.g."
                                + " Head of Policy",
                        plan
                                + ":22:20: entries[0].actions[0].timescale: still 'TO DO' from the plan template: give a period such as 'by March"
                                + " 2026', or replace it with a due date (due: YYYY-MM-DD)"),
                lines.subList(0, 4));

        // Filled in as a council officer would: the plan is then accepted and its actions checked.
        String filled = Files.readString(plan)
                .replace("response: TO DO", "response: accepted")
                .replaceAll(
                        "description: \"TO DO: what the council will do. Recommendation (R\\d+): [^\"]*\"",
                        "description: Act on $1")
                .replace("lead: TO DO", "lead: Head of Policy")
                .replace("timescale: TO DO", "timescale: by March 2026");
        Files.writeString(plan, filled);
        Run ok = Cli.eflg(
                "assess",
                Cli.SECOND_YEAR.toString(),
                "--review",
                Cli.SECOND_REVIEW.toString(),
                "--plan",
                plan.toString(),
                "--today",
                "2026-04-01",
                "--fail-on",
                "none");
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(
                ok.out()
                        .contains(plan
                                + ":19:9: warning: Action A1.1 (lead: Head of Policy) was due 'by March 2026' (by 31 March 2026)"
                                + " and is not complete, so it is overdue (stated: not started)."),
                ok.out());
    }

    @Test
    void theExamplePlanIsValidAndItsOverdueActionsArePointedAtInThePlanFile() {
        Run run = Cli.eflg(
                "assess",
                Cli.SECOND_YEAR.toString(),
                "--review",
                Cli.SECOND_REVIEW.toString(),
                "--plan",
                Cli.SECOND_PLAN.toString(),
                "--today",
                "2026-11-28",
                "--fail-on",
                "none");

        assertEquals(0, run.exitCode(), run.err());
        List<String> overdue = run.out()
                .lines()
                .filter(l -> l.contains("[lga.overdue-actions]"))
                .toList();
        assertEquals(6, overdue.size(), run.out()); // A15.1 "summer 2026" is dated since timescales are read as written
        assertTrue(
                overdue.get(0)
                        .startsWith("    " + Cli.SECOND_PLAN + ":29:9: warning: Action A2.1 (lead: Assistant Director,"
                                + " Communities) was due on 30 June 2026"),
                overdue.get(0));
    }

    @Test
    void aReviewHeldInsideASelfAssessmentCanBeAnswered() throws IOException {
        Path plan = dir.resolve("plan.json");
        Run run = init(Cli.EXAMPLE.toString(), "--out", plan.toString());

        assertEquals(0, run.exitCode(), run.err());
        String json = Files.readString(plan);
        assertTrue(
                json.startsWith(
                        "{\n  \"entries\": [\n    {\n      \"recommendation\": \"R1\",\n      \"module\": \"m1\","),
                json);
    }

    @Test
    void aReviewWithoutRecommendationsOrAreasToDevelopHasNothingToPlan() throws IOException {
        Path review = Files.writeString(
                dir.resolve("review.yaml"),
                "visitFrom: 2025-06-10\nfeedback:\n  - module: m1\n" + "    strengths: [Good data]\n");
        Run run = init(review.toString(), "--out", dir.resolve("plan.yaml").toString());

        assertEquals(2, run.exitCode());
        assertEquals(
                review
                        + ": the review makes no recommendations and names no areas to develop, so there is nothing for"
                        + " an action plan to answer; write them under feedback[].recommendations first\n",
                run.err());
    }

    @Test
    void aReviewThatNumberedNoRecommendationIsAnsweredAreaByArea() throws IOException {
        Path review = Files.writeString(dir.resolve("review.yaml"), """
                visitFrom: 2010-03-09
                feedback:
                  - module: m3
                    strengths: [Residents' panels are well used]
                    areasToDevelop: [Reach young people, Publish what changed after consultation]
                  - module: m1
                    areasToDevelop: [Map communities by ward]
                """);
        Path plan = dir.resolve("plan.yaml");
        Run run = init(review.toString(), "--out", plan.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("eflg: wrote " + plan + " (3 areas to develop in 2 modules; replace each TO DO)\n", run.err());
        String yaml = Files.readString(plan);
        assertTrue(yaml.contains("each area to develop is an entry (MODULE-area-N)"), yaml);
        assertTrue(yaml.contains("recommendation: m3-area-2"), yaml);
        assertTrue(yaml.contains("Publish what changed after consultation"), yaml);
    }

    @Test
    void problemsInTheReviewArePlacedInItsFile() throws IOException {
        Path review = Files.writeString(
                dir.resolve("review.yaml"),
                "visitFrom: 2025-06-10\nfeedback:\n  - module: m9\n"
                        + "    recommendations:\n      - id: R1\n        text: Do it.\n");
        Run run = init(
                review.toString(),
                "--assessment",
                Cli.SECOND_YEAR.toString(),
                "--out",
                dir.resolve("plan.yaml").toString());

        assertEquals(2, run.exitCode());
        assertTrue(
                run.err().startsWith(review + ":3:13: feedback[0].module: 'm9' is not a module of lga-eflg-2021"),
                run.err());
        assertTrue(Files.notExists(dir.resolve("plan.yaml")));
    }

    @Test
    void initRefusesToOverwrite() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.yaml"), "keep");
        Run run = init(Cli.SECOND_REVIEW.toString(), "--out", plan.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("eflg: " + plan + " exists; use --force to overwrite it"), run.err());
        assertEquals("keep", Files.readString(plan));
    }

    @Test
    void helpSaysWhyResponsesAreNotPreFilled() {
        Run run = Cli.eflg("action-plan", "init", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(
                run.out()
                        .replaceAll("\\s+", " ")
                        .contains(
                                "Why not pre-fill 'accepted'? Each answer is a decision the council must own"
                                        + " and publish; a plan that came pre-accepted would pass every check before anyone had decided anything."),
                run.out());
    }
}
