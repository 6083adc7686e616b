package io.github.equalityframework.lga;

import static io.github.equalityframework.lga.Fixtures.DECEMBER_2024;
import static io.github.equalityframework.lga.Fixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled example, assessed as a peer reviewer would on 1 December 2024 under lga-default. Its planted
 * imperfections: m2/c1 (claims[5]) claimed Excellent on one strategy; m3/c1 (claims[9]) claimed with no
 * evidence; m2/c4 (claims[8]) claimed Achieving with no narrative; ev-18 and ev-19 stale; ev-28 dated after
 * the period; ev-29 used by no claim; actions A1.1 and A3.2 overdue. Three community-facing claims also lack
 * evidence about care-experienced people, whom the council put in scope.
 */
class AnytownAssessmentTest {
    static final Path EXAMPLE = Path.of("..", "examples", "data", "anytown-2024.yaml");
    static AssessmentEngine engine;
    static AssessmentReport report;

    @BeforeAll
    static void assess() {
        var read = ModelCodec.strict().readSelfAssessment(EXAMPLE);
        assertEquals(List.of(), read.problems());
        SelfAssessment anytown = read.value().orElseThrow();
        engine = AssessmentEngine.builder()
                .plugin(new LgaPlugin())
                .profile("lga-default")
                .clock(DECEMBER_2024)
                .build();
        report = engine.assess(anytown);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    static Finding at(String code, String path) {
        return report.findings().stream()
                .filter(f -> f.code().equals(code) && f.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " at " + path + " among "
                        + report.findings().stream()
                                .map(f -> f.code() + "@" + f.path())
                                .toList()));
    }

    @Test
    void theFindingsAreThoseAPeerReviewerExpectsMostSevereFirstInDocumentOrder() {
        assertEquals(
                List.of(
                        "error claim-without-evidence claims[9]",
                        "warning action-overdue actionPlan.entries[0].actions[0]",
                        "warning action-overdue actionPlan.entries[2].actions[1]",
                        "warning claim-above-evidence claims[2]",
                        "warning claim-above-evidence claims[3]",
                        "warning claim-above-evidence claims[5]",
                        "warning claim-above-evidence claims[7]",
                        "warning claim-above-evidence claims[8]",
                        "warning narrative-missing claims[8]",
                        "warning claim-above-evidence claims[11]",
                        "warning claim-above-evidence claims[13]",
                        "warning evidence-after-period evidence[27]",
                        "info unused-evidence evidence[28]"),
                report.findings().stream()
                        .map(f -> f.severity().name().toLowerCase() + " " + f.code() + " " + f.path())
                        .toList());
        assertTrue(report.complete());
        assertTrue(report.findings().stream()
                .allMatch(f -> f.plugin().equals("lga") && f.rule().startsWith("lga.")));
    }

    @Test
    void excellentLeadershipOnOneStrategyIsFarAboveItsEvidenceAndBelowWhatPeersValidated() {
        assertEquals(
                "The claim for m2/c1 is Excellent but its evidence supports no level (peers validated Achieving): Excellent needs "
                        + "evidence of kind policy, training, external-accreditation, which the claim does not link to; Excellent is claimed "
                        + "but peers validated Achieving. Add or refresh the evidence the reasons name, or lower the claim.",
                at("claim-above-evidence", "claims[5]").message());
        assertEquals("achieving", result(report, "m2/c1").reached());
    }

    @Test
    void procurementClaimedWithNoEvidenceIsAnError() {
        assertEquals(
                "The claim for m3/c1 at Developing links to no evidence. Add the evidence that shows it to the register and list "
                        + "its ids in the claim.",
                at("claim-without-evidence", "claims[9]").message());
        assertEquals("not-assessed", result(report, "m3/c1").evidenced());
    }

    @Test
    void scrutinyClaimedAtAchievingHasNoNarrativeAndLacksEqualityData() {
        assertEquals(
                "The claim for m2/c4 at Achieving has no narrative. Write two or three sentences on how the linked evidence shows "
                        + "the level's descriptor.",
                at("narrative-missing", "claims[8]").message());
        assertTrue(at("claim-above-evidence", "claims[8]")
                .message()
                .contains("Achieving needs evidence of kind equality-data"));
    }

    @Test
    void theStaleGuidanceAndDignityAtWorkPolicyAreNamedWhereTheyHoldClaimsBack() {
        assertTrue(
                at("claim-above-evidence", "claims[7]")
                        .message()
                        .contains(
                                "Evidence older than 36 months before the period end (2021-03-31) counts toward Developing only: ev-18 (2019-11-20)"));
        assertTrue(at("claim-above-evidence", "claims[7]").message().contains("(peers validated Achieving)"));
        assertTrue(at("claim-above-evidence", "claims[13]").message().contains("ev-19 (2020-09-01)"));
        assertEquals("developing", result(report, "m4/c2").evidenced());
    }

    @Test
    void theLatePayGapReportAndTheUnusedAccreditationArePointedAt() {
        assertEquals(
                "Evidence ev-28 is dated 2024-05-10, after the period ends (2024-03-31). Correct the date, or keep it for the next "
                        + "assessment.",
                at("evidence-after-period", "evidence[27]").message());
        assertEquals(
                "Evidence ev-29 ('Armed Forces Covenant Employer Recognition Scheme silver award') supports no claim. Link it to "
                        + "the claim it shows, or remove it.",
                at("unused-evidence", "evidence[28]").message());
    }

    @Test
    void theTwoActionsPastTheirDueDateAreOverdue() {
        assertTrue(at("action-overdue", "actionPlan.entries[0].actions[0]")
                .message()
                .startsWith("Action A1.1 "));
        assertTrue(at("action-overdue", "actionPlan.entries[2].actions[1]")
                .message()
                .startsWith("Action A3.2 "));
    }

    @Test
    void communityFacingClaimsWithoutEvidenceAboutCareExperiencedPeopleAreHeldAtDeveloping() {
        for (String claim : List.of("claims[2]", "claims[3]", "claims[11]")) {
            assertTrue(
                    at("claim-above-evidence", claim).message().contains("none of it covers")
                            && at("claim-above-evidence", claim).message().contains("care-experience"),
                    claim);
        }
    }

    @Test
    void theDutiesAreMetAndEveryCharacteristicInScopeHasEvidence() {
        assertTrue(
                report.findings().stream()
                        .noneMatch(f ->
                                f.code().startsWith("psed-") || f.code().equals("characteristic-without-evidence")),
                report.findings().toString());
    }

    @Test
    void validatedLevelsCountAndACriterionWhoseEvidenceShowsNoLevelHoldsTheOverallLevel() {
        assertEquals("excellent", result(report, "m1/c1").reached());
        assertEquals(
                "developing",
                result(report, "m4/c3").reached(),
                "peers validated Developing below the Achieving claim");
        assertEquals("not-assessed", result(report, "m3/c1").reached(), "claimed with no evidence");
        assertEquals(
                "not-assessed",
                report.overall(),
                "the lowest module level; m2 and m3 each hold a criterion at no level");
    }
}
