package io.github.equalityframework.io;

import io.github.equalityframework.internal.text.Suggestions;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.problem.ValidationProblem;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;

/**
 * Records each binding problem and lets binding go on, so that one read reports every problem in a
 * document instead of stopping at the first. One instance per read; not thread-safe.
 */
final class ProblemCollector extends DeserializationProblemHandler {
    private final String source;
    private final boolean lenient;
    private final List<ValidationProblem> problems = new ArrayList<>();

    ProblemCollector(String source, boolean lenient) {
        this.source = source;
        this.lenient = lenient;
    }

    /**
     * Records a problem; one without a known location (for example one found while Jackson replays
     * buffered tokens, which carry no location) is left unplaced for {@link #placeFields}.
     */
    void add(String path, String message, TokenStreamLocation where) {
        SourceLocation location = where == null || where == TokenStreamLocation.NA || where.getLineNr() <= 0
                ? null
                : new SourceLocation(source, where.getLineNr(), where.getColumnNr());
        problems.add(new ValidationProblem(path, message, location));
    }

    /** Records a problem found outside binding; one without a location is placed like the others. */
    void add(ValidationProblem problem) {
        problems.add(problem);
    }

    /** Whether no problem has been found. */
    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems, those without a location placed at the field (or value) their path names. */
    List<ValidationProblem> placeFields(Function<String, SourceLocation> fieldLocator) {
        return problems.stream()
                .map(p -> p.location() == null ? p.locatedAt(fieldLocator.apply(p.path())) : p)
                .toList();
    }

    @Override
    public boolean handleUnknownProperty(
            DeserializationContext ctxt,
            JsonParser p,
            ValueDeserializer<?> deserializer,
            Object beanOrClass,
            String propertyName) {
        if (!lenient) {
            List<String> known = deserializer.getKnownPropertyNames().stream()
                    .map(String::valueOf)
                    .sorted()
                    .toList();
            String hint = Suggestions.closest(propertyName, known)
                    .map(s -> "did you mean '" + s + "'?")
                    .orElse("expected one of: " + String.join(", ", known));
            // Placed later at the field name: Jackson often reports unknown fields of records while
            // replaying buffered tokens, whose locations are lost.
            add(
                    unknownFieldPath(ctxt, p, propertyName),
                    "unknown field '" + propertyName + "'; " + hint,
                    TokenStreamLocation.NA);
        }
        p.skipChildren();
        return true;
    }

    /**
     * The path of an unknown field: the path of the object that holds it, plus its name.
     *
     * <p>Jackson buffers the unknown fields of a record and reports them while replaying the buffer
     * after the record's last known field; the replay's contexts do not describe the document. The
     * object is then found from the document's own parser, which is either at the end of the object
     * (its context already that of the object's parent) or at a later field of the same object.
     */
    private static String unknownFieldPath(DeserializationContext ctxt, JsonParser p, String propertyName) {
        JsonParser document = ctxt.getParser();
        if (document != null && document != p) {
            String object = document.currentToken() == JsonToken.END_OBJECT
                    ? DataPath.of(document.streamReadContext(), true)
                    : DataPath.of(document.streamReadContext(), false);
            return DataPath.child(object, propertyName);
        }
        TokenStreamContext c = p.streamReadContext();
        if (p.currentToken() != null && p.currentToken().isStructStart()) {
            c = c.getParent(); // the field's value is an object or list, with a context of its own
        }
        return DataPath.child(DataPath.of(c, false), propertyName);
    }

    @Override
    public Object handleWeirdStringValue(
            DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
        JsonParser p = ctxt.getParser();
        add(
                DataPath.of(p.streamReadContext(), true),
                describeBadValue(targetType, "'" + value + "'"),
                p.currentTokenLocation());
        return emptyValue(targetType);
    }

    @Override
    public Object handleWeirdNumberValue(
            DeserializationContext ctxt, Class<?> targetType, Number value, String failureMsg) {
        JsonParser p = ctxt.getParser();
        add(
                DataPath.of(p.streamReadContext(), true),
                describeBadValue(targetType, String.valueOf(value)),
                p.currentTokenLocation());
        return emptyValue(targetType);
    }

    @Override
    public Object handleUnexpectedToken(
            DeserializationContext ctxt, JavaType targetType, JsonToken token, JsonParser p, String failureMsg) {
        add(
                DataPath.of(p.streamReadContext(), true),
                "expected " + describeType(targetType.getRawClass()) + " but found " + describeToken(token),
                p.currentTokenLocation());
        p.skipChildren();
        return emptyValue(targetType.getRawClass());
    }

    @Override
    public Object handleMissingInstantiator(
            DeserializationContext ctxt, Class<?> instClass, ValueInstantiator instantiator, JsonParser p, String msg) {
        add(
                DataPath.of(p.streamReadContext(), true),
                "expected " + describeType(instClass) + " but found " + describeToken(p.currentToken()),
                p.currentTokenLocation());
        p.skipChildren();
        return null;
    }

    @Override
    public Object handleInstantiationProblem(
            DeserializationContext ctxt, Class<?> instClass, Object argument, Throwable t) {
        JsonParser p = ctxt.getParser();
        add(
                DataPath.of(p.streamReadContext(), false),
                "cannot build " + describeType(instClass) + ": " + t.getMessage(),
                p.currentTokenLocation());
        return null;
    }

    @Override
    public Object handleNullForPrimitives(
            DeserializationContext ctxt, Class<?> targetType, JsonParser p, ValueDeserializer<?> deser, String msg) {
        add(
                DataPath.of(p.streamReadContext(), true),
                "must be " + describeType(targetType) + ", not empty",
                p.currentTokenLocation());
        return emptyValue(targetType);
    }

    private static String describeBadValue(Class<?> targetType, String shown) {
        if (targetType == ActionStatus.class && RETIRED_STATUSES.containsKey(shown.toLowerCase(Locale.ROOT))) {
            return shown + " is no longer an action status; " + RETIRED_STATUSES.get(shown.toLowerCase(Locale.ROOT))
                    + " (statuses: " + enumValues(targetType) + ")";
        }
        if (targetType.isEnum() && shown.equalsIgnoreCase("'" + ActionPlan.PLACEHOLDER + "'")) {
            return "still " + shown + " from the plan template: choose one of: " + enumValues(targetType);
        }
        if (targetType.isEnum()) {
            return "unknown value " + shown + "; expected one of: " + enumValues(targetType);
        }
        if (Temporal.class.isAssignableFrom(targetType)) {
            return shown + " is not a valid date; expected a real calendar date as YYYY-MM-DD, e.g. 2024-03-31";
        }
        return shown + " is not " + describeType(targetType);
    }

    /**
     * Statuses of earlier versions, and what replaces them. They are not mapped silently: whether an action
     * in progress is on track or at risk is the council's call.
     */
    private static final Map<String, String> RETIRED_STATUSES = Map.of(
            "'in_progress'", "use on_track or at_risk",
            "'deferred'", "use at_risk with a progress note saying why, and agree a new due date");

    static String enumValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    static String describeType(Class<?> type) {
        if (type == String.class) {
            return "a text value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date (YYYY-MM-DD)";
        }
        if (type.isEnum()) {
            return "one of: " + enumValues(type);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    private static String describeToken(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a text value";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "an empty value";
            default -> token.toString();
        };
    }

    private static Object emptyValue(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == double.class) {
            return 0.0d;
        }
        return null;
    }
}
