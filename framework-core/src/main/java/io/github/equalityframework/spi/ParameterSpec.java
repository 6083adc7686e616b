package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A parameter that a rule declares: a profile may set it, and the engine checks the type.
 *
 * @param name         the parameter's name in profiles, e.g. {@code maxAgeMonths}
 * @param type         its type
 * @param defaultValue the value used when no profile sets it; must be of {@code type}
 * @param description  what it changes, for {@code eflg explain}
 */
@API(status = STABLE, since = "0.1")
public record ParameterSpec(String name, ParameterType type, Object defaultValue, String description) {
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Object coerced = type.coerce(defaultValue);
        if (coerced == null) {
            throw new IllegalArgumentException(
                    "default of parameter " + name + " must be " + type.describe() + ", not " + defaultValue);
        }
        defaultValue = coerced;
    }
}
