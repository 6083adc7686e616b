package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The parameter values a rule runs with: its declared defaults, overridden by the active profile. The
 * engine has checked every value's type, so the typed getters only fail, with a {@link RuleParameterException}
 * that names the parameter and both types, for a name the rule did not declare or a getter of another type
 * than it declared (a bug in the rule).
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

    /**
     * The value of an {@link ParameterType#INTEGER} parameter.
     *
     * @throws RuleParameterException when the rule declared no such parameter or declared another type
     */
    public long integer(String name) {
        return (Long) get(name, ParameterType.INTEGER);
    }

    /**
     * The value of a {@link ParameterType#DECIMAL} parameter.
     *
     * @throws RuleParameterException when the rule declared no such parameter or declared another type
     */
    public double decimal(String name) {
        return (Double) get(name, ParameterType.DECIMAL);
    }

    /**
     * The value of a {@link ParameterType#BOOLEAN} parameter.
     *
     * @throws RuleParameterException when the rule declared no such parameter or declared another type
     */
    public boolean bool(String name) {
        return (Boolean) get(name, ParameterType.BOOLEAN);
    }

    /**
     * The value of a {@link ParameterType#TEXT} parameter.
     *
     * @throws RuleParameterException when the rule declared no such parameter or declared another type
     */
    public String text(String name) {
        return (String) get(name, ParameterType.TEXT);
    }

    /**
     * The value of a {@link ParameterType#TEXT_LIST} parameter.
     *
     * @throws RuleParameterException when the rule declared no such parameter or declared another type
     */
    @SuppressWarnings("unchecked")
    public List<String> textList(String name) {
        return (List<String>) get(name, ParameterType.TEXT_LIST);
    }

    /** All values by name, sorted. */
    public Map<String, Object> asMap() {
        return values;
    }

    private Object get(String name, ParameterType asked) {
        Object value = values.get(name);
        if (value == null) {
            throw new RuleParameterException("the rule declares no parameter '" + name + "'");
        }
        ParameterType declared = typeOf(value);
        if (declared != asked) {
            throw new RuleParameterException("the rule reads its parameter '" + name + "' as "
                    + asked.describe() + " (" + asked + "), but declares it as " + declared.describe() + " ("
                    + declared + ")");
        }
        return value;
    }

    /** The declared type of a checked value, from the Java type each type is given as. */
    private static ParameterType typeOf(Object value) {
        if (value instanceof Long) {
            return ParameterType.INTEGER;
        } else if (value instanceof Double) {
            return ParameterType.DECIMAL;
        } else if (value instanceof Boolean) {
            return ParameterType.BOOLEAN;
        } else if (value instanceof String) {
            return ParameterType.TEXT;
        }
        return ParameterType.TEXT_LIST;
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
