package io.github.equalityframework.lga;

import static io.github.equalityframework.lga.Fixtures.RECENT;
import static io.github.equalityframework.lga.Fixtures.assessment;
import static io.github.equalityframework.lga.Fixtures.evidence;
import static io.github.equalityframework.lga.Fixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.spi.CriterionResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** lga.evidence-kinds: the highest level whose expected kinds, with those of the levels below, are all linked. */
class EvidenceKindsRuleTest {
    static final AssessmentEngine ENGINE = Fixtures.engine();

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    CriterionResult m1c1(Fixtures.Assessment assessment) {
        return result(ENGINE.assess(assessment.build()), "m1/c1");
    }

    @Test
    void achievingNeedsTheDevelopingKindsTooSoItsOwnKindAloneEvidencesNoLevel() {
        CriterionResult result =
                m1c1(assessment().claim("m1/c1", "achieving", evidence("e1", "annual-report", RECENT, "race")));

        assertEquals("not-assessed", result.evidenced());
        assertEquals(
                java.util.List.of("Achieving needs evidence of kind equality-data, which the claim does not link to"),
                result.reasons());
    }

    @Test
    void theEvidencedLevelIsTheHighestWhoseKindsAreAllLinked() {
        CriterionResult result = m1c1(assessment()
                .claim(
                        "m1/c1",
                        "achieving",
                        evidence("e1", "annual-report", RECENT, "race"),
                        evidence("e2", "equality-data", RECENT, "race")));

        assertEquals("achieving", result.evidenced());
        assertEquals(java.util.List.of("Excellent would need evidence of kind outcome-measure"), result.reasons());
    }

    @Test
    void aClaimAboveTheEvidenceIsToldEverythingItsLevelLacks() {
        CriterionResult result =
                m1c1(assessment().claim("m1/c1", "excellent", evidence("e1", "equality-data", RECENT, "race")));

        assertEquals("developing", result.evidenced());
        assertEquals(
                "Excellent needs evidence of kind annual-report, outcome-measure, which the claim does not link to",
                result.reasons().get(0));
    }

    @Test
    void evidenceInTheRegisterThatTheClaimDoesNotLinkCountsForNothing() {
        CriterionResult result = m1c1(assessment()
                .claim("m1/c1", "developing", evidence("e1", "equality-data", RECENT, "race"))
                .evidence(evidence("e2", "annual-report", RECENT, "race")));

        assertEquals("developing", result.evidenced());
        assertEquals(java.util.List.of("Achieving would need evidence of kind annual-report"), result.reasons());
    }

    @Test
    void aCriterionWithoutAClaimIsEvidencedAtNoLevelAndToldWhatDevelopingWouldNeed() {
        CriterionResult result = m1c1(assessment());

        assertEquals("not-assessed", result.claimed());
        assertEquals("not-assessed", result.evidenced());
        assertEquals(java.util.List.of("Developing would need evidence of kind equality-data"), result.reasons());
    }
}
