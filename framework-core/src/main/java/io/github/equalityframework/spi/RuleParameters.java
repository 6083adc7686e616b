package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The parameter values a rule runs with: its declared defaults, overridden by the active profile. The engine
 * has checked every value, so {@link #get(Parameter)} only fails, with a {@link RuleParameterException} that
 * names the parameter and both types, for a parameter the rule's documentation does not declare or declares
 * with another type (a bug in the rule).
 */
@API(status = STABLE, since = "0.1")
public final class RuleParameters {
    private final Map<String, Parameter<?>> declared;
    private final Map<String, Object> values;

    /**
     * The values of a rule's parameters: those given, by name, and the defaults of the others.
     *
     * @param documentation the rule's documentation, which declares its parameters
     * @param values        values by parameter name, each of its parameter's type (a whole number is accepted
     *                      for a decimal one)
     * @throws IllegalArgumentException for a name the documentation does not declare or a value of another type
     */
    public RuleParameters(RuleDocumentation documentation, Map<String, ?> values) {
        Map<String, Parameter<?>> byName = new LinkedHashMap<>();
        Map<String, Object> checked = new TreeMap<>();
        for (Parameter<?> p : documentation.parameters()) {
            byName.putIfAbsent(p.name(), p);
            checked.putIfAbsent(p.name(), p.defaultValue());
        }
        values.forEach((name, value) -> {
            Parameter<?> p = byName.get(name);
            if (p == null) {
                throw new IllegalArgumentException("the rule declares no parameter '" + name + "'");
            }
            Object coerced = p.type().coerce(value);
            if (coerced == null) {
                throw new IllegalArgumentException(
                        "parameter " + name + " must be " + p.type().describe() + ", not " + value);
            }
            checked.put(name, coerced);
        });
        this.declared = Collections.unmodifiableMap(byName);
        this.values = Collections.unmodifiableMap(checked);
    }

    /** The declared defaults of a rule. */
    public static RuleParameters defaults(RuleDocumentation documentation) {
        return new RuleParameters(documentation, Map.of());
    }

    /**
     * The value of a parameter the rule declares.
     *
     * @throws RuleParameterException when the rule's documentation declares no parameter of that name, or
     *                                declares it with another type
     */
    @SuppressWarnings("unchecked") // values were coerced to their declared type, and the types match
    public <T> T get(Parameter<T> parameter) {
        Parameter<?> declaredAs = declared.get(parameter.name());
        if (declaredAs == null) {
            throw new RuleParameterException("the rule declares no parameter '" + parameter.name() + "'");
        }
        ParameterType asked = parameter.type();
        ParameterType type = declaredAs.type();
        if (type != asked) {
            throw new RuleParameterException("the rule reads its parameter '" + parameter.name() + "' as "
                    + asked.describe() + " (" + asked + "), but declares it as " + type.describe() + " (" + type
                    + ")");
        }
        return (T) values.get(parameter.name());
    }

    /** All values by name, sorted. */
    public Map<String, Object> asMap() {
        return values;
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
