package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Decides, from a claim and its evidence, the highest level the evidence supports for one criterion.
 * When several scoring rules apply to a criterion, the evidenced level is the lowest of their scores:
 * each rule is a condition that a level must meet.
 */
@API(status = STABLE, since = "0.1")
public interface ScoringRule extends Rule {

    /**
     * Scores one criterion. Called once per criterion in scope, also when there is no claim.
     *
     * @return the level the evidence supports and the reasons; never {@code null}. If the rule throws,
     *     returns {@code null} or runs past its time budget, the engine reports an error finding naming
     *     the rule and its plugin, leaves the rule out of the evidenced level, and marks the report
     *     incomplete.
     */
    Score score(ClaimContext context, RuleParameters parameters);
}
