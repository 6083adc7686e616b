package io.github.equalityframework.lga;

import static io.github.equalityframework.lga.Fixtures.DECEMBER_2024;
import static io.github.equalityframework.lga.Fixtures.PERIOD_END;
import static io.github.equalityframework.lga.Fixtures.RECENT;
import static io.github.equalityframework.lga.Fixtures.assessment;
import static io.github.equalityframework.lga.Fixtures.evidence;
import static io.github.equalityframework.lga.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.RuleProfile;
import io.github.equalityframework.engine.RuleSetting;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.Severity;
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

    /** Objectives (strategy) of this date on m3/c2, the criterion tagged psed-equality-objectives, and this year's data. */
    static Fixtures.Assessment objectivesOf(LocalDate date) {
        return assessment()
                .claim("m3/c2", "developing", evidence("obj", "strategy", date, "race"))
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
    void noObjectivesLinkedToTheObjectivesCriterionIsReportedAtItsClaim() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim("m1/c1", "developing", evidence("data", "equality-data", RECENT, "race"))
                .claim("m3/c2", "developing", evidence("plan", "policy", RECENT))
                .build());

        assertEquals(
                List.of(new Finding(
                        "psed-no-equality-objectives",
                        Severity.WARNING,
                        "No equality objectives (evidence of kind "
                                + "strategy) are linked to m3/c2 (Integrating equality objectives into service planning). The PSED (SI 2017/353, "
                                + "reg. 5) requires published objectives at least every four years: add the current objectives to the register "
                                + "and link them to the claim for that criterion.",
                        "claims[1]",
                        "lga.psed-equality-objectives",
                        "lga")),
                findings(report, "psed-no-equality-objectives"));
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
    void objectivesOneDayOlderAreReportedAsDueForRenewal() {
        AssessmentReport report = ENGINE.assess(
                objectivesOf(PERIOD_END.minusMonths(48).minusDays(1)).build());

        assertEquals(
                List.of(new Finding(
                        "psed-equality-objectives-old",
                        Severity.WARNING,
                        "The newest equality objectives (obj, "
                                + "2020-03-30) are dated before 2020-03-31, more than 48 months before the period ends. The PSED (SI 2017/353, "
                                + "reg. 5) requires new objectives at least every four years: publish refreshed objectives and add them to the "
                                + "register.",
                        "evidence[0]",
                        "lga.psed-equality-objectives",
                        "lga")),
                findings(report, "psed-equality-objectives-old"));
    }

    @Test
    void noEqualityInformationInTheLastYearIsReported() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim("m3/c2", "developing", evidence("obj", "strategy", RECENT, "race"))
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
                .claim("m3/c2", "developing", evidence("obj", "strategy", RECENT, "race"))
                .claim("m1/c1", "developing", evidence("data", "equality-data", PERIOD_END.minusMonths(12), "race"))
                .build());

        assertEquals(List.of(), findings(report, "psed-no-annual-equality-information"));
    }

    @Test
    void inAPeriodLongerThanAYearInformationFromItsStartCounts() {
        AssessmentReport report = ENGINE.assess(assessment()
                .period(LocalDate.of(2022, 4, 1), PERIOD_END)
                .claim("m3/c2", "developing", evidence("obj", "strategy", RECENT, "race"))
                .claim("m1/c1", "developing", evidence("report", "annual-report", LocalDate.of(2022, 7, 1), "race"))
                .build());

        assertEquals(List.of(), findings(report, "psed-no-annual-equality-information"));
    }

    @Test
    void informationPublishedAfterThePeriodDoesNotMeetTheDutyForIt() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim("m3/c2", "developing", evidence("obj", "strategy", RECENT, "race"))
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
