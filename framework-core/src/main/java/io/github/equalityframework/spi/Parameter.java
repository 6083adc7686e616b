package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A parameter of a rule, declared once: the rule lists it in its {@link RuleDocumentation} (a profile may then
 * set it, and {@code eflg explain} shows it) and reads its value with {@link RuleParameters#get(Parameter)}, which
 * gives it as {@code T}. Declare each as a constant of the rule:
 *
 * <pre>{@code
 * static final Parameter<Long> MAX_AGE =
 *         Parameter.integer("maxAgeMonths", 36, "Months before the period end after which evidence is old");
 * ...
 * long maxAge = parameters.get(MAX_AGE);
 * }</pre>
 *
 * <p>Parameters that name a council's own things ({@link #level}, {@link #evidenceKinds}, {@link
 * #characteristics}) are checked against what is installed when a profile loads, so a misspelt value is a
 * profile problem with its line and column, not a rule that silently matches nothing.
 *
 * @param <T> the Java type the rule reads the value as
 */
@API(status = STABLE, since = "0.1")
public final class Parameter<T> {
    private final String name;
    private final ParameterType type;
    private final T defaultValue;
    private final String description;

    @SuppressWarnings("unchecked") // the factories pair each type with the Java type its values are coerced to
    private Parameter(String name, ParameterType type, Object defaultValue, String description) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = type;
        this.description = Objects.requireNonNull(description, "description");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a name");
        }
        Object coerced = type.coerce(defaultValue);
        if (coerced == null) {
            throw new IllegalArgumentException(
                    "default of parameter " + name + " must be " + type.describe() + ", not " + defaultValue);
        }
        this.defaultValue = (T) coerced;
    }

    /** A whole number, read as {@link Long}. */
    public static Parameter<Long> integer(String name, long defaultValue, String description) {
        return new Parameter<>(name, ParameterType.INTEGER, defaultValue, description);
    }

    /** A number, read as {@link Double}; a profile may write a whole number. */
    public static Parameter<Double> decimal(String name, double defaultValue, String description) {
        return new Parameter<>(name, ParameterType.DECIMAL, defaultValue, description);
    }

    /** True or false. */
    public static Parameter<Boolean> bool(String name, boolean defaultValue, String description) {
        return new Parameter<>(name, ParameterType.BOOLEAN, defaultValue, description);
    }

    /** Free text. */
    public static Parameter<String> text(String name, String defaultValue, String description) {
        return new Parameter<>(name, ParameterType.TEXT, defaultValue, description);
    }

    /** A list of free texts, read as an unmodifiable list. */
    public static Parameter<List<String>> textList(String name, List<String> defaultValue, String description) {
        return new Parameter<>(name, ParameterType.TEXT_LIST, defaultValue, description);
    }

    /**
     * The id of a maturity level, e.g. {@code achieving}; a profile's value must be a level of a framework the
     * rule applies to.
     */
    public static Parameter<String> level(String name, String defaultValue, String description) {
        return new Parameter<>(name, ParameterType.LEVEL, defaultValue, description);
    }

    /**
     * Evidence kind ids, e.g. {@code eia}; each of a profile's values must be an installed evidence kind (built in,
     * added by a plugin, or of a framework the rule applies to).
     */
    public static Parameter<List<String>> evidenceKinds(String name, List<String> defaultValue, String description) {
        return new Parameter<>(name, ParameterType.EVIDENCE_KINDS, defaultValue, description);
    }

    /**
     * Characteristic ids, e.g. {@code care-experience}; each of a profile's values must be an installed
     * characteristic (protected, added by a plugin, or local to a framework the rule applies to).
     */
    public static Parameter<List<String>> characteristics(String name, List<String> defaultValue, String description) {
        return new Parameter<>(name, ParameterType.CHARACTERISTICS, defaultValue, description);
    }

    /** The parameter's name in profiles, e.g. {@code maxAgeMonths}. */
    public String name() {
        return name;
    }

    /** Its type, which says what a profile may write and how messages name it. */
    public ParameterType type() {
        return type;
    }

    /** The value used when no profile sets it; never {@code null}. */
    public T defaultValue() {
        return defaultValue;
    }

    /** What it changes, for {@code eflg explain}. */
    public String description() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameter<?> other
                && name.equals(other.name)
                && type == other.type
                && defaultValue.equals(other.defaultValue)
                && description.equals(other.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, defaultValue, description);
    }

    @Override
    public String toString() {
        return name + " (" + type + ", default " + defaultValue + ")";
    }
}
