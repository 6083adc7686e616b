package io.github.equalityframework.lga;

import static io.github.equalityframework.lga.Fixtures.RECENT;
import static io.github.equalityframework.lga.Fixtures.assessment;
import static io.github.equalityframework.lga.Fixtures.evidence;
import static io.github.equalityframework.lga.Fixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.spi.CriterionResult;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** lga.characteristic-coverage: above Developing, community-facing criteria cover every characteristic in scope. */
class CharacteristicCoverageRuleTest {
    static final AssessmentEngine ENGINE = Fixtures.engine();
    static final String[] NINE = {
        "age",
        "disability",
        "gender-reassignment",
        "marriage-and-civil-partnership",
        "pregnancy-and-maternity",
        "race",
        "religion-or-belief",
        "sex",
        "sexual-orientation"
    };

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    static Fixtures.Assessment achievingOnM1c1Covering(String... characteristics) {
        return assessment()
                .claim(
                        "m1/c1",
                        "achieving",
                        evidence("e1", "annual-report", RECENT, characteristics),
                        evidence("e2", "equality-data", RECENT, characteristics));
    }

    @Test
    void aScopeOfOneCharacteristicNeedsOnlyThatOneCovered() {
        assertEquals(
                "achieving",
                result(
                                ENGINE.assess(achievingOnM1c1Covering("race")
                                        .scope("race")
                                        .build()),
                                "m1/c1")
                        .evidenced());
    }

    @Test
    void evidenceThatMissesTheCharacteristicInScopeCapsTheLevelAtDevelopingAndSaysWhichIsMissing() {
        CriterionResult result = result(
                ENGINE.assess(achievingOnM1c1Covering("age").scope("race").build()), "m1/c1");

        assertEquals("developing", result.evidenced());
        assertEquals(
                "Above Developing, the evidence must cover every characteristic in scope; none of it covers race",
                result.reasons().get(0));
    }

    @Test
    void withEverythingInScopeTheNineProtectedAndTheCouncilsOwnCharacteristicsAreNeeded() {
        var nineOnly =
                achievingOnM1c1Covering(NINE).scope().local("care-experience").build();
        CriterionResult result = result(ENGINE.assess(nineOnly), "m1/c1");

        assertEquals("developing", result.evidenced());
        assertEquals(
                "Above Developing, the evidence must cover every characteristic in scope; none of it covers care-experience",
                result.reasons().get(0));
    }

    @Test
    void withEverythingInScopeTheMissingOnesAreListedInTheActsOrder() {
        CriterionResult result = result(
                ENGINE.assess(achievingOnM1c1Covering("race", "age", "sex", "disability")
                        .scope()
                        .build()),
                "m1/c1");

        assertEquals(
                "Above Developing, the evidence must cover every characteristic in scope; none of it covers gender-reassignment, "
                        + "marriage-and-civil-partnership, pregnancy-and-maternity, religion-or-belief, sexual-orientation",
                result.reasons().get(0));
    }

    @Test
    void criteriaThatAreNotCommunityFacingAreNotCapped() {
        var leadership = assessment()
                .scope("race")
                .claim(
                        "m2/c1",
                        "achieving",
                        evidence("p", "policy", RECENT),
                        evidence("s", "strategy", RECENT),
                        evidence("t", "training", RECENT));

        assertEquals(
                "achieving", result(ENGINE.assess(leadership.build()), "m2/c1").evidenced());
    }

    @Test
    void aClaimAtDevelopingNeedsNoCoverageAndGetsNoCoverageReason() {
        CriterionResult result = result(
                ENGINE.assess(assessment()
                        .scope("race")
                        .claim("m1/c1", "developing", evidence("e1", "equality-data", RECENT, "age"))
                        .build()),
                "m1/c1");

        assertEquals("developing", result.evidenced());
        assertEquals(List.of("Achieving would need evidence of kind annual-report"), result.reasons());
    }
}
