package io.github.equalityframework.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.RuleParameters;
import org.apiguardian.api.API;

/**
 * A rule as it runs under the active profile.
 *
 * @param installed  the rule and its plugin
 * @param enabled    whether it runs
 * @param severity   the severity of its findings
 * @param parameters its parameter values
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EffectiveRule(InstalledRule installed, boolean enabled, Severity severity, RuleParameters parameters) {

    /** The rule's id. */
    public String id() {
        return installed.rule().id();
    }
}
