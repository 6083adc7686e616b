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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code eflg progress} over the Anytown example: 2015/16 (2014 edition, migrated), 2023/24 with its peer review
 * and plan inside, 2024/25 with its review and plan beside it. Golden files as for the assessment reports.
 */
class ProgressCommandTest {
    static final String COUNCIL = "Anytown Borough Council";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"md", "html"})
    void exampleProgressReportMatchesItsGoldenFile(String format) throws IOException {
        Path out = dir.resolve("anytown-progress." + format);
        Run run = Cli.eflg(
                "progress",
                Cli.DATA.toString(),
                "--organisation",
                COUNCIL,
                "--today",
                "2026-11-28",
                "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Golden.assertMatches("anytown-progress." + format, Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void theSummaryCountsRecommendationsAndActionsAsOfTheDayGiven() {
        Run run = Cli.eflg("progress", Cli.DATA.toString(), "--organisation", "E07000999", "--today", "2026-11-28");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.out()
                        .contains("- Recommendations: 27 from 2 peer challenges; 18 closed, 9 open\n"
                                + "- Plan: Action plan (adopted on 20 April 2024; 7 entries, 11 actions; answers the peer"
                                + " challenge of 6 February 2024; kept with anytown-2025.yaml)\n"
                                + "- Plan: Action plan (adopted on 16 September 2025; 20 entries, 19 actions; answers the"
                                + " peer challenge of 10 June 2025; kept with anytown-2025.yaml)\n"
                                + "- Actions: 30; completed on time 13, completed late 8, overdue 7, not yet due 2\n"
                                + "- Recommendations and objectives by the council's role: community leader 11, employer 7,"
                                + " service provider 11\n"),
                run.out());
        assertTrue(
                run.out()
                        .contains(
                                "| m2 Leadership, partnership and organisational commitment | Not assessed | Not assessed | Achieving |"),
                run.out());
        assertEquals(
                "eflg: ../examples/data/anytown-2014.yaml was migrated from lga-eflg-2014 to lga-eflg-2021; its reviews and"
                        + " plans are filed under the lga-eflg-2021 modules\n",
                run.err());
    }

    @Test
    void anOlderEditionsReviewWithOnlyAreasToDevelopIsFiledUnderTheCurrentModules() throws IOException {
        Files.copy(Cli.DATA.resolve("anytown-2014.yaml"), dir.resolve("anytown-2014.yaml"));
        Files.copy(Cli.SECOND_YEAR, dir.resolve("anytown-2025.yaml"));
        Files.writeString(dir.resolve("anytown-2014-review.yaml"), """
                # A 2014-edition peer challenge that, as many then did, numbered no recommendations.
                visitFrom: 2015-11-10
                feedback:
                  - module: m3
                    strengths: [Residents' panels are well used]
                    areasToDevelop: [Involve young people in setting the budget.]
                  - module: m5
                    areasToDevelop: [Publish workforce data by grade and ethnicity.]
                """);

        Run run = Cli.eflg("progress", dir.toString(), "--organisation", COUNCIL, "--today", "2026-11-28");

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        String challenge = out.substring(out.indexOf("### Peer challenge of 10 November 2015"));
        // 2014's "Involving your communities" (m3) is 2021's m1; its workforce module (m5) is 2021's m4.
        assertTrue(
                challenge.startsWith("### Peer challenge of 10 November 2015: 2 recommendations, 0 closed\n\n"
                        + "#### m1 Understanding and working with your communities\n"),
                challenge);
        assertTrue(
                challenge.contains("| m3-area-1 | Involve young people in setting the budget. (m3 in the edition it was"
                        + " made in) |  | No response yet | 0 of 0 | Open |"),
                challenge);
        assertTrue(challenge.contains("#### m4 Diverse and engaged workforce\n"), challenge);
        // The 2024 plan carried in the 2025 file answers a review that is not among these files.
        assertTrue(out.contains("### Plan entries answering a peer challenge not among these files: 7 entries"), out);
    }

    @Test
    void langCyWritesTheProgressReportInWelshWithItsUnreviewedNotice() {
        Run run = Cli.eflg(
                "progress",
                Cli.DATA.toString(),
                "--organisation",
                COUNCIL,
                "--today",
                "2026-11-28",
                "--lang",
                "cy",
                "--format",
                "html");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("<html lang=\"cy\">"), run.out());
        assertTrue(
                run.out().contains("<p class=\"notice\">Nid yw geiriad Cymraeg yr adroddiad hwn wedi&#39;i adolygu eto")
                        && run.out().contains("<span lang=\"en\">The Welsh wording of this report has not yet been"),
                run.out());
    }

    @Test
    void langOtherThanEnOrCyIsRefused() {
        Run run = Cli.eflg("progress", Cli.DATA.toString(), "--organisation", COUNCIL, "--lang", "fr");

        assertEquals(2, run.exitCode());
        assertTrue(
                run.err().contains("--lang 'fr' is not a language eflg writes; use en (English) or cy (Welsh)"),
                run.err());
    }

    @Test
    void aDayEarlierAnActionDueThatDayIsNotYetOverdue() {
        // A2.1 of the 2025 plan is due on 30 June 2026 and not complete.
        String onTheDay = Cli.eflg("progress", Cli.DATA.toString(), "--organisation", COUNCIL, "--today", "2026-06-30")
                .out();
        String dayAfter = Cli.eflg("progress", Cli.DATA.toString(), "--organisation", COUNCIL, "--today", "2026-07-01")
                .out();

        assertTrue(onTheDay.contains("| 30 June 2026 | On track |  | Not yet due |"), onTheDay);
        assertTrue(dayAfter.contains("| 30 June 2026 | **Overdue (stated: on track)** |  | Overdue |"), dayAfter);
    }

    @Test
    void validateChecksAReviewAndPlanWithTheAssessmentTheyAreNamedAfter() throws IOException {
        Run run = Cli.eflg("validate", Cli.DATA.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(
                run.out()
                        .contains(Cli.SECOND_YEAR + ": valid (lga-eflg-2021, 17 claims, 51 evidence items, review"
                                + " anytown-2025-review.yaml, plan anytown-2025-plan.yaml)\n"),
                run.out());

        Files.copy(Cli.SECOND_YEAR, dir.resolve("anytown-2025.yaml"));
        Files.writeString(
                dir.resolve("anytown-2025-plan.yaml"),
                Files.readString(Cli.SECOND_PLAN)
                        .replace("lead: Head of Policy", "lead: policy.team@anytown.gov.example"));
        Run bad = Cli.eflg("validate", dir.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(
                bad.out()
                        .startsWith(dir.resolve("anytown-2025-plan.yaml") + ":139:15: entries[8].actions[0].lead:"
                                + " 'policy.team@anytown.gov.example' is an e-mail address"),
                bad.out());
    }

    @Test
    void filesOfSeveralOrganisationsNeedOneChosen() {
        Run run = Cli.eflg("progress", Cli.DATA.toString(), "--today", "2026-11-28");

        assertEquals(2, run.exitCode());
        assertEquals(
                "eflg: the files are of 3 organisations (Anytown Borough Council, Anytown Community Health NHS Trust, Brookfield District"
                        + " Council); choose one"
                        + " with --organisation NAME\n",
                run.err());
    }

    @Test
    void anUnknownOrganisationListsTheKnownOnes() {
        Run run = Cli.eflg("progress", Cli.DATA.toString(), "--organisation", "Othertown");

        assertEquals(2, run.exitCode());
        assertTrue(
                run.err()
                        .endsWith(
                                "; the organisations are: Anytown Borough Council, Anytown Community Health NHS Trust,"
                                        + " Brookfield District Council\n"),
                run.err());
    }

    @Test
    void aReviewNotNamedAfterAnAssessmentIsRefusedWithTheNamingRule() throws IOException {
        Files.copy(Cli.SECOND_YEAR, dir.resolve("anytown-2025.yaml"));
        Files.copy(Cli.SECOND_REVIEW, dir.resolve("peer-review.yaml"));

        Run run = Cli.eflg("progress", dir.toString());

        assertEquals(2, run.exitCode());
        assertEquals(
                dir.resolve("peer-review.yaml") + ": a review, not a self-assessment, and not paired with one: a review"
                        + " goes with the self-assessment it is named after, in the same folder (peer-review.yaml beside"
                        + " peer.yaml), given with it, and a self-assessment takes one review; rename it, or give its"
                        + " self-assessment too\n",
                run.err());
    }

    @Test
    void aReviewNamedOnlyLikeItsAssessmentIsRefusedAsEveryCommandRefusesIt() throws IOException {
        // One pairing rule for every command: NAME-review.*, not any file whose name starts with NAME.
        Files.copy(Cli.SECOND_YEAR, dir.resolve("anytown-2025.yaml"));
        Files.copy(Cli.SECOND_REVIEW, dir.resolve("anytown-2025-peer-challenge.yaml"));

        Run run = Cli.eflg("progress", dir.toString());

        assertEquals(2, run.exitCode());
        assertEquals(
                dir.resolve("anytown-2025-peer-challenge.yaml")
                        + ": a review, not a self-assessment, and not paired with one: a review goes with the"
                        + " self-assessment it is named after, in the same folder (NAME-review.yaml beside NAME.yaml),"
                        + " given with it, and a self-assessment takes one review; rename it, or give its"
                        + " self-assessment too\n",
                run.err());
    }

    @Test
    void aBrokenReviewWithoutItsAssessmentHasAReviewsProblemsAsValidatePrintsThem() throws IOException {
        Files.copy(Cli.SECOND_YEAR, dir.resolve("anytown-2025.yaml"));
        Path review = Files.writeString(
                dir.resolve("brookfield-2025-review.yaml"), "visitFrom: 2025-02-06\nvalidatedLevel: []\n");

        Run progress = Cli.eflg("progress", dir.toString());
        Run validate = Cli.eflg("validate", review.toString());

        assertEquals(2, progress.exitCode());
        assertEquals(
                review + ":2:1: validatedLevel: unknown field 'validatedLevel'; did you mean 'validatedLevels'?\n",
                progress.err());
        assertTrue(validate.out().startsWith(progress.err()), validate.out());
    }

    @Test
    void migrateGivenAReviewIsToldThePairingRuleAsProgressIs() throws IOException {
        Path review = Files.copy(Cli.SECOND_REVIEW, dir.resolve("anytown-2025-review.yaml"));

        Run migrate = Cli.eflg(
                "migrate",
                review.toString(),
                "--to",
                "lga-eflg-2021",
                "--out",
                dir.resolve("out.yaml").toString());

        assertEquals(2, migrate.exitCode());
        assertEquals(
                review + ": a review, not a self-assessment, and not paired with one: a review goes with the"
                        + " self-assessment it is named after, in the same folder (anytown-2025-review.yaml beside"
                        + " anytown-2025.yaml), given with it, and a self-assessment takes one review; rename it, or"
                        + " give its self-assessment too\n",
                migrate.err());
    }

    @Test
    void aFileThatIsNoneOfTheThreeKindsIsReportedWithItsProblems() throws IOException {
        Files.copy(Cli.SECOND_YEAR, dir.resolve("anytown-2025.yaml"));
        Files.writeString(
                dir.resolve("anytown-2025-plan.yaml"), "entries:\n  - recommendation: R1\n    respons: accepted\n");

        Run run = Cli.eflg("progress", dir.toString());

        assertEquals(2, run.exitCode());
        assertTrue(
                run.err()
                        .contains(dir.resolve("anytown-2025-plan.yaml")
                                + ":3:5: entries[0].respons: unknown field 'respons'; did" + " you mean 'response'?"),
                run.err());
    }

    @Test
    void sarifIsRefusedForProgressWithWhereItBelongs() {
        Run run = Cli.eflg("progress", Cli.DATA.toString(), "--organisation", COUNCIL, "--format", "sarif");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(
                run.err()
                        .startsWith(
                                "eflg: --format sarif is not a progress report format; use md, html or json (SARIF holds"
                                        + " the findings of one assessment: eflg assess --format sarif)\n"),
                run.err());
    }
}
