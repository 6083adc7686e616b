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

class ReviewCommandTest {
    @TempDir
    Path dir;

    @Test
    void reviewTemplateProposesTheEvidencedLevelsAndAssessUsesTheReviewedLevels() throws IOException {
        Path review = dir.resolve("review.yaml");
        Run init =
                Cli.eflg("review", "init", Cli.EXAMPLE.toString(), "--out", review.toString(), "--visit", "2024-02-06");
        assertEquals(0, init.exitCode(), init.err());
        String text = Files.readString(review);
        assertTrue(text.startsWith("# Peer review of Anytown Borough Council against lga-eflg-2021."), text);
        assertTrue(
                text.contains(
                        "criterion: m1/c4\n    level: developing\n    rationale: \"Proposed: the evidenced level; claimed achieving, evidenced developing."),
                text);

        // The reviewers raise m1/c4 to achieving: the report counts what they validated.
        Files.writeString(
                review,
                text.replace("criterion: m1/c4\n    level: developing", "criterion: m1/c4\n    level: achieving"));
        Path json = dir.resolve("report.json");
        Run assess = Cli.eflg(
                "assess",
                Cli.EXAMPLE.toString(),
                "--review",
                review.toString(),
                "--today",
                "2024-12-01",
                "--fail-on",
                "none",
                "--out",
                json.toString());
        assertEquals(0, assess.exitCode(), assess.err());
        String report = Files.readString(json);
        assertTrue(
                report.contains(
                        "\"criterion\": \"m1/c4\",\n      \"module\": \"m1\",\n      \"title\": \"Fostering good community relations\",\n"
                                + "      \"claimed\": \"achieving\",\n      \"evidenced\": \"developing\",\n      \"validated\": \"achieving\",\n      \"reached\": \"achieving\""),
                report);
    }

    @Test
    void theTemplateSaysWhatToFillInAndWhatComesNext() throws IOException {
        Path review = dir.resolve("review.yaml");
        assertEquals(
                0,
                Cli.eflg(
                                "review",
                                "init",
                                Cli.SECOND_YEAR.toString(),
                                "--out",
                                review.toString(),
                                "--visit",
                                "2025-06-10")
                        .exitCode());
        String header = Files.readString(review)
                .lines()
                .takeWhile(l -> l.startsWith("#"))
                .reduce("", (a, b) -> a + b + "\n");

        assertEquals("""
                # Peer review of Anytown Borough Council against lga-eflg-2021. To fill in:
                # - team: one entry per peer, by name, role and organisation (- name: ..., role: lead peer, organisation: ...)
                # - visitFrom and visitTo: the first and last days of the visit
                # - feedbackOn: the day the peers gave their feedback (their letter or report), once they have
                # - validatedLevels: confirm or change each proposed level, and replace the rationale with the peers' reasons
                # - feedback, per module: strengths, areasToDevelop and recommendations (- id: R1, text: ...), as lists
                # A filled-in example: examples/data/anytown-2025-review.yaml; its format: eflg schema peer-review
                # Then: eflg assess %1$s --review %2$s
                #  and: eflg action-plan init %2$s --assessment %1$s --out PLAN.yaml
                """.formatted(Cli.SECOND_YEAR, review), header);
    }

    @Test
    void aReviewFilledInAsTheTemplateSaysLeadsToAPlanAndAProgressReport() throws IOException {
        Path year = Files.copy(Cli.SECOND_YEAR, dir.resolve("anytown-2025.yaml"));
        Path review = dir.resolve("anytown-2025-review.yaml");
        assertEquals(
                0,
                Cli.eflg("review", "init", year.toString(), "--out", review.toString(), "--visit", "2025-06-10")
                        .exitCode());
        Files.writeString(
                review,
                Files.readString(review)
                        .replace(
                                "visitFrom: 2025-06-10\n",
                                "team:\n  - name: Sam Example\n    role: lead peer\n    organisation: Sampleshire District Council\n"
                                        + "visitFrom: 2025-06-10\nvisitTo: 2025-06-12\n")
                        .replace(
                                "  - module: m4\n",
                                "  - module: m4\n    strengths:\n      - Staff networks are heard.\n    areasToDevelop:\n"
                                        + "      - Few disabled staff reach senior grades.\n    recommendations:\n      - id: R1\n"
                                        + "        text: Set a target for disabled staff at senior grades.\n"));
        Run assess = Cli.eflg("assess", year.toString(), "--review", review.toString(), "--today", "2025-07-01");
        assertEquals(0, assess.exitCode(), assess.err() + assess.out());

        Path plan = dir.resolve("anytown-2025-plan.yaml");
        assertEquals(
                0,
                Cli.eflg(
                                "action-plan",
                                "init",
                                review.toString(),
                                "--assessment",
                                year.toString(),
                                "--out",
                                plan.toString())
                        .exitCode());
        Files.writeString(
                plan,
                Files.readString(plan)
                        .replace("response: TO DO", "response: accepted\n    roles: [employer]")
                        .replaceAll("description: \"TO DO: what the council will do\\. ", "description: \"")
                        .replace("lead: TO DO", "lead: Head of HR")
                        .replace("timescale: TO DO", "timescale: by March 2026"));
        Run checked = Cli.eflg(
                "assess",
                year.toString(),
                "--review",
                review.toString(),
                "--plan",
                plan.toString(),
                "--today",
                "2025-07-01");
        assertEquals(0, checked.exitCode(), checked.err() + checked.out());

        Run progress = Cli.eflg("progress", dir.toString(), "--today", "2025-07-01");
        assertEquals(0, progress.exitCode(), progress.err());
        assertTrue(
                progress.out()
                        .contains(
                                "#### m4 Diverse and engaged workforce\n\n"
                                        + "**Recommendations on m4, the council's responses and where they stand**\n\n"
                                        + "| Id | Recommendation | Roles | Response | Actions complete | State |\n"
                                        + "|---|---|---|---|---:|---|\n| R1 | Set a target for disabled staff at senior grades. | Employer | Accepted | 0 of 1 | Open |\n"),
                progress.out());
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
        assertTrue(
                run.err()
                        .contains(review
                                + ":3:16: validatedLevels[0].criterion: 'm1/c9' is not a criterion of lga-eflg-2021"),
                run.err());
        assertTrue(
                run.err()
                        .contains(
                                review
                                        + ":6:12: validatedLevels[1].level: 'superb' is not a level on the scale of lga-eflg-2021"),
                run.err());
    }

    @Test
    void reviewInitRefusesToOverwrite() throws IOException {
        Path review = Files.writeString(dir.resolve("review.yaml"), "keep");
        Run run = Cli.eflg("review", "init", Cli.EXAMPLE.toString(), "--out", review.toString());
        assertEquals(2, run.exitCode());
        assertEquals("keep", Files.readString(review));
    }
}
