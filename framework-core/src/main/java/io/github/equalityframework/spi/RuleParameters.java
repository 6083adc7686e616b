package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The parameter values a rule runs with: its declared defaults, overridden by the active profile. The
 * engine has checked every value's type, so the typed getters only fail for names the rule did not
 * declare (a bug in the rule).
 */
@API(status = STABLE, since = "0.1")
public final class RuleParameters {
    private final Map<String, Object> values;

    /** Values already checked against the rule's {@link ParameterSpec}s. */
    public RuleParameters(Map<String, Object> values) {
        this.values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** The declared defaults of a rule. */
    public static RuleParameters defaults(RuleDocumentation documentation) {
        Map<String, Object> values = new TreeMap<>();
        documentation.parameters().forEach(p -> values.put(p.name(), p.defaultValue()));
        return new RuleParameters(values);
    }

    public long integer(String name) {
        return (Long) get(name);
    }

    public double decimal(String name) {
        return (Double) get(name);
    }

    public boolean bool(String name) {
        return (Boolean) get(name);
    }

    public String text(String name) {
        return (String) get(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> textList(String name) {
        return (List<String>) get(name);
    }

    /** All values by name, sorted. */
    public Map<String, Object> asMap() {
        return values;
    }

    private Object get(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the rule declares no parameter '" + name + "'");
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleParameters other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
