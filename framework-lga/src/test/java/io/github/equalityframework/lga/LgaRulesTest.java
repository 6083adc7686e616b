package io.github.equalityframework.lga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.RuleProfile;
import io.github.equalityframework.engine.RuleSetting;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.ValidatedLevel;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.CriterionResult;
import io.github.equalityframework.spi.Finding;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The LGA rules on small hand-made 2021 assessments. m1/c1 expects equality-data (Developing),
 * annual-report (Achieving) and outcome-measure (Excellent); it is community-facing.
 */
class LgaRulesTest {
    static final Clock DECEMBER_2024 = Clock.fixed(Instant.parse("2024-12-01T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate PERIOD_END = LocalDate.of(2024, 3, 31);

    AssessmentEngine engine = AssessmentEngine.builder().plugin(new LgaPlugin()).profile("lga-default").clock(DECEMBER_2024).build();

    @AfterEach
    void close() {
        engine.close();
    }

    static EvidenceItem evidence(String id, String kind, LocalDate date, String... characteristics) {
        return new EvidenceItem(id, "Evidence " + id, kind, date, null, List.of(characteristics), null);
    }

    static SelfAssessment assessment(Scope scope, List<Claim> claims, List<EvidenceItem> evidence, PeerReview review, ActionPlan plan) {
        return new SelfAssessment(new Organisation("Anytown Borough Council", null), "lga-eflg-2021",
                new AssessmentPeriod(LocalDate.of(2023, 4, 1), PERIOD_END), scope, List.of(), claims, evidence, review, plan);
    }

    static SelfAssessment oneClaim(String level, List<EvidenceItem> evidence) {
        return assessment(new Scope(List.of("race"), List.of()),
                List.of(new Claim("m1/c1", level, "Our community profile.", evidence.stream().map(EvidenceItem::id).toList())),
                evidence, null, null);
    }

    CriterionResult result(AssessmentReport report, String criterion) {
        return report.criteria().stream().filter(c -> c.criterion().equals(criterion)).findFirst().orElseThrow();
    }

    List<String> codes(AssessmentReport report) {
        return report.findings().stream().map(Finding::code).toList();
    }

    @Test
    void levelsAreCumulativeSoAchievingNeedsDevelopingKindsToo() {
        LocalDate recent = LocalDate.of(2023, 6, 1);
        var onlyAchievingKind = oneClaim("achieving", List.of(evidence("e1", "annual-report", recent, "race")));
        var both = oneClaim("achieving", List.of(evidence("e1", "annual-report", recent, "race"), evidence("e2", "equality-data", recent, "race")));

        CriterionResult without = result(engine.assess(onlyAchievingKind), "m1/c1");
        assertEquals("not-assessed", without.evidenced());
        assertEquals(List.of("Achieving needs evidence of kind equality-data, which the claim does not link to"), without.reasons());
        assertEquals("achieving", result(engine.assess(both), "m1/c1").evidenced());
    }

    @Test
    void evidenceExactlyThirtySixMonthsOldStillCountsAndOneDayOlderDoesNot() {
        LocalDate boundary = PERIOD_END.minusMonths(36);
        var onBoundary = oneClaim("achieving", List.of(evidence("e1", "annual-report", boundary, "race"), evidence("e2", "equality-data", boundary, "race")));
        var dayOlder = oneClaim("achieving", List.of(evidence("e1", "annual-report", boundary.minusDays(1), "race"),
                evidence("e2", "equality-data", boundary, "race")));

        assertEquals("achieving", result(engine.assess(onBoundary), "m1/c1").evidenced());
        CriterionResult old = result(engine.assess(dayOlder), "m1/c1");
        assertEquals("developing", old.evidenced());
        assertTrue(old.reasons().contains("Evidence older than 36 months before the period end (2021-03-31) counts toward Developing only: e1 (2021-03-30)"),
                old.reasons().toString());
    }

    @Test
    void aCouncilProfileCanShortenTheRecencyWindow() {
        var twoYearsOld = oneClaim("achieving", List.of(evidence("e1", "annual-report", LocalDate.of(2022, 1, 10), "race"),
                evidence("e2", "equality-data", LocalDate.of(2023, 1, 10), "race")));
        RuleProfile strict = new RuleProfile("strict", "lga-default", null,
                Map.of("lga.evidence-recency", new RuleSetting(null, null, Map.of("maxAgeMonths", 12))));
        try (AssessmentEngine council = AssessmentEngine.builder().plugin(new LgaPlugin()).profile(strict).clock(DECEMBER_2024).build()) {
            assertEquals("achieving", result(engine.assess(twoYearsOld), "m1/c1").evidenced());
            assertEquals("developing", result(council.assess(twoYearsOld), "m1/c1").evidenced());
        }
    }

    @Test
    void aScopeOfOneCharacteristicNeedsOnlyThatOneCovered() {
        LocalDate recent = LocalDate.of(2023, 6, 1);
        var raceOnly = oneClaim("achieving", List.of(evidence("e1", "annual-report", recent, "race"), evidence("e2", "equality-data", recent, "race")));
        assertEquals("achieving", result(engine.assess(raceOnly), "m1/c1").evidenced());

        var wrongCharacteristic = oneClaim("achieving", List.of(evidence("e1", "annual-report", recent, "age"), evidence("e2", "equality-data", recent, "age")));
        CriterionResult capped = result(engine.assess(wrongCharacteristic), "m1/c1");
        assertEquals("developing", capped.evidenced());
        assertTrue(capped.reasons().contains("Above Developing, the evidence must cover every characteristic in scope; none of it covers race"),
                capped.reasons().toString());
        assertTrue(codes(engine.assess(wrongCharacteristic)).contains("characteristic-without-evidence"));
    }

    @Test
    void excellentIsCappedAtAchievingUntilPeersValidateIt() {
        LocalDate recent = LocalDate.of(2023, 6, 1);
        List<EvidenceItem> all = List.of(evidence("e1", "annual-report", recent, "race"), evidence("e2", "equality-data", recent, "race"),
                evidence("e3", "outcome-measure", recent, "race"));
        var claimed = oneClaim("excellent", all);
        AssessmentReport unvalidated = engine.assess(claimed);
        assertEquals("achieving", result(unvalidated, "m1/c1").evidenced());
        assertEquals("achieving", result(unvalidated, "m1/c1").reached());
        assertTrue(codes(unvalidated).contains("excellent-awaiting-validation"));

        PeerReview review = new PeerReview(List.of(), LocalDate.of(2024, 2, 6), null, null,
                List.of(new ValidatedLevel("m1/c1", "excellent", "Outcomes improving for three years")), List.of(), null);
        AssessmentReport validated = engine.assess(assessment(claimed.scope(), claimed.claims(), all, review, null));
        assertEquals("excellent", result(validated, "m1/c1").reached());
        assertTrue(!codes(validated).contains("excellent-awaiting-validation"));
    }

    @Test
    void claimChecksPointAtTheClaimAndSayWhatToDo() {
        var noEvidence = assessment(Scope.ALL, List.of(new Claim("m1/c1", "developing", null, List.of()),
                new Claim("m1/c2", "achieving", " ", List.of("e1"))), List.of(evidence("e1", "policy", LocalDate.of(2023, 6, 1))), null, null);

        List<Finding> findings = engine.assess(noEvidence).findings();

        assertTrue(findings.contains(new Finding("claim-without-evidence", io.github.equalityframework.spi.Severity.ERROR,
                "The claim for m1/c1 at Developing links to no evidence. Add the evidence that shows it to the register and list its ids in the claim.",
                "claims[0]", "lga.claim-without-evidence", "lga")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.code().equals("narrative-missing") && f.path().equals("claims[1]")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.code().equals("claim-above-evidence") && f.path().equals("claims[1]")), findings.toString());
        assertTrue(findings.stream().noneMatch(f -> f.code().equals("claim-above-evidence") && f.path().equals("claims[0]")),
                "a claim with no evidence gets one finding, not two");
    }

    @Test
    void evidenceAfterThePeriodInTheFutureAndUnusedIsReported() {
        var dated = oneClaim("developing", List.of(evidence("e1", "equality-data", LocalDate.of(2024, 5, 10), "race"),
                evidence("e2", "equality-data", LocalDate.of(2025, 1, 1), "race")));
        var withUnused = assessment(dated.scope(), dated.claims(),
                List.of(dated.evidence().get(0), dated.evidence().get(1), evidence("e3", "minutes", LocalDate.of(2023, 5, 1))), null, null);

        List<Finding> findings = engine.assess(withUnused).findings();
        assertTrue(findings.stream().anyMatch(f -> f.code().equals("evidence-after-period") && f.path().equals("evidence[0]")
                && f.message().equals("Evidence e1 is dated 2024-05-10, after the period ends (2024-03-31). Correct the date, or keep it for the next assessment.")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.code().equals("evidence-in-future") && f.path().equals("evidence[1]")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.code().equals("unused-evidence") && f.path().equals("evidence[2]")), findings.toString());
    }

    @Test
    void psedChecksLookForCurrentObjectivesAndThisYearsEqualityInformation() {
        var none = oneClaim("developing", List.of(evidence("e1", "equality-data", LocalDate.of(2021, 6, 1), "race")));
        List<String> codes = codes(engine.assess(none));
        assertTrue(codes.contains("psed-no-equality-objectives"), codes.toString());
        assertTrue(codes.contains("psed-no-annual-equality-information"), codes.toString());

        List<EvidenceItem> evidence = List.of(evidence("e1", "equality-data", LocalDate.of(2023, 4, 1), "race"),
                evidence("s1", "strategy", LocalDate.of(2020, 3, 30)));
        var oldObjectives = assessment(new Scope(List.of("race"), List.of()), List.of(
                new Claim("m1/c1", "developing", "x", List.of("e1")), new Claim("m3/c2", "developing", "x", List.of("s1"))), evidence, null, null);
        List<String> old = codes(engine.assess(oldObjectives));
        assertTrue(old.contains("psed-equality-objectives-old"), old.toString());
        assertTrue(!old.contains("psed-no-annual-equality-information"), "equality data dated exactly 12 months before the period end counts");
    }

    @Test
    void actionsPastDueAndNotCompleteAreOverdueByTheEngineClock() {
        PlannedAction due = new PlannedAction("A1", "Publish the profile", "Head of Policy", LocalDate.of(2024, 11, 30), ActionStatus.IN_PROGRESS, List.of(), null);
        PlannedAction today = new PlannedAction("A2", "Train staff", "Head of HR", LocalDate.of(2024, 12, 1), ActionStatus.NOT_STARTED, List.of(), null);
        PlannedAction done = new PlannedAction("A3", "Adopt policy", "Head of Policy", LocalDate.of(2024, 1, 1), ActionStatus.COMPLETE, List.of(), null);
        ActionPlan plan = new ActionPlan(null, List.of(new ActionPlanEntry("R1", RecommendationResponse.ACCEPTED, null, List.of(due, today, done))));
        var sample = oneClaim("developing", List.of(evidence("e1", "equality-data", LocalDate.of(2023, 6, 1), "race")));

        List<Finding> overdue = engine.assess(assessment(sample.scope(), sample.claims(), sample.evidence(), null, plan)).findings().stream()
                .filter(f -> f.code().equals("action-overdue")).toList();

        assertEquals(List.of("actionPlan.entries[0].actions[0]"), overdue.stream().map(Finding::path).toList(), "due today is not yet overdue");
        assertEquals("Action A1 (lead: Head of Policy) was due on 2024-11-30 and is in progress. Report its progress and agree a new date, or close it.",
                overdue.get(0).message());
    }

    @Test
    void rulesLeaveOtherFrameworksAlone() {
        assertTrue(engine.rules().stream().allMatch(r -> r.id().startsWith("lga.")));
        List<String> ids = new ArrayList<>(engine.rules().stream().map(r -> r.id()).toList());
        assertEquals(14, ids.size());
    }
}
