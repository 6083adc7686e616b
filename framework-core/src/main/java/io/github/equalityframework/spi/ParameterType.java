package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The types a rule {@link Parameter} may have, and the Java type each one is given to a rule as. The last three
 * name a council's own things and are checked against what is installed when a profile loads.
 */
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
    TEXT_LIST,
    /** The id of a maturity level of a framework the rule applies to, given as {@link String}. */
    LEVEL,
    /** Ids of installed evidence kinds, given as an unmodifiable {@link List} of {@link String}. */
    EVIDENCE_KINDS,
    /** Ids of installed characteristics, given as an unmodifiable {@link List} of {@link String}. */
    CHARACTERISTICS;

    /**
     * The value as this type, or {@code null} when it is not of this type. Whole numbers are accepted
     * for {@link #DECIMAL}; a single text is not accepted for a list. Only the shape is checked here: whether
     * a level, evidence kind or characteristic is installed is checked when a profile loads.
     */
    public Object coerce(Object value) {
        return switch (this) {
            case INTEGER ->
                value instanceof Integer || value instanceof Long || value instanceof Short
                        ? Long.valueOf(((Number) value).longValue())
                        : null;
            case DECIMAL -> value instanceof Number n ? Double.valueOf(n.doubleValue()) : null;
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case TEXT, LEVEL -> value instanceof String ? value : null;
            case TEXT_LIST, EVIDENCE_KINDS, CHARACTERISTICS ->
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
            case LEVEL -> "a maturity level id";
            case EVIDENCE_KINDS -> "a list of evidence kind ids";
            case CHARACTERISTICS -> "a list of characteristic ids";
        };
    }
}
