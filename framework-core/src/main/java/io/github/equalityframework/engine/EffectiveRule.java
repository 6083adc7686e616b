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
 * @param severity   the severity of its findings: the profile's where {@code severityFromProfile}, otherwise
 *                   the rule's default (each finding then keeps the severity its check gives it)
 * @param parameters its parameter values
 * @param severityFromProfile whether the profile (or a base) sets the severity, which then replaces the
 *                   severity each finding's check gives
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EffectiveRule(
        InstalledRule installed,
        boolean enabled,
        Severity severity,
        RuleParameters parameters,
        boolean severityFromProfile) {

    /** A rule whose findings keep the severity their check gives them. */
    public EffectiveRule(InstalledRule installed, boolean enabled, Severity severity, RuleParameters parameters) {
        this(installed, enabled, severity, parameters, false);
    }

    /** The severity the profile imposes on every finding of the rule, or {@code null} when it sets none. */
    Severity imposedSeverity() {
        return severityFromProfile ? severity : null;
    }

    /** The rule's id. */
    public String id() {
        return installed.rule().id();
    }
}
