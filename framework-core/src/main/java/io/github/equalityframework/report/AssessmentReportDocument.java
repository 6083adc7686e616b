package io.github.equalityframework.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.spi.CriterionResult;
import io.github.equalityframework.spi.Finding;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The JSON report ({@code eflg assess --format json}; schema {@code report}): every property of an
 * {@link AssessmentReport}, as before, then the peer challenge and the action plan with each action's status
 * on the day the report judges. A report without them is still valid against the schema.
 *
 * @param peerChallenge the peer review the report counts, or {@code null}
 * @param actionPlan    the action plan and its actions' statuses today, or {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record AssessmentReportDocument(
        String organisation,
        String framework,
        AssessmentPeriod period,
        String profile,
        String overall,
        List<ModuleResult> modules,
        List<CriterionResult> criteria,
        List<Finding> findings,
        TargetGap gap,
        CoverageMatrix coverage,
        boolean complete,
        PeerReview peerChallenge,
        PlanToday actionPlan) {

    public AssessmentReportDocument {
        modules = List.copyOf(modules);
        criteria = List.copyOf(criteria);
        findings = List.copyOf(findings);
    }

    /** The report on an assessment, with its review and its plan judged on {@code today}. */
    public static AssessmentReportDocument of(
            AssessmentReport report, SelfAssessment assessment, FrameworkDefinition framework, LocalDate today) {
        return new AssessmentReportDocument(
                report.organisation(),
                report.framework(),
                report.period(),
                report.profile(),
                report.overall(),
                report.modules(),
                report.criteria(),
                report.findings(),
                report.gap(),
                report.coverage(),
                report.complete(),
                assessment.peerReview(),
                PlanToday.of(assessment, report, framework, today));
    }
}
