package io.github.equalityframework.nhseds;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.spi.AssessmentCheck;
import io.github.equalityframework.spi.ParameterSpec;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.Severity;
import java.util.List;

/** The id, documentation and framework filter every EDS check shares. */
abstract class EdsCheck implements AssessmentCheck {
    private final String id;
    private final RuleDocumentation documentation;

    EdsCheck(String id, String title, String description, Severity severity, ParameterSpec... parameters) {
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
        return NhsEdsPlugin.FRAMEWORK_ID.equals(framework.id());
    }

    /** The default severity, which the engine replaces with the profile's. */
    final Severity severity() {
        return documentation.defaultSeverity();
    }

    /** How an outcome is named in messages: its number and title, e.g. {@code 1B (Individual health needs are met)}. */
    static String outcome(FrameworkDefinition framework, String criterionId) {
        String number = criterionId.substring(criterionId.indexOf('/') + 1).toUpperCase(java.util.Locale.ROOT);
        return framework.criterion(criterionId).map(c -> number + " (" + c.title() + ")").orElse(number);
    }
}
