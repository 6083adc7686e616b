package io.github.equalityframework.spi;

import io.github.equalityframework.model.FrameworkDefinition;
import java.util.Objects;
import java.util.function.Predicate;

/** The id, documentation and framework filter that {@link AbstractCheck} and {@link AbstractScoringRule} share. */
abstract class RuleBase implements Rule {
    private final String id;
    private final RuleDocumentation documentation;
    private final Predicate<FrameworkDefinition> appliesTo;

    RuleBase(String id, RuleDocumentation documentation, Predicate<FrameworkDefinition> appliesTo) {
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
