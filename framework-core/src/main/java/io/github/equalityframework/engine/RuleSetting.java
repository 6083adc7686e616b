package io.github.equalityframework.engine;

import io.github.equalityframework.spi.Severity;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a profile says about one rule. Anything left out keeps the value from the base profile, or
 * the rule's documented default.
 *
 * @param enabled    whether the rule runs, or {@code null} to keep
 * @param severity   the severity of its findings, or {@code null} to keep
 * @param parameters parameter values by name, never {@code null}
 */
public record RuleSetting(Boolean enabled, Severity severity, Map<String, Object> parameters) {
    public RuleSetting {
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }
}
