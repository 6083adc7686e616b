package io.github.equalityframework.report.render;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.CouncilRole;
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
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.model.Source;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.CoverageMatrix;
import io.github.equalityframework.report.CriterionGap;
import io.github.equalityframework.report.ModuleResult;
import io.github.equalityframework.report.TargetGap;
import io.github.equalityframework.spi.CriterionResult;
import io.github.equalityframework.spi.Finding;
import java.time.LocalDate;
import java.util.List;

/**
 * A small framework, self-assessment and report built by hand, without any plugin. Every piece of text
 * that a council or a plugin supplies contains {@code text}, so that a test can make all of it hostile.
 */
final class RenderFixture {
    private RenderFixture() {}

    /** The input with ordinary text; its evidence is at a web address, a document reference and nowhere. */
    static ReportInput plain() {
        return input("", "https://www.anytown.gov.example/equality/profile?year=2023&format=pdf", true);
    }

    /**
     * The input with {@code text} added to the organisation's name, the framework's titles, the narrative,
     * evidence titles, the action plan and the findings, and with the first evidence item at {@code location}.
     */
    static ReportInput input(String text, String location, boolean complete) {
        FrameworkDefinition framework = framework(text);
        SelfAssessment assessment = assessment(text, location);
        List<Finding> findings = List.of(
                new Finding(
                        "claim-above-evidence",
                        Severity.WARNING,
                        "The claim of Excellent is above the evidenced level." + text,
                        "claims[0]",
                        "test.claim-level" + text,
                        "test"),
                new Finding(
                        "evidence-stale",
                        Severity.WARNING,
                        "Evidence ev-1 is more than three years old.",
                        "claims[0].evidence[0]",
                        "test.recency",
                        "test"),
                new Finding(
                        "claim-without-evidence",
                        Severity.ERROR,
                        "The claim has no evidence: add an equality impact assessment.",
                        "claims[2]",
                        "test.claim-evidence",
                        "test"),
                new Finding(
                        "evidence-unused",
                        Severity.INFO,
                        "No claim uses evidence ev-3." + text,
                        "evidence[2]",
                        "test.unused",
                        "test"),
                new Finding(
                        "action-overdue",
                        Severity.WARNING,
                        "Action A1 is past due.",
                        "actionPlan.entries[0].actions[0]",
                        "test.overdue",
                        "test"),
                new Finding(
                        "equality-objectives",
                        Severity.INFO,
                        "Publish equality objectives at least every four years.",
                        "",
                        "test.psed",
                        "test"));
        AssessmentReport report = new AssessmentReport(
                assessment.organisation().name(),
                framework.id(),
                assessment.period(),
                "test-profile",
                "developing",
                List.of(
                        new ModuleResult(
                                "m1", "Communities" + text, "excellent", "achieving", "achieving", "achieving"),
                        new ModuleResult("m2", "Workforce" + text, "developing", "not-assessed", null, "not-assessed")),
                List.of(
                        new CriterionResult(
                                "m1/c1",
                                "m1",
                                "Knowing your communities" + text,
                                "excellent",
                                "achieving",
                                "achieving",
                                "achieving",
                                List.of("no outcome-measure for excellent" + text)),
                        new CriterionResult(
                                "m1/c2",
                                "m1",
                                "Working with partners",
                                "achieving",
                                "achieving",
                                null,
                                "achieving",
                                List.of()),
                        new CriterionResult(
                                "m2/c1",
                                "m2",
                                "Workforce data",
                                "developing",
                                "not-assessed",
                                null,
                                "not-assessed",
                                List.of("no policy for developing"))),
                findings,
                new TargetGap("achieving", false, List.of(new CriterionGap("m2/c1", "not-assessed", 2))),
                new CoverageMatrix(
                        List.of("age", "race", "care-experience"),
                        List.of(
                                new CoverageMatrix.Row("m1/c1", List.of(2, 1, 4)),
                                new CoverageMatrix.Row("m1/c2", List.of(1, 0, 0)),
                                new CoverageMatrix.Row("m2/c1", List.of(0, 0, 0)))),
                complete);
        return new ReportInput(report, assessment, framework);
    }

    static FrameworkDefinition framework(String text) {
        return new FrameworkDefinition(
                "test-framework",
                "2024",
                "Test equality framework" + text,
                new Source("Tests", "Test equality framework", 2024, null, null),
                new MaturityScale(List.of(
                        level("developing", "Developing"),
                        level("achieving", "Achieving"),
                        level("excellent", "Excellent"))),
                List.of(
                        new FrameworkModule(
                                "m1",
                                "Communities" + text,
                                null,
                                List.of(
                                        criterion("m1/c1", "Knowing your communities" + text),
                                        criterion("m1/c2", "Working with partners"))),
                        new FrameworkModule(
                                "m2", "Workforce" + text, null, List.of(criterion("m2/c1", "Workforce data")))),
                List.of(new Characteristic("care-experience", "Care experience" + text, null)),
                List.of());
    }

    private static SelfAssessment assessment(String text, String location) {
        return new SelfAssessment(
                new Organisation("Newtown & District Council" + text, "E07000998"),
                "test-framework",
                new AssessmentPeriod(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)),
                new Scope(List.of("age", "race", "care-experience"), List.of()),
                List.of(),
                List.of(
                        new Claim(
                                "m1/c1",
                                "excellent",
                                "We publish a community profile every year.\nIt is used in every EIA." + text,
                                List.of("ev-1", "ev-2")),
                        new Claim("m1/c2", "achieving", null, List.of("ev-2", "ev-9")),
                        new Claim("m2/c1", "developing", "Workforce data is collected." + text, List.of())),
                List.of(
                        new EvidenceItem(
                                "ev-1",
                                "Community profile 2023" + text,
                                "equality-data",
                                LocalDate.of(2020, 6, 1),
                                location,
                                List.of("age", "race", "care-experience"),
                                "Policy team" + text),
                        new EvidenceItem(
                                "ev-2",
                                "Partnership board minutes",
                                "minutes",
                                LocalDate.of(2023, 11, 14),
                                "DOC-2023-114",
                                List.of("age"),
                                null),
                        new EvidenceItem(
                                "ev-3",
                                "Staff survey",
                                "workforce-report",
                                LocalDate.of(2023, 9, 1),
                                null,
                                List.of(),
                                null)),
                null,
                new ActionPlan(
                        LocalDate.of(2023, 5, 1),
                        List.of(
                                // In plan order: m2, no module, m1; the report shows m1, m2, then no module.
                                new ActionPlanEntry(
                                        "R1 Improve workforce data" + text,
                                        "m2",
                                        List.of(CouncilRole.SERVICE_PROVIDER, CouncilRole.EMPLOYER),
                                        RecommendationResponse.ACCEPTED,
                                        null,
                                        List.of(
                                                action(
                                                        "A1",
                                                        "Publish workforce data" + text,
                                                        LocalDate.of(2023, 12, 31),
                                                        ActionStatus.ON_TRACK),
                                                action(
                                                        "A2",
                                                        "Train managers",
                                                        LocalDate.of(2023, 10, 31),
                                                        ActionStatus.COMPLETE))),
                                new ActionPlanEntry(
                                        "R2",
                                        RecommendationResponse.ACCEPTED,
                                        null,
                                        List.of(action(
                                                "A3",
                                                "Review the equality objectives",
                                                LocalDate.of(2024, 9, 30),
                                                ActionStatus.NOT_STARTED))),
                                new ActionPlanEntry(
                                        "R3",
                                        "m1",
                                        List.of(CouncilRole.COMMUNITY_LEADER),
                                        RecommendationResponse.NOT_ACCEPTED,
                                        "Not affordable this year." + text,
                                        List.of()))));
    }

    private static PlannedAction action(String id, String description, LocalDate due, ActionStatus status) {
        return new PlannedAction(id, description, "Head of Policy", due, status, List.of(), null);
    }

    private static MaturityLevel level(String id, String label) {
        int rank = switch (id) {
            case "developing" -> 1;
            case "achieving" -> 2;
            default -> 3;
        };
        // Welsh as the LGA plugin's data gives it, so that Welsh reports of this framework show Welsh levels.
        String welsh = switch (id) {
            case "developing" -> "Datblygu";
            case "achieving" -> "Cyflawni";
            default -> "Rhagorol";
        };
        return new MaturityLevel(id, label, rank, null, java.util.Map.of("cy", welsh));
    }

    private static Criterion criterion(String id, String title) {
        return new Criterion(
                id,
                title,
                null,
                true,
                List.of(),
                List.of(
                        new LevelDescriptor("developing", "Developing text", List.of("policy")),
                        new LevelDescriptor("achieving", "Achieving text", List.of("equality-data")),
                        new LevelDescriptor("excellent", "Excellent text", List.of("outcome-measure"))),
                List.of());
    }
}
