package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/** The types a rule parameter may have, and the Java type each one is given to a rule as. */
@API(status = STABLE, since = "0.1")
public enum ParameterType {
    /** A whole number, given as {@link Long}. */
    INTEGER,
    /** A decimal number, given as {@link Double}. */
    DECIMAL,
    /** True or false, given as {@link Boolean}. */
    BOOLEAN,
    /** Text, given as {@link String}. */
    TEXT,
    /** A list of texts, given as an unmodifiable {@link List} of {@link String}. */
    TEXT_LIST;

    /**
     * The value as this type, or {@code null} when it is not of this type. Whole numbers are accepted
     * for {@link #DECIMAL}; a single text is not accepted for {@link #TEXT_LIST}.
     */
    public Object coerce(Object value) {
        return switch (this) {
            case INTEGER ->
                value instanceof Integer || value instanceof Long || value instanceof Short
                        ? Long.valueOf(((Number) value).longValue())
                        : null;
            case DECIMAL -> value instanceof Number n ? Double.valueOf(n.doubleValue()) : null;
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case TEXT -> value instanceof String ? value : null;
            case TEXT_LIST ->
                value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)
                        ? List.copyOf(list)
                        : null;
        };
    }

    /** How the type is named in messages. */
    public String describe() {
        return switch (this) {
            case INTEGER -> "a whole number";
            case DECIMAL -> "a number";
            case BOOLEAN -> "true or false";
            case TEXT -> "a text value";
            case TEXT_LIST -> "a list of text values";
        };
    }
}
