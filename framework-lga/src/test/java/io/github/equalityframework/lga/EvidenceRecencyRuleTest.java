package io.github.equalityframework.lga;

import static io.github.equalityframework.lga.Fixtures.DECEMBER_2024;
import static io.github.equalityframework.lga.Fixtures.PERIOD_END;
import static io.github.equalityframework.lga.Fixtures.RECENT;
import static io.github.equalityframework.lga.Fixtures.assessment;
import static io.github.equalityframework.lga.Fixtures.evidence;
import static io.github.equalityframework.lga.Fixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.RuleProfile;
import io.github.equalityframework.model.RuleSetting;
import io.github.equalityframework.spi.CriterionResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** lga.evidence-recency: evidence older than maxAgeMonths before the period end counts toward Developing only. */
class EvidenceRecencyRuleTest {
    static final AssessmentEngine ENGINE = Fixtures.engine();
    static final LocalDate THIRTY_SIX_MONTHS = PERIOD_END.minusMonths(36);

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    /** A claim at Achieving on m1/c1 whose annual report is dated {@code reportDate}; its equality data is recent. */
    static Fixtures.Assessment achievingWithReportOf(LocalDate reportDate) {
        return assessment()
                .claim(
                        "m1/c1",
                        "achieving",
                        evidence("e1", "annual-report", reportDate, "race"),
                        evidence("e2", "equality-data", RECENT, "race"));
    }

    @Test
    void evidenceExactlyThirtySixMonthsOldStillCounts() {
        assertEquals(LocalDate.of(2021, 3, 31), THIRTY_SIX_MONTHS);
        CriterionResult result =
                result(ENGINE.assess(achievingWithReportOf(THIRTY_SIX_MONTHS).build()), "m1/c1");

        assertEquals("achieving", result.evidenced());
    }

    @Test
    void evidenceOneDayOlderCountsTowardDevelopingOnlyAndIsNamed() {
        CriterionResult result = result(
                ENGINE.assess(
                        achievingWithReportOf(THIRTY_SIX_MONTHS.minusDays(1)).build()),
                "m1/c1");

        assertEquals("developing", result.evidenced());
        assertTrue(
                result.reasons()
                        .contains(
                                "Evidence older than 36 months before the period end (2021-03-31) counts toward Developing only: e1 (2021-03-30)"),
                result.reasons().toString());
    }

    @Test
    void oldEvidenceStillShowsDeveloping() {
        EvidenceItem old = evidence("e1", "equality-data", LocalDate.of(2015, 1, 1), "race");
        CriterionResult result = result(
                ENGINE.assess(assessment().claim("m1/c1", "developing", old).build()), "m1/c1");

        assertEquals("developing", result.evidenced());
    }

    @Test
    void oldEvidenceAlongsideRecentEvidenceOfTheSameKindsCostsNothing() {
        CriterionResult result = result(
                ENGINE.assess(assessment()
                        .claim(
                                "m1/c1",
                                "achieving",
                                evidence("e1", "annual-report", RECENT, "race"),
                                evidence("e2", "equality-data", RECENT, "race"),
                                evidence("old", "annual-report", LocalDate.of(2015, 1, 1), "race"))
                        .build()),
                "m1/c1");

        assertEquals("achieving", result.evidenced());
        assertEquals(List.of("Excellent would need evidence of kind outcome-measure"), result.reasons());
    }

    @Test
    void theWindowCountsWholeMonthsBackFromALeapDayPeriodEnd() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        Fixtures.Assessment onBoundary =
                achievingWithReportOf(LocalDate.of(2021, 2, 28)).period(LocalDate.of(2023, 3, 1), leapDay);
        Fixtures.Assessment dayBefore =
                achievingWithReportOf(LocalDate.of(2021, 2, 27)).period(LocalDate.of(2023, 3, 1), leapDay);

        assertEquals(
                "achieving", result(ENGINE.assess(onBoundary.build()), "m1/c1").evidenced());
        assertEquals(
                "developing", result(ENGINE.assess(dayBefore.build()), "m1/c1").evidenced());
    }

    @Test
    void aCouncilProfileCanShortenTheWindow() {
        var twoYearsOld = achievingWithReportOf(LocalDate.of(2022, 1, 10)).build();
        RuleProfile strict = new RuleProfile(
                "anytown-strict",
                "lga-default",
                null,
                Map.of("lga.evidence-recency", new RuleSetting(null, null, Map.of("maxAgeMonths", 12))));
        try (AssessmentEngine council = AssessmentEngine.builder()
                .plugin(new LgaPlugin())
                .profile(strict)
                .clock(DECEMBER_2024)
                .build()) {
            assertEquals(
                    "achieving", result(ENGINE.assess(twoYearsOld), "m1/c1").evidenced());
            assertEquals(
                    "developing", result(council.assess(twoYearsOld), "m1/c1").evidenced());
            assertTrue(
                    result(council.assess(twoYearsOld), "m1/c1")
                            .reasons()
                            .contains(
                                    "Evidence older than 12 months before the period end (2023-03-31) counts toward Developing only: e1 (2022-01-10)"));
        }
    }

    @Test
    void aProfileThatGivesTheWindowAsTextIsRefusedWithTheParameterNamed() {
        RuleProfile wrong = new RuleProfile(
                "anytown-wrong",
                "lga-default",
                null,
                Map.of("lga.evidence-recency", new RuleSetting(null, null, Map.of("maxAgeMonths", "three years"))));
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.equalityframework.engine.InvalidProfileException.class,
                () -> AssessmentEngine.builder()
                        .plugin(new LgaPlugin())
                        .profile(wrong)
                        .build());
        assertTrue(
                e.getMessage()
                        .contains(
                                "rules.lga.evidence-recency.parameters.maxAgeMonths: must be a whole number, not 'three years'"),
                e.getMessage());
    }
}
