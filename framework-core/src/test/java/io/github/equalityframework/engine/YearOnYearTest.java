package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.LevelChange;
import io.github.equalityframework.report.LevelChange.Direction;
import io.github.equalityframework.report.ProgressReport;
import io.github.equalityframework.report.YearOnYear;
import io.github.equalityframework.spi.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class YearOnYearTest {
    AssessmentEngine engine =
            AssessmentEngine.builder().plugin(new TestFramework.Plugin()).build();

    @AfterEach
    void close() {
        engine.close();
    }

    private YearOnYear.Side side(SelfAssessment assessment) {
        return new YearOnYear.Side(assessment, engine.assess(assessment));
    }

    @Test
    void levelsEvidenceAndFindingsAreComparedByStableIdentity() {
        SelfAssessment before = TestFramework.sample();
        // A year later: m1/c2 gains equality data, the unused minutes are dropped, a new unused item appears,
        // and the evidence register is in another order (so list indices differ).
        List<EvidenceItem> evidence = new ArrayList<>(before.evidence().subList(0, 3));
        evidence.add(0, TestFramework.evidence("e9", "training"));
        List<Claim> claims = new ArrayList<>(before.claims());
        claims.set(1, new Claim("m1/c2", "achieving", "Better.", List.of("e1", "e2")));
        SelfAssessment after = TestFramework.assessment(claims, evidence, null);

        ProgressReport progress = YearOnYear.compare(TestFramework.definition(), side(before), side(after));

        assertEquals(
                new LevelChange("m1/c2", "Criterion m1/c2", "developing", "achieving", Direction.UP),
                progress.criteria().get(1));
        assertEquals(Direction.SAME, progress.criteria().get(0).change());
        assertEquals(
                new LevelChange("m1", "Communities", "developing", "achieving", Direction.UP),
                progress.modules().get(0));
        assertEquals(
                new LevelChange("overall", "Overall", "developing", "achieving", Direction.UP), progress.overall());
        assertEquals(List.of("e9"), progress.evidenceAdded());
        assertEquals(List.of("e4"), progress.evidenceGone());
        assertEquals(
                List.of("evidence[3]"),
                progress.findingsResolved().stream().map(f -> f.path()).toList());
        assertEquals(
                List.of("evidence[0]"),
                progress.findingsNew().stream().map(f -> f.path()).toList());
    }

    /** An action moved within the plan from one year to the next is the same action, matched by its id. */
    @Test
    void findingsAboutAPlannedActionAreMatchedByTheActionsId() {
        PlannedAction a1 = action("A1");
        PlannedAction a2 = action("A2");
        SelfAssessment before = TestFramework.sample().withActionPlan(plan(a1, a2));
        SelfAssessment after = TestFramework.sample().withActionPlan(plan(a2, a1));
        Finding overdueBefore = overdue("actionPlan.entries[0].actions[1].due");
        Finding overdueAfter = overdue("actionPlan.entries[0].actions[0].due");

        ProgressReport progress = YearOnYear.compare(
                TestFramework.definition(),
                new YearOnYear.Side(before, withFindings(engine.assess(before), overdueBefore)),
                new YearOnYear.Side(after, withFindings(engine.assess(after), overdueAfter)));

        assertEquals(List.of(), progress.findingsResolved(), "A2 is still overdue");
        assertEquals(List.of(), progress.findingsNew(), "A2 is still overdue");
    }

    private static PlannedAction action(String id) {
        return new PlannedAction(
                id,
                "Publish the pay gap",
                "Head of HR",
                LocalDate.of(2024, 3, 31),
                ActionStatus.OVERDUE,
                List.of(),
                null);
    }

    private static ActionPlan plan(PlannedAction... actions) {
        return new ActionPlan(
                LocalDate.of(2024, 1, 10),
                List.of(new ActionPlanEntry("R1", RecommendationResponse.ACCEPTED, null, List.of(actions))));
    }

    private static Finding overdue(String path) {
        return Finding.builder("overdue-action", Severity.WARNING)
                .path(path)
                .message("The action is overdue.")
                .build()
                .attributed("test.plan", "test", Severity.WARNING);
    }

    private static AssessmentReport withFindings(AssessmentReport report, Finding... findings) {
        List<Finding> all = new ArrayList<>(report.findings());
        all.addAll(List.of(findings));
        return new AssessmentReport(
                report.organisation(),
                report.framework(),
                report.period(),
                report.profile(),
                report.overall(),
                report.modules(),
                report.criteria(),
                all,
                report.gap(),
                report.coverage(),
                report.complete());
    }

    @Test
    void aLevelLostIsShownAsDown() {
        SelfAssessment before = TestFramework.sample();
        List<Claim> claims = new ArrayList<>(before.claims());
        claims.set(2, new Claim("m2/c1", "developing", null, List.of("e1")));
        ProgressReport progress = YearOnYear.compare(
                TestFramework.definition(),
                side(before),
                side(TestFramework.assessment(claims, before.evidence(), null)));

        assertEquals(
                new LevelChange("m2/c1", "Criterion m2/c1", "achieving", "developing", Direction.DOWN),
                progress.criteria().get(2));
    }

    @Test
    void assessmentsAgainstAnotherFrameworkAreRefused() {
        var sample = side(TestFramework.sample());
        var other = new io.github.equalityframework.model.FrameworkDefinition(
                "other",
                "1",
                "Other",
                TestFramework.definition().source(),
                TestFramework.definition().scale(),
                TestFramework.definition().modules(),
                List.of(),
                List.of());
        var e = assertThrows(IllegalArgumentException.class, () -> YearOnYear.compare(other, sample, sample));
        assertEquals(
                "both assessments must be against other; one is against test-framework (migrate it first)",
                e.getMessage());
    }
}
