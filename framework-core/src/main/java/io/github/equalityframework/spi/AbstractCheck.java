package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.Severity;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * A convenient base for checks: the id, documentation and the frameworks it applies to are given once,
 * so a check class holds only its {@link #check} logic.
 */
@API(status = STABLE, since = "0.1")
public abstract class AbstractCheck extends RuleBase implements AssessmentCheck {

    /**
     * @param id            the check's id, e.g. {@code anytown.eia-local-characteristics}
     * @param documentation what it looks at, why, its default severity and parameters
     * @param appliesTo     which frameworks it applies to
     */
    protected AbstractCheck(String id, RuleDocumentation documentation, Predicate<FrameworkDefinition> appliesTo) {
        super(id, documentation, appliesTo);
    }

    /**
     * The rule's default severity, for its findings. A finding keeps the severity it is made with (a check may
     * give different codes different severities), unless the active profile sets one for the rule.
     */
    protected final Severity severity() {
        return documentation().defaultSeverity();
    }
}
