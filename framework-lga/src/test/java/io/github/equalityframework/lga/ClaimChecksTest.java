package io.github.equalityframework.lga;

import static io.github.equalityframework.lga.Fixtures.RECENT;
import static io.github.equalityframework.lga.Fixtures.assessment;
import static io.github.equalityframework.lga.Fixtures.evidence;
import static io.github.equalityframework.lga.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Finding;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** lga.claim-without-evidence, lga.claim-above-evidence and lga.narrative-missing. */
class ClaimChecksTest {
    static final AssessmentEngine ENGINE = Fixtures.engine();

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    @Test
    void aClaimWithoutEvidenceIsAnErrorThatSaysWhatToAdd() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim(new Claim("m1/c1", "developing", "We collect data.", List.of()))
                .build());

        assertEquals(
                List.of(new Finding(
                        "claim-without-evidence",
                        Severity.ERROR,
                        "The claim for m1/c1 at Developing links to no "
                                + "evidence. Add the evidence that shows it to the register and list its ids in the claim.",
                        "claims[0]",
                        "lga.claim-without-evidence",
                        "lga")),
                findings(report, "claim-without-evidence"));
        assertEquals(
                List.of(),
                findings(report, "claim-above-evidence"),
                "a claim with no evidence gets one finding, not two");
    }

    @Test
    void aClaimAboveItsEvidenceIsAWarningThatRepeatsTheReasons() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim(Fixtures.claim("m1/c2", "developing", "d0"))
                .claim("m1/c1", "achieving", evidence("e1", "equality-data", RECENT, "race"))
                .evidence(evidence("d0", "equality-data", RECENT, "race"))
                .build());

        assertEquals(
                List.of(new Finding(
                        "claim-above-evidence",
                        Severity.WARNING,
                        "The claim for m1/c1 is Achieving but its evidence "
                                + "supports Developing: Achieving needs evidence of kind annual-report, which the claim does not link to. "
                                + "Add or refresh the evidence the reasons name, or lower the claim.",
                        "claims[1]",
                        "lga.claim-above-evidence",
                        "lga")),
                findings(report, "claim-above-evidence"));
    }

    @Test
    void evidenceThatSupportsNoLevelIsSaidSo() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim("m2/c1", "developing", evidence("s1", "strategy", RECENT))
                .build());

        assertEquals(
                "The claim for m2/c1 is Developing but its evidence supports no level: Developing needs evidence of kind policy, "
                        + "which the claim does not link to. Add or refresh the evidence the reasons name, or lower the claim.",
                findings(report, "claim-above-evidence").get(0).message());
    }

    @Test
    void aClaimAtOrBelowItsEvidenceIsNotReported() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim(
                        "m1/c1",
                        "developing",
                        evidence("e1", "equality-data", RECENT, "race"),
                        evidence("e2", "annual-report", RECENT, "race"))
                .build());

        assertEquals(List.of(), findings(report, "claim-above-evidence"));
    }

    @Test
    void anAchievingClaimWithABlankNarrativeIsAskedForOne() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim(new Claim("m1/c1", "achieving", "  ", List.of("e1")))
                .claim(new Claim("m1/c2", "developing", null, List.of("e1")))
                .claim(new Claim("m1/c3", "excellent", null, List.of("e1")))
                .evidence(evidence("e1", "equality-data", RECENT, "race"))
                .build());

        assertEquals(
                List.of("claims[0]", "claims[2]"),
                findings(report, "narrative-missing").stream()
                        .map(Finding::path)
                        .toList(),
                "Developing needs no narrative");
        assertEquals(
                "The claim for m1/c1 at Achieving has no narrative. Write two or three sentences on how the linked evidence "
                        + "shows the level's descriptor.",
                findings(report, "narrative-missing").get(0).message());
        assertEquals(
                Severity.WARNING, findings(report, "narrative-missing").get(0).severity());
    }
}
