package io.github.equalityframework.nhseds;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AbstractCheck;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.RuleDocumentation;
import java.util.List;

/** The framework filter and documentation shape every EDS check shares. */
abstract class EdsCheck extends AbstractCheck {

    EdsCheck(String id, String title, String description, Severity severity, Parameter<?>... parameters) {
        super(
                id,
                new RuleDocumentation(title, description, severity, List.of(parameters)),
                framework -> NhsEdsPlugin.FRAMEWORK_ID.equals(framework.id()));
    }

    /** How an outcome is named in messages: its number and title, e.g. {@code 1B (Individual health needs are met)}. */
    static String outcome(FrameworkDefinition framework, String criterionId) {
        String number = criterionId.substring(criterionId.indexOf('/') + 1).toUpperCase(java.util.Locale.ROOT);
        return framework
                .criterion(criterionId)
                .map(c -> number + " (" + c.title() + ")")
                .orElse(number);
    }
}
