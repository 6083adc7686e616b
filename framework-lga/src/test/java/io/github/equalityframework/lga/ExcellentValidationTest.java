package io.github.equalityframework.lga;

import static io.github.equalityframework.lga.Fixtures.RECENT;
import static io.github.equalityframework.lga.Fixtures.assessment;
import static io.github.equalityframework.lga.Fixtures.codes;
import static io.github.equalityframework.lga.Fixtures.evidence;
import static io.github.equalityframework.lga.Fixtures.findings;
import static io.github.equalityframework.lga.Fixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Finding;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * lga.excellent-needs-validation and lga.excellent-awaiting-validation: Excellent is claimed, awaiting peer
 * validation, until a peer review validates Excellent itself.
 */
class ExcellentValidationTest {
    static final AssessmentEngine ENGINE = Fixtures.engine();

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    /** A claim at Excellent on m1/c1 with every kind its levels expect. */
    static Fixtures.Assessment excellentWithFullEvidence() {
        return assessment()
                .claim(
                        "m1/c1",
                        "excellent",
                        evidence("e1", "equality-data", RECENT, "race"),
                        evidence("e2", "annual-report", RECENT, "race"),
                        evidence("e3", "outcome-measure", RECENT, "race"));
    }

    @Test
    void fullEvidenceWithoutValidationCountsAsAchievingAndIsShownAsAwaitingValidation() {
        AssessmentReport report = ENGINE.assess(excellentWithFullEvidence().build());

        assertEquals("achieving", result(report, "m1/c1").evidenced());
        assertEquals("achieving", result(report, "m1/c1").reached());
        assertEquals(
                List.of(new Finding(
                        "excellent-awaiting-validation",
                        Severity.INFO,
                        "The claim for m1/c1 at Excellent is claimed, "
                                + "awaiting peer validation; until a peer challenge validates it, it counts as Achieving at most. Include it in "
                                + "the scope of your next peer challenge.",
                        "claims[0]",
                        "lga.excellent-awaiting-validation",
                        "lga")),
                findings(report, "excellent-awaiting-validation"));
        assertFalse(codes(report).contains("claim-above-evidence"), "awaiting validation is not an evidence gap");
    }

    @Test
    void peersValidatingExcellentLetItCount() {
        AssessmentReport report = ENGINE.assess(excellentWithFullEvidence()
                .review(Fixtures.validated("m1/c1", "excellent"))
                .build());

        assertEquals("excellent", result(report, "m1/c1").evidenced());
        assertEquals("excellent", result(report, "m1/c1").reached());
        assertEquals(List.of(), findings(report, "excellent-awaiting-validation"));
    }

    @Test
    void peersValidatingALowerLevelKeepTheEvidenceAtAchievingAndTheClaimIsReportedAboveIt() {
        AssessmentReport report = ENGINE.assess(excellentWithFullEvidence()
                .review(Fixtures.validated("m1/c1", "achieving"))
                .build());

        assertEquals("achieving", result(report, "m1/c1").evidenced());
        assertEquals(
                List.of(),
                findings(report, "excellent-awaiting-validation"),
                "peers have judged it; it no longer awaits them");
        assertEquals(
                "The claim for m1/c1 is Excellent but its evidence supports Achieving (peers validated Achieving): Excellent is "
                        + "claimed but peers validated Achieving. Add or refresh the evidence the reasons name, or lower the claim.",
                findings(report, "claim-above-evidence").get(0).message());
    }

    @Test
    void aValidatedAchievingCriterionWithEvidenceForExcellentIsStillEvidencedAtAchieving() {
        var achieving = excellentWithFullEvidence().build();
        var claimedAchieving = assessment()
                .claim(
                        "m1/c1",
                        "achieving",
                        achieving.evidence().toArray(new io.github.equalityframework.model.EvidenceItem[0]))
                .review(Fixtures.validated("m1/c1", "achieving"))
                .build();

        assertEquals(
                "achieving", result(ENGINE.assess(claimedAchieving), "m1/c1").evidenced());
    }

    @Test
    void anUnvalidatedExcellentClaimMissingAKindGetsBothTheNoteAndTheWarning() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim(
                        "m1/c1",
                        "excellent",
                        evidence("e1", "equality-data", RECENT, "race"),
                        evidence("e2", "annual-report", RECENT, "race"))
                .build());

        assertEquals(
                List.of("claim-above-evidence", "excellent-awaiting-validation"),
                codes(report).stream()
                        .filter(c -> c.contains("evidence") || c.contains("validation"))
                        .toList());
        assertEquals(
                "The claim for m1/c1 is Excellent but its evidence supports Achieving: Excellent needs evidence of kind "
                        + "outcome-measure, which the claim does not link to. Add or refresh the evidence the reasons name, or lower the claim.",
                findings(report, "claim-above-evidence").get(0).message());
    }
}
