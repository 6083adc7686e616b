package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.model.FrameworkDefinition;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * A convenient base for scoring rules: the id, documentation and the frameworks it applies to are given
 * once, so a rule class holds only its {@link #score} logic.
 */
@API(status = STABLE, since = "0.1")
public abstract class AbstractScoringRule extends RuleBase implements ScoringRule {

    /**
     * @param id            the rule's id, e.g. {@code lga.evidence-recency}
     * @param documentation what it looks at, why, its default severity and parameters
     * @param appliesTo     which frameworks it applies to
     */
    protected AbstractScoringRule(
            String id, RuleDocumentation documentation, Predicate<FrameworkDefinition> appliesTo) {
        super(id, documentation, appliesTo);
    }
}
