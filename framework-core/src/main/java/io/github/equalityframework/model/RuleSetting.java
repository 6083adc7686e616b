package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * What a profile says about one rule. Anything left out keeps the value from the base profile, or
 * the rule's documented default.
 *
 * @param enabled    whether the rule runs, or {@code null} to keep
 * @param severity   the severity of its findings, or {@code null} to keep
 * @param parameters parameter values by name, never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RuleSetting(Boolean enabled, Severity severity, Map<String, Object> parameters) {
    public RuleSetting {
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }
}
