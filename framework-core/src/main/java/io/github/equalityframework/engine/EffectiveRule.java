package io.github.equalityframework.engine;

import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Severity;

/**
 * A rule as it runs under the active profile.
 *
 * @param installed  the rule and its plugin
 * @param enabled    whether it runs
 * @param severity   the severity of its findings
 * @param parameters its parameter values
 */
public record EffectiveRule(InstalledRule installed, boolean enabled, Severity severity, RuleParameters parameters) {

    /** The rule's id. */
    public String id() {
        return installed.rule().id();
    }
}
