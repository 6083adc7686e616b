package io.github.equalityframework.spi;

import io.github.equalityframework.model.FrameworkDefinition;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A convenient base for scoring rules: the id, documentation and the frameworks it applies to are given
 * once, so a rule class holds only its {@link #score} logic.
 */
public abstract class AbstractScoringRule implements ScoringRule {
    private final String id;
    private final RuleDocumentation documentation;
    private final Predicate<FrameworkDefinition> appliesTo;

    /**
     * @param id            the rule's id, e.g. {@code lga.evidence-recency}
     * @param documentation what it looks at, why, its default severity and parameters
     * @param appliesTo     which frameworks it applies to
     */
    protected AbstractScoringRule(String id, RuleDocumentation documentation, Predicate<FrameworkDefinition> appliesTo) {
        this.id = Objects.requireNonNull(id, "id");
        this.documentation = Objects.requireNonNull(documentation, "documentation");
        this.appliesTo = Objects.requireNonNull(appliesTo, "appliesTo");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final RuleDocumentation documentation() {
        return documentation;
    }

    @Override
    public final boolean appliesTo(FrameworkDefinition framework) {
        return appliesTo.test(framework);
    }
}
