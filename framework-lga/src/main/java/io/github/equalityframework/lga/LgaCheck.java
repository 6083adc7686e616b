package io.github.equalityframework.lga;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.spi.AssessmentCheck;
import io.github.equalityframework.spi.ParameterSpec;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.Severity;
import java.util.List;

/** The id, documentation and framework filter every LGA check shares. */
abstract class LgaCheck implements AssessmentCheck {
    private final String id;
    private final RuleDocumentation documentation;

    LgaCheck(String id, String title, String description, Severity severity, ParameterSpec... parameters) {
        this.id = id;
        this.documentation = new RuleDocumentation(title, description, severity, List.of(parameters));
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
        return Lga.isLgaFramework(framework);
    }

    /** The default severity, which the engine replaces with the profile's. */
    final Severity severity() {
        return documentation.defaultSeverity();
    }
}
