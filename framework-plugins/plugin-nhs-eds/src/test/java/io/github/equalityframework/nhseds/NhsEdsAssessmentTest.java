package io.github.equalityframework.nhseds;

import static io.github.equalityframework.nhseds.EdsAssessments.FULL_EVIDENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.ModuleResult;
import io.github.equalityframework.spi.CriterionResult;
import io.github.equalityframework.spi.Finding;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NhsEdsAssessmentTest {
    static final Clock MAY_2024 = Clock.fixed(Instant.parse("2024-05-01T09:00:00Z"), ZoneOffset.UTC);
    static final AssessmentEngine ENGINE = AssessmentEngine.builder()
            .plugin(new NhsEdsPlugin())
            .clock(MAY_2024)
            .build();

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({
        "0, undeveloped", "7, undeveloped",
        "8, developing", "21, developing",
        "22, achieving", "32, achieving",
        "33, excelling"
    })
    void overallRatingIsTheScoreCardBandOfTheSummedOutcomeScores(int score, String band) {
        AssessmentReport report = ENGINE.assess(EdsAssessments.scored(EdsAssessments.scoresSummingTo(score)));

        assertEquals(band, report.overall());
        assertTrue(report.complete());
        assertTrue(
                finding(report, "eds-score").message().startsWith("EDS score " + score + " of 33: "),
                () -> finding(report, "eds-score").message());
    }

    @Test
    void domainIsRatedByItsMeanOutcomeScoreRoundedDown() {
        // d1: 2+2+1+2 = 7, mean 1.75 -> 1; d2: 0+1+0+1 = 2, mean 0.5 -> 0; d3: 3+3+2 = 8, mean 2.67 -> 2.
        AssessmentReport report = ENGINE.assess(EdsAssessments.scored(2, 2, 1, 2, 0, 1, 0, 1, 3, 3, 2));

        assertEquals(
                List.of("developing", "undeveloped", "achieving"),
                report.modules().stream().map(ModuleResult::reached).toList());
        // 7 + 2 + 8 = 17: Developing, although no domain-level rule could say so.
        assertEquals("developing", report.overall());
        assertEquals(
                "EDS score 17 of 33: Developing (score card band 8 to 21; NHS England, Equality Delivery System 2022 "
                        + "(EDS 2022) score card, 2022). Domain scores: d1 Commissioned or "
                        + "provided services 7 of 12; d2 Workforce health and well-being 2 of 12; d3 Inclusive leadership 8 of 9. "
                        + "Domain ratings are this product's rule, not EDS's: the rating whose score is the domain's mean "
                        + "outcome score, rounded down (EDS publishes domain scores as sums).",
                finding(report, "eds-score").message());
    }

    @Test
    void overallDiffersFromTheLowestModuleRule() {
        // Every domain has an Undeveloped outcome, which would hold everything at Undeveloped under the lowest-level
        // rule; the sum (9 + 9 + 6 = 24) is Achieving, and so is each domain (means 2.25, 2.25 and 2).
        AssessmentReport report = ENGINE.assess(EdsAssessments.scored(3, 3, 3, 0, 3, 3, 3, 0, 3, 3, 0));

        assertEquals("achieving", report.overall());
        assertEquals(
                List.of("achieving", "achieving", "achieving"),
                report.modules().stream().map(ModuleResult::reached).toList());
    }

    @Test
    void outcomeWithoutRatingLeavesItsDomainAndTheOverallUnrated() {
        SelfAssessment full = EdsAssessments.scored(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
        List<Claim> claims = new ArrayList<>(full.claims());
        claims.remove(1);
        AssessmentReport report = ENGINE.assess(EdsAssessments.assessment(claims, FULL_EVIDENCE, Scope.ALL));

        assertEquals("not-assessed", report.overall());
        assertEquals(
                List.of("not-assessed", "achieving", "achieving"),
                report.modules().stream().map(ModuleResult::reached).toList());
        Finding notRated = finding(report, "outcome-not-rated");
        assertEquals(Severity.WARNING, notRated.severity());
        assertEquals(
                "Outcome 1B (Individual health needs are met) has no rating, so neither its domain nor the "
                        + "organisation has an EDS rating. Rate it; Undeveloped (0) is a rating.",
                notRated.message());
        assertTrue(finding(report, "eds-score").message().startsWith("No overall EDS score"));
    }

    @Test
    void domainOutOfScopeLeavesNoOverallRating() {
        SelfAssessment full = EdsAssessments.scored(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        AssessmentReport report = ENGINE.assess(
                EdsAssessments.assessment(full.claims(), FULL_EVIDENCE, new Scope(List.of(), List.of("d1", "d3"))));

        assertEquals("not-assessed", report.overall());
        assertEquals(
                List.of("excelling", "excelling"),
                report.modules().stream().map(ModuleResult::reached).toList());
        assertEquals("scope", finding(report, "domain-out-of-scope").path());
    }

    @Test
    void achievingWithoutConsultationIsEvidencedAsDevelopingOnly() {
        List<Claim> claims = new ArrayList<>(
                EdsAssessments.scored(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2).claims());
        claims.set(0, EdsAssessments.claim("d1/1a", 2, "patient-data"));
        AssessmentReport report = ENGINE.assess(EdsAssessments.assessment(claims, FULL_EVIDENCE, Scope.ALL));

        CriterionResult access = report.criteria().get(0);
        assertEquals("developing", access.evidenced());
        assertEquals("developing", access.reached());
        assertEquals(
                List.of("Achieving needs evidence of kind consultation, which the rating does not link to (an EDS "
                        + "rating of Achieving or above is agreed with patients, staff and stakeholders)"),
                access.reasons());
        // 21 from ten Achieving outcomes and one Developing: one point short of the Achieving band.
        assertEquals("developing", report.overall());
    }

    @Test
    void ratingWithoutDataOrWithoutPeoplesViewsIsOneSided() {
        List<Claim> claims = new ArrayList<>(
                EdsAssessments.scored(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2).claims());
        claims.set(0, EdsAssessments.claim("d1/1a", 1, "patient-data"));
        claims.set(4, EdsAssessments.claim("d2/2a", 2, "stakeholder-event"));
        claims.set(5, EdsAssessments.claim("d2/2b", 0));
        AssessmentReport report = ENGINE.assess(EdsAssessments.assessment(claims, FULL_EVIDENCE, Scope.ALL));

        List<Finding> oneSided = report.findings().stream()
                .filter(f -> f.rule().equals(EvidenceSourcesCheck.ID))
                .toList();
        assertEquals(
                List.of("claims[0] outcome-without-views", "claims[4] outcome-without-data"),
                oneSided.stream().map(f -> f.path() + " " + f.code()).toList(),
                "an Undeveloped rating needs neither");
        assertEquals(
                "Outcome 1A (Access to the service) is rated Developing without the views of patients, staff or "
                        + "stakeholders (evidence of kind consultation). Link what they said, or lower the rating.",
                oneSided.get(0).message());
        assertEquals("nhs-eds", oneSided.get(0).plugin());
    }

    @Test
    void scoreCardNamesTheClaimedTotalWhenEvidenceLowersIt() {
        List<Claim> claims = new ArrayList<>(
                EdsAssessments.scored(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3).claims());
        claims.set(10, EdsAssessments.claim("d3/3c", 3, "board-minutes", "stakeholder-event"));
        AssessmentReport report = ENGINE.assess(EdsAssessments.assessment(claims, FULL_EVIDENCE, Scope.ALL));

        assertEquals("achieving", report.overall());
        assertTrue(finding(report, "eds-score")
                .message()
                .endsWith("The ratings claimed add up to 33; the score counts the ratings reached."));
    }

    @Test
    void everySumFromZeroToThirtyThreeFallsInExactlyOneBand() {
        EdsScoreCard card = EdsScoreCard.eds2022();
        IntStream.rangeClosed(0, 33)
                .forEach(score -> assertEquals(
                        1, card.bands().stream().filter(b -> b.contains(score)).count(), "score " + score));
    }

    private static Finding finding(AssessmentReport report, String code) {
        return report.findings().stream()
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + code + " in " + report.findings()));
    }

    @Test
    void aDomainRatedAboveOneOfItsOutcomesIsFlagged() {
        // d3: 3 + 3 + 0 = 6, mean 2: Achieving, with outcome 3C Undeveloped. d1 and d2 are even: nothing to flag.
        AssessmentReport report = ENGINE.assess(EdsAssessments.scored(1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 0));

        assertEquals("achieving", report.modules().get(2).reached());
        List<String> flagged = report.findings().stream()
                .filter(f -> f.code().equals("domain-above-outcome"))
                .map(f -> f.message())
                .toList();
        assertEquals(1, flagged.size(), flagged::toString);
        assertTrue(
                flagged.get(0)
                        .startsWith("Domain d3 (Inclusive leadership) is rated Achieving (outcome scores 6 of 9, "
                                + "a mean of 2.00 rounded down, this product's rule) though outcome 3C ("),
                flagged.get(0));
        assertTrue(flagged.get(0).contains(") is Undeveloped (0)."), flagged.get(0));
    }
}
