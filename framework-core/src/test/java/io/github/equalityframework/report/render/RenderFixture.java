package io.github.equalityframework.report.render;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.LevelDescriptor;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.MaturityScale;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Source;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.CoverageMatrix;
import io.github.equalityframework.report.CriterionGap;
import io.github.equalityframework.report.CriterionResult;
import io.github.equalityframework.report.ModuleResult;
import io.github.equalityframework.report.TargetGap;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.Severity;
import java.time.LocalDate;
import java.util.List;

/** A small report built by hand, with the user text chosen by each test. */
final class RenderFixture {
    private RenderFixture() {}

    static FrameworkDefinition framework() {
        List<LevelDescriptor> descriptors = List.of(new LevelDescriptor("developing", "D", List.of()),
                new LevelDescriptor("achieving", "A", List.of()), new LevelDescriptor("excellent", "E", List.of()));
        return new FrameworkDefinition("test-framework", "1", "Test framework", new Source("Tests", "Test framework", null, null, null),
                new MaturityScale(List.of(new MaturityLevel("developing", "Developing", 1, null),
                        new MaturityLevel("achieving", "Achieving", 2, null), new MaturityLevel("excellent", "Excellent", 3, null))),
                List.of(new FrameworkModule("m1", "Communities", null, List.of(new Criterion("m1/c1", "Knowing communities", null, true, List.of(), descriptors, List.of()))),
                        new FrameworkModule("m2", "Workforce", null, List.of(new Criterion("m2/c1", "Workforce data", null, true, List.of(), descriptors, List.of())))),
                List.of(), List.of());
    }

    /** An input whose organisation, narrative, evidence title and location are the given texts. */
    static ReportInput input(String organisation, String narrative, String title, String location) {
        SelfAssessment assessment = new SelfAssessment(new Organisation(organisation, null), "test-framework",
                new AssessmentPeriod(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)), new Scope(List.of("age", "race"), List.of()),
                List.of(), List.of(new Claim("m1/c1", "achieving", narrative, List.of("ev-1")), new Claim("m2/c1", "developing", null, List.of())),
                List.of(new EvidenceItem("ev-1", title, "equality-data", LocalDate.of(2023, 6, 1), location, List.of("age"), null)),
                null, new ActionPlan(null, List.of(new ActionPlanEntry("R1", RecommendationResponse.ACCEPTED, null, List.of(
                        new PlannedAction("A1", "Publish " + title, "Head of Policy", LocalDate.of(2024, 9, 30), ActionStatus.IN_PROGRESS, List.of(), null),
                        new PlannedAction("A2", "Train staff", "Head of HR", LocalDate.of(2024, 6, 30), ActionStatus.COMPLETE, List.of(), null))))));
        AssessmentReport report = new AssessmentReport(organisation, "test-framework", assessment.period(), "test-profile", "developing",
                List.of(new ModuleResult("m1", "Communities", "achieving", "developing", null, "developing"),
                        new ModuleResult("m2", "Workforce", "developing", "not-assessed", null, "not-assessed")),
                List.of(new CriterionResult("m1/c1", "m1", "Knowing communities", "achieving", "developing", null, "developing",
                                List.of("Achieving needs " + title)),
                        new CriterionResult("m2/c1", "m2", "Workforce data", "developing", "not-assessed", null, "not-assessed", List.of())),
                List.of(new Finding("claim-above-evidence", Severity.WARNING, "Claim above evidence: " + narrative, "claims[0]", "test.rule", "test"),
                        new Finding("claim-without-evidence", Severity.ERROR, "No evidence.", "claims[1]", "test.rule", "test"),
                        new Finding("unused", Severity.INFO, "Evidence " + title + " is fine.", "evidence[0]", "test.check", "test"),
                        new Finding("general", Severity.INFO, "A general remark.", "", "test.check", "test")),
                new TargetGap("achieving", false, List.of(new CriterionGap("m2/c1", "not-assessed", 2), new CriterionGap("m1/c1", "developing", 1))),
                new CoverageMatrix(List.of("age", "race"), List.of(new CoverageMatrix.Row("m1/c1", List.of(1, 0)), new CoverageMatrix.Row("m2/c1", List.of(0, 0)))),
                true);
        return new ReportInput(report, assessment, framework());
    }

    static ReportInput plain() {
        return input("Anytown Borough Council", "We publish a community profile every year.", "Community profile 2023",
                "https://www.anytown.gov.example/profile");
    }
}
