package io.github.equalityframework.lga;

import static io.github.equalityframework.lga.Fixtures.DECEMBER_2024;
import static io.github.equalityframework.lga.Fixtures.PERIOD_END;
import static io.github.equalityframework.lga.Fixtures.RECENT;
import static io.github.equalityframework.lga.Fixtures.assessment;
import static io.github.equalityframework.lga.Fixtures.evidence;
import static io.github.equalityframework.lga.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.model.RuleProfile;
import io.github.equalityframework.model.RuleSetting;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** lga.psed-equality-objectives and lga.psed-equality-information, read from {@link PublicSectorEqualityDuty}. */
class PsedChecksTest {
    static final AssessmentEngine ENGINE = Fixtures.engine();

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    /** Objectives of this date on m3/c2, the criterion tagged psed-equality-objectives, and this year's data. */
    static Fixtures.Assessment objectivesOf(LocalDate date) {
        return assessment()
                .claim("m3/c2", "developing", evidence("obj", "equality-objectives", date, "race"))
                .claim("m1/c1", "developing", evidence("data", "equality-data", RECENT, "race"));
    }

    @Test
    void theDutiesCiteTheActAndTheRegulations() {
        PublicSectorEqualityDuty psed = PublicSectorEqualityDuty.ENGLAND;
        assertEquals(
                List.of(
                        "Equality Act 2010, s.149(1)(a)",
                        "Equality Act 2010, s.149(1)(b)",
                        "Equality Act 2010, s.149(1)(c)"),
                psed.aims().stream()
                        .map(PublicSectorEqualityDuty.Aim::provision)
                        .toList());
        assertEquals(
                12, psed.duty(PublicSectorEqualityDuty.EQUALITY_INFORMATION).everyMonths());
        assertEquals(48, psed.duty(PublicSectorEqualityDuty.EQUALITY_OBJECTIVES).everyMonths());
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.NoSuchElementException.class, () -> psed.duty("gender-pay-gap"));
        assertEquals("no specific duty 'gender-pay-gap'", e.getMessage());
    }

    @Test
    void noObjectivesInTheRegisterIsReportedAtTheObjectivesCriterionsClaim() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim("m1/c1", "developing", evidence("data", "equality-data", RECENT, "race"))
                .claim("m3/c2", "developing", evidence("plan", "policy", RECENT))
                .build());

        assertEquals(
                List.of(new Finding(
                        "psed-no-equality-objectives",
                        Severity.WARNING,
                        "No equality objectives (evidence of kind equality-objectives) are in the register. The PSED "
                                + "(SI 2017/353, reg. 5) requires published objectives at least every four years: add "
                                + "the current objectives with kind equality-objectives and link them to the claim for "
                                + "m3/c2 (Integrating equality objectives into service planning).",
                        "claims[1]",
                        "lga.psed-equality-objectives",
                        "lga")),
                findings(report, "psed-no-equality-objectives"));
    }

    @Test
    void aStrategyLinkedToTheObjectivesCriterionDoesNotCountAndIsAskedForTheNewKind() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim("m1/c1", "developing", evidence("data", "equality-data", RECENT, "race"))
                .claim(
                        "m3/c2",
                        "developing",
                        evidence("recovery", "strategy", RECENT, "race"),
                        evidence("plan", "policy", RECENT))
                .build());

        assertEquals(
                List.of(new Finding(
                        "psed-equality-objectives-as-strategy",
                        Severity.WARNING,
                        "Evidence of kind strategy (recovery) is linked to m3/c2 (Integrating equality objectives "
                                + "into service planning), but the register has no evidence of kind equality-objectives. "
                                + "If it holds the council's published equality objectives, give it kind "
                                + "equality-objectives: only that kind meets the PSED (SI 2017/353, reg. 5, objectives at "
                                + "least every four years), and a strategy for another purpose does not.",
                        "evidence[1]",
                        "lga.psed-equality-objectives",
                        "lga")),
                report.findings().stream()
                        .filter(f -> f.rule().equals("lga.psed-equality-objectives"))
                        .toList());
    }

    @Test
    void objectivesCountAsTheStrategyALevelExpects() {
        AssessmentReport asObjectives = ENGINE.assess(objectivesOf(RECENT).build());
        AssessmentReport asStrategy = ENGINE.assess(assessment()
                .claim("m3/c2", "developing", evidence("obj", "strategy", RECENT, "race"))
                .claim("m1/c1", "developing", evidence("data", "equality-data", RECENT, "race"))
                .build());

        assertEquals("developing", Fixtures.result(asStrategy, "m3/c2").evidenced());
        assertEquals("developing", Fixtures.result(asObjectives, "m3/c2").evidenced());
        assertEquals(List.of(), findings(asObjectives, "psed-no-equality-objectives"));
    }

    @Test
    void objectivesAnywhereInTheRegisterCount() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim("m1/c1", "developing", evidence("data", "equality-data", RECENT, "race"))
                .evidence(evidence("obj", "equality-objectives", RECENT))
                .build());

        assertEquals(
                List.of(),
                report.findings().stream()
                        .filter(f -> f.rule().equals("lga.psed-equality-objectives"))
                        .toList());
    }

    @Test
    void withoutAClaimOnTheObjectivesCriterionTheFindingPointsAtTheClaims() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim("m1/c1", "developing", evidence("d", "equality-data", RECENT, "race"))
                .build());

        assertEquals(
                List.of("claims"),
                findings(report, "psed-no-equality-objectives").stream()
                        .map(Finding::path)
                        .toList());
    }

    @Test
    void objectivesExactlyFourYearsOldStillCount() {
        assertEquals(
                List.of(),
                findings(
                        ENGINE.assess(objectivesOf(PERIOD_END.minusMonths(48)).build()),
                        "psed-equality-objectives-old"));
    }

    @Test
    void objectivesOneDayOlderAreReportedAsOldAtThePeriodEnd() {
        AssessmentReport report = ENGINE.assess(
                objectivesOf(PERIOD_END.minusMonths(48).minusDays(1)).build());

        assertEquals(
                List.of(new Finding(
                        "psed-equality-objectives-old",
                        Severity.WARNING,
                        "The newest equality objectives (obj, published 2020-03-30) were over 4 years old at the end "
                                + "of the period (2024-03-31). The PSED (SI 2017/353, reg. 5) requires equality "
                                + "objectives to be published at least every four years; objectives reviewed and "
                                + "published again, changed or not, count from their new publication. Publish them "
                                + "again and give that date in the register.",
                        "evidence[0]",
                        "lga.psed-equality-objectives",
                        "lga")),
                findings(report, "psed-equality-objectives-old"));
        assertEquals(List.of(), findings(report, "psed-equality-objectives-now-old"));
    }

    @Test
    void objectivesCurrentAtThePeriodEndButOldOnTheReportDateAreReportedAsNowOld() {
        // The report date is 2024-12-01: objectives of 2020-11-30 were current on 2024-03-31, not today.
        AssessmentReport report = ENGINE.assess(
                objectivesOf(Fixtures.TODAY.minusMonths(48).minusDays(1)).build());

        assertEquals(
                List.of(new Finding(
                        "psed-equality-objectives-now-old",
                        Severity.WARNING,
                        "The newest equality objectives (obj) are now over 4 years old (published 2020-11-30; they "
                                + "were due to be published again by 2024-11-30). The PSED (SI 2017/353, reg. 5) "
                                + "requires equality objectives to be published at least every four years; objectives "
                                + "reviewed and published again, changed or not, count from their new publication. "
                                + "Publish them again and give that date in the register.",
                        "evidence[0]",
                        "lga.psed-equality-objectives",
                        "lga")),
                findings(report, "psed-equality-objectives-now-old"));
        assertEquals(List.of(), findings(report, "psed-equality-objectives-old"));
    }

    @Test
    void objectivesExactlyFourYearsOldOnTheReportDateStillCount() {
        AssessmentReport report =
                ENGINE.assess(objectivesOf(Fixtures.TODAY.minusMonths(48)).build());

        assertEquals(List.of(), findings(report, "psed-equality-objectives-now-old"));
    }

    @Test
    void objectivesPublishedAgainCountFromTheirLatestPublication() {
        // First agreed in 2016, reviewed and published again unchanged in 2022: the register gives both.
        AssessmentReport report = ENGINE.assess(assessment()
                .claim(
                        "m3/c2",
                        "developing",
                        evidence("obj-2016", "equality-objectives", LocalDate.of(2016, 4, 1), "race"),
                        evidence("obj-2022", "equality-objectives", LocalDate.of(2022, 4, 1), "race"))
                .claim("m1/c1", "developing", evidence("data", "equality-data", RECENT, "race"))
                .build());

        assertEquals(
                List.of(),
                report.findings().stream()
                        .filter(f -> f.rule().equals("lga.psed-equality-objectives"))
                        .toList());
    }

    @Test
    void aProfileOfThirtyMonthsSpeaksInMonths() {
        RuleProfile strict = new RuleProfile(
                "anytown-psed-months",
                "lga-default",
                null,
                Map.of("lga.psed-equality-objectives", new RuleSetting(null, null, Map.of("maxAgeMonths", 30))));
        try (AssessmentEngine council = AssessmentEngine.builder()
                .plugin(new LgaPlugin())
                .profile(strict)
                .clock(DECEMBER_2024)
                .build()) {
            List<Finding> old = findings(
                    council.assess(objectivesOf(PERIOD_END.minusMonths(40)).build()), "psed-equality-objectives-old");
            assertEquals(
                    List.of("The newest equality objectives (obj, published 2020-11-30) were over 30 months old at "
                            + "the end of the period (2024-03-31)."),
                    old.stream()
                            .map(f -> f.message().substring(0, f.message().indexOf(").") + 2))
                            .toList());
        }
    }

    @Test
    void noEqualityInformationInTheLastYearIsReported() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim("m3/c2", "developing", evidence("obj", "equality-objectives", RECENT, "race"))
                .claim(
                        "m1/c1",
                        "developing",
                        evidence(
                                "old",
                                "equality-data",
                                PERIOD_END.minusMonths(12).minusDays(1),
                                "race"))
                .build());

        assertEquals(
                List.of(new Finding(
                        "psed-no-annual-equality-information",
                        Severity.WARNING,
                        "No equality information (evidence "
                                + "of kind annual-report or equality-data) is dated between 2023-03-31 and 2024-03-31. The PSED (SI 2017/353, "
                                + "reg. 4) requires it to be published at least once a year: add this year's equality information to the register.",
                        "evidence",
                        "lga.psed-equality-information",
                        "lga")),
                findings(report, "psed-no-annual-equality-information"));
    }

    @Test
    void equalityInformationExactlyTwelveMonthsBeforeThePeriodEndCounts() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim("m3/c2", "developing", evidence("obj", "equality-objectives", RECENT, "race"))
                .claim("m1/c1", "developing", evidence("data", "equality-data", PERIOD_END.minusMonths(12), "race"))
                .build());

        assertEquals(List.of(), findings(report, "psed-no-annual-equality-information"));
    }

    @Test
    void inAPeriodLongerThanAYearInformationFromItsStartCounts() {
        AssessmentReport report = ENGINE.assess(assessment()
                .period(LocalDate.of(2022, 4, 1), PERIOD_END)
                .claim("m3/c2", "developing", evidence("obj", "equality-objectives", RECENT, "race"))
                .claim("m1/c1", "developing", evidence("report", "annual-report", LocalDate.of(2022, 7, 1), "race"))
                .build());

        assertEquals(List.of(), findings(report, "psed-no-annual-equality-information"));
    }

    @Test
    void informationPublishedAfterThePeriodDoesNotMeetTheDutyForIt() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim("m3/c2", "developing", evidence("obj", "equality-objectives", RECENT, "race"))
                .claim("m1/c1", "developing", evidence("late", "annual-report", PERIOD_END.plusDays(1), "race"))
                .build());

        assertEquals(1, findings(report, "psed-no-annual-equality-information").size());
    }

    @Test
    void aCouncilProfileCanAskForObjectivesEveryThreeYears() {
        RuleProfile strict = new RuleProfile(
                "anytown-psed",
                "lga-default",
                null,
                Map.of(
                        "lga.psed-equality-objectives",
                        new RuleSetting(null, Severity.ERROR, Map.of("maxAgeMonths", 36))));
        try (AssessmentEngine council = AssessmentEngine.builder()
                .plugin(new LgaPlugin())
                .profile(strict)
                .clock(DECEMBER_2024)
                .build()) {
            List<Finding> old = findings(
                    council.assess(objectivesOf(PERIOD_END.minusMonths(40)).build()), "psed-equality-objectives-old");
            assertEquals(
                    List.of(Severity.ERROR), old.stream().map(Finding::severity).toList());
        }
    }
}
