package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Looks at a whole self-assessment, after scoring, and reports findings: what is missing, stale,
 * inconsistent or overdue.
 */
@API(status = STABLE, since = "0.1")
public interface AssessmentCheck extends Rule {

    /**
     * Checks the assessment.
     *
     * @return the findings, never {@code null} (empty when all is well). The engine sets each finding's
     *     rule and plugin ids; each keeps its severity unless the profile sets one for the rule. If the check throws, returns
     *     {@code null} or runs past its time budget, the engine reports an error finding naming it and
     *     marks the report incomplete.
     */
    List<Finding> check(AssessmentContext context, RuleParameters parameters);
}
