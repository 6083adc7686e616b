package io.github.equalityframework.spi;

import java.util.List;

/**
 * Looks at a whole self-assessment, after scoring, and reports findings: what is missing, stale,
 * inconsistent or overdue.
 */
public interface AssessmentCheck extends Rule {

    /**
     * Checks the assessment.
     *
     * @return the findings, never {@code null} (empty when all is well). The engine sets each finding's
     *     rule and plugin ids and applies the profile's severity. If the check throws, returns
     *     {@code null} or runs past its time budget, the engine reports an error finding naming it and
     *     marks the report incomplete.
     */
    List<Finding> check(AssessmentContext context, RuleParameters parameters);
}
