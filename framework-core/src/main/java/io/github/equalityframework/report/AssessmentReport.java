package io.github.equalityframework.report;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.CriterionResult;
import io.github.equalityframework.spi.Finding;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The result of assessing a self-assessment. Immutable; equal inputs give equal reports.
 *
 * @param organisation the organisation's name
 * @param framework    the framework edition id
 * @param period       the period assessed
 * @param profile      the rule profile used, or {@code null} for the rules' defaults
 * @param overall      the overall level reached
 * @param modules      per module in scope, in framework order
 * @param criteria     per criterion in scope, in framework order
 * @param findings     every finding, most severe first, then by path
 * @param gap          the gap to the target level, or {@code null} when no target was set
 * @param coverage     evidence per criterion and characteristic in scope
 * @param complete     false when a rule or check failed, so that some results are missing
 */
@API(status = STABLE, since = "0.1")
public record AssessmentReport(
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
        boolean complete) {

    public AssessmentReport {
        modules = List.copyOf(modules);
        criteria = List.copyOf(criteria);
        findings = findings.stream().sorted(Finding.ORDER).toList();
    }

    /** Whether any finding is at or above this severity. */
    public boolean hasFindingsAtLeast(Severity severity) {
        return findings.stream().anyMatch(f -> f.severity().compareTo(severity) >= 0);
    }
}
