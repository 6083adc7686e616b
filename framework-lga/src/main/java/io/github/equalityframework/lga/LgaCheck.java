package io.github.equalityframework.lga;

import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AbstractCheck;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.RuleDocumentation;
import java.util.List;

/** The framework filter and documentation shape every LGA check shares. */
abstract class LgaCheck extends AbstractCheck {

    LgaCheck(String id, String title, String description, Severity severity, Parameter<?>... parameters) {
        super(id, new RuleDocumentation(title, description, severity, List.of(parameters)), Lga::isLgaFramework);
    }
}
