package io.github.equalityframework.io;

import io.github.equalityframework.internal.reflect.CheckedInTheBuild;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a model record straight from a parser's tokens, without Jackson databind: building databind's
 * deserializers for the model's thirty-odd records costs a fresh process most of the CPU of reading its first
 * file. It gives exactly the value the codec's mapper gives, or gives up ({@link Bail}) on anything it is not
 * sure of: an unknown field, a value of another type that the mapper would coerce or report, an empty value
 * where the mapper would complain, a text value the codec's string rules would change or refuse, a date the
 * date rules would refuse, a record or enum with an annotation it does not know. The codec then reads the
 * document again with the mapper, so every problem a user sees is worded and placed as before.
 *
 * <p>Each record type's plan (its components, their types, its canonical constructor) is made once by core
 * reflection. Only the model's own records are bound; others (a plugin's) are refused.
 */
final class RecordBinder {
    private final LocalDate earliest;
    private final LocalDate latest;

    RecordBinder(ReadLimits limits) {
        this.earliest = limits.earliestDate();
        this.latest = limits.latestDate();
    }

    /** Why the binder gave up; never seen by a user, as the mapper then reads the document. */
    static final class Bail extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Bail(String why) {
            super(why, null, false, false);
        }
    }

    /** Whether values of this type can be bound (its plan, and those of its parts, can be made). */
    static boolean supports(Class<?> type) {
        return PLANS.get(type) instanceof RecordPlan;
    }

    /** Why values of this type cannot be bound, or {@code null} when they can. */
    static String refusal(Class<?> type) {
        return PLANS.get(type) instanceof Bail bail ? bail.getMessage() : null;
    }

    /**
     * Reads one value of the type from a parser before its first token, and checks that nothing follows it.
     *
     * @throws Bail when the value cannot be bound here with certainty
     */
    <T> T read(JsonParser parser, Class<T> type) {
        RecordPlan plan = plan(type);
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw new Bail("the document is not an object");
        }
        Object value = plan.read(parser, first, this);
        if (parser.nextToken() != null) {
            throw new Bail("trailing content");
        }
        return type.cast(value);
    }

    // ---- plans

    private static final ClassValue<Object> PLANS = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
            try {
                return RecordPlan.of(type);
            } catch (Bail refused) {
                return refused;
            }
        }
    };

    /** The types whose plans this thread is making, so that a type that holds itself is refused, not looped on. */
    private static final ThreadLocal<Set<Class<?>>> MAKING = ThreadLocal.withInitial(HashSet::new);

    private static RecordPlan plan(Class<?> type) {
        Object plan = PLANS.get(type);
        if (plan instanceof Bail refused) {
            throw refused;
        }
        return (RecordPlan) plan;
    }

    /** Reads the value that starts at the current token. */
    @FunctionalInterface
    private interface ValueReader {
        Object read(JsonParser p, JsonToken token, RecordBinder binder);
    }

    private static final class RecordPlan implements ValueReader {
        private final Class<?> type;
        private final Constructor<?> constructor;
        private final Map<String, Integer> index;
        private final ValueReader[] readers;
        private final Object[] absent;

        private RecordPlan(Class<?> type, Constructor<?> constructor, RecordComponent[] components) {
            this.type = type;
            this.constructor = constructor;
            this.index = new HashMap<>();
            this.readers = new ValueReader[components.length];
            this.absent = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                index.put(component.getName(), i);
                readers[i] = reader(component.getGenericType());
                // What the mapper passes for a field the document leaves out: a primitive's zero, else null.
                Class<?> raw = component.getType();
                absent[i] = raw == int.class ? Integer.valueOf(0) : raw == boolean.class ? Boolean.FALSE : null;
                if (raw.isPrimitive() && raw != int.class && raw != boolean.class) {
                    throw new Bail(type.getName() + "." + component.getName() + ": a primitive other than int or"
                            + " boolean");
                }
            }
        }

        static RecordPlan of(Class<?> type) {
            if (!type.isRecord()) {
                throw new Bail(type.getName() + " is not a record");
            }
            checkReachable(type);
            Set<Class<?>> making = MAKING.get();
            if (!making.add(type)) {
                throw new Bail(type.getName() + " holds itself");
            }
            try {
                checkAnnotationsUnlessCheckedInTheBuild(type);
                RecordComponent[] components = type.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                }
                Constructor<?> canonical;
                try {
                    canonical = type.getDeclaredConstructor(types);
                } catch (NoSuchMethodException e) {
                    throw new Bail(type.getName() + " has no canonical constructor");
                }
                try {
                    canonical.setAccessible(true); // allowed: the type is in this module
                } catch (RuntimeException e) {
                    throw new Bail(type.getName() + "'s canonical constructor cannot be called");
                }
                return new RecordPlan(type, canonical, components);
            } finally {
                making.remove(type);
            }
        }

        @Override
        public Object read(JsonParser p, JsonToken token, RecordBinder binder) {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new Bail("not an object for " + type.getSimpleName());
            }
            Object[] args = absent.clone();
            boolean[] seen = new boolean[readers.length];
            JsonToken next;
            while ((next = p.nextToken()) != JsonToken.END_OBJECT) {
                if (next != JsonToken.PROPERTY_NAME) {
                    throw new Bail("unexpected " + next + " in " + type.getSimpleName());
                }
                Integer i = index.get(p.currentName());
                if (i == null) {
                    throw new Bail("unknown field " + p.currentName() + " of " + type.getSimpleName());
                }
                if (seen[i]) {
                    throw new Bail("field " + p.currentName() + " twice");
                }
                seen[i] = true;
                args[i] = readers[i].read(p, p.nextToken(), binder);
            }
            try {
                return constructor.newInstance(args);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new Bail("the constructor of " + type.getSimpleName() + " refused the values");
            }
        }
    }

    /** Only this module's types: reflection into another module could be refused where the mapper's is not. */
    private static void checkReachable(Class<?> type) {
        if (type.getModule() != RecordBinder.class.getModule()) {
            throw new Bail(type.getName() + " is not a type of this module");
        }
    }

    private static ValueReader reader(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                return list(reader(arguments[0]));
            }
            if (raw == Map.class && arguments[0] == String.class) {
                return map(reader(arguments[1]));
            }
            throw new Bail("a component of type " + type);
        }
        if (!(type instanceof Class<?> raw)) {
            throw new Bail("a component of type " + type);
        }
        if (raw == String.class) {
            return RecordBinder::text;
        }
        if (raw == int.class || raw == Integer.class) {
            return raw == int.class ? (p, t, b) -> whole(p, t, false) : (p, t, b) -> whole(p, t, true);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return raw == boolean.class ? (p, t, b) -> truth(t, false) : (p, t, b) -> truth(t, true);
        }
        if (raw == LocalDate.class) {
            return (p, t, b) -> b.date(p, t);
        }
        if (raw == Object.class) {
            return RecordBinder::untyped;
        }
        if (raw.isEnum()) {
            return enumeration(raw);
        }
        if (raw.isRecord()) {
            return plan(raw);
        }
        throw new Bail("a component of type " + raw.getName());
    }

    // ---- values

    /** Text as the codec's string rules give it; text they would refuse or report is left to the mapper. */
    private static String text(JsonParser p, JsonToken token, RecordBinder binder) {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new Bail("not a text value"); // the mapper would coerce a number or true/false to text
        }
        String text = p.getString();
        if (ControlCharacters.firstRefused(text) >= 0 || ControlCharacters.loneSurrogate(text) >= 0) {
            throw new Bail("a refused character");
        }
        return ControlCharacters.normalised(text);
    }

    private static Integer whole(JsonParser p, JsonToken token, boolean nullable) {
        if (token == JsonToken.VALUE_NULL && nullable) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw new Bail("not a whole number that fits");
        }
        return p.getIntValue();
    }

    private static Boolean truth(JsonToken token, boolean nullable) {
        if (token == JsonToken.VALUE_NULL && nullable) {
            return null;
        }
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        throw new Bail("not true or false");
    }

    /** A date as {@link PlausibleDates} reads one; one it would refuse is left to the mapper. */
    private LocalDate date(JsonParser p, JsonToken token) {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new Bail("not a date");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(p.getString().strip());
        } catch (DateTimeParseException e) {
            throw new Bail("not a date");
        }
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            throw new Bail("an implausible date");
        }
        return date;
    }

    /**
     * A value of any type, as the mapper reads one (a map, a list, text, a whole number of the size it needs, a
     * double, true or false); text the string rules would change is left to the mapper.
     */
    private static Object untyped(JsonParser p, JsonToken token, RecordBinder binder) {
        switch (token) {
            case VALUE_NULL:
                return null;
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_STRING: {
                String text = p.getString();
                if (!ControlCharacters.normalised(text).equals(text)
                        || ControlCharacters.firstRefused(text) >= 0
                        || ControlCharacters.loneSurrogate(text) >= 0) {
                    throw new Bail("text the string rules change");
                }
                return text;
            }
            case VALUE_NUMBER_INT:
                return p.getNumberValue();
            case VALUE_NUMBER_FLOAT: {
                if (p.getNumberValue() instanceof Double d && Double.isFinite(d)) {
                    return d;
                }
                throw new Bail("a number that is not a finite double");
            }
            case START_ARRAY:
                return list(RecordBinder::untyped).read(p, token, binder);
            case START_OBJECT:
                return map(RecordBinder::untyped).read(p, token, binder);
            default:
                throw new Bail("a " + token + " value");
        }
    }

    private static ValueReader list(ValueReader element) {
        return (p, token, binder) -> {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.START_ARRAY) {
                throw new Bail("not a list");
            }
            List<Object> list = new ArrayList<>();
            JsonToken next;
            while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                if (next == null) {
                    throw new Bail("the document ends in a list");
                }
                list.add(element.read(p, next, binder));
            }
            return list;
        };
    }

    private static ValueReader map(ValueReader value) {
        return (p, token, binder) -> {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new Bail("not a map");
            }
            Map<String, Object> map = new LinkedHashMap<>();
            JsonToken next;
            while ((next = p.nextToken()) != JsonToken.END_OBJECT) {
                if (next != JsonToken.PROPERTY_NAME) {
                    throw new Bail("unexpected " + next + " in a map");
                }
                String key = p.currentName();
                if (map.containsKey(key)) {
                    throw new Bail("key " + key + " twice");
                }
                map.put(key, value.read(p, p.nextToken(), binder));
            }
            return map;
        };
    }

    /**
     * An enum constant by its name in any case, as the mapper reads one with case-insensitive enums; only words of
     * plain letters and underscores are matched, since the mapper also trims text and reads digits as an index.
     */
    private static ValueReader enumeration(Class<?> type) {
        checkReachable(type);
        checkAnnotationsUnlessCheckedInTheBuild(type);
        Map<String, Object> byName = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            Enum<?> e = (Enum<?>) constant;
            if (e.getClass() != type) {
                throw new Bail(type.getName() + "." + e.name() + " has a body of its own");
            }
            byName.put(e.name(), e);
        }
        try {
            // The mapper reads enums by their toString(); by their name only while it is the name.
            type.getDeclaredMethod("toString");
            throw new Bail(type.getName() + " declares toString()");
        } catch (NoSuchMethodException expected) {
            // the name it is
        }
        return (p, token, binder) -> {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.VALUE_STRING) {
                throw new Bail("not a text value for " + type.getSimpleName());
            }
            String text = p.getString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')) {
                    throw new Bail("not a plain word for " + type.getSimpleName());
                }
            }
            Object constant = byName.get(text.toUpperCase(Locale.ROOT));
            if (constant == null) {
                throw new Bail("no such " + type.getSimpleName());
            }
            return constant;
        };
    }

    // ---- annotations

    /**
     * Refuses a type that carries, anywhere the mapper looks (the type, its interfaces, components, constructors,
     * methods, fields and their parameters and type arguments), an annotation the binder does not know: a
     * Jackson annotation would change how the mapper reads it, so a value the binder gave could differ.
     */
    private static void checkAnnotationsUnlessCheckedInTheBuild(Class<?> type) {
        if (!CheckedInTheBuild.holds(type)) {
            checkAnnotations(type);
        }
    }

    static void checkAnnotations(Class<?> type) {
        check(type, type);
        for (Class<?> face : type.getInterfaces()) {
            check(type, face);
            for (Method m : face.getDeclaredMethods()) {
                checkExecutable(type, m);
            }
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                check(type, component);
                checkType(type, component.getAnnotatedType());
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            checkExecutable(type, c);
        }
        for (Method m : type.getDeclaredMethods()) {
            checkExecutable(type, m);
        }
        for (Field f : type.getDeclaredFields()) {
            check(type, f);
            checkType(type, f.getAnnotatedType());
        }
    }

    /** Whether the binder knows an annotation: bean constraints (checked after reading) and API status. */
    static boolean knows(Class<? extends Annotation> annotation) {
        String name = annotation.getName();
        return name.startsWith("jakarta.validation.") || name.equals("org.apiguardian.api.API");
    }

    private static void checkExecutable(Class<?> owner, Executable e) {
        check(owner, e);
        checkType(owner, e.getAnnotatedReturnType());
        for (Parameter parameter : e.getParameters()) {
            check(owner, parameter);
            checkType(owner, parameter.getAnnotatedType());
        }
    }

    private static void checkType(Class<?> owner, AnnotatedType type) {
        if (type == null) {
            return;
        }
        check(owner, type);
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                checkType(owner, argument);
            }
        } else if (type instanceof AnnotatedArrayType array) {
            checkType(owner, array.getAnnotatedGenericComponentType());
        }
    }

    private static void check(Class<?> owner, AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            if (!knows(annotation.annotationType())) {
                throw new Bail(
                        owner.getName() + " has @" + annotation.annotationType().getName() + " on " + element);
            }
        }
    }
}
