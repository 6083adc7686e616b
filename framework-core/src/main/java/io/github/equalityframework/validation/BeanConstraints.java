package io.github.equalityframework.validation;

import io.github.equalityframework.internal.reflect.CheckedInTheBuild;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.problem.ValidationProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The model's field constraints (the {@code jakarta.validation} annotations on its records' components), checked
 * without a validation provider: starting one cost more CPU at start-up than reading the user's file. Each record
 * type's annotations are read once into a plan. The paths and messages are those Hibernate Validator gave, which
 * {@code BeanConstraintsEquivalenceTest} checks: {@code is required} for a missing value, its default English
 * message otherwise, or the annotation's own. An annotation this class does not know is refused when its record's
 * plan is made, never skipped.
 */
final class BeanConstraints {
    private static final ClassValue<RecordPlan> PLANS = new ClassValue<>() {
        @Override
        protected RecordPlan computeValue(Class<?> type) {
            return RecordPlan.of(type);
        }
    };

    private BeanConstraints() {}

    static List<ValidationProblem> check(Object bean) {
        List<ValidationProblem> problems = new ArrayList<>();
        PLANS.get(bean.getClass()).check(bean, null, problems);
        return problems;
    }

    /**
     * Makes the plans of {@code type} and of every record it cascades to, and returns those types; throws
     * {@link IllegalStateException} naming the component and annotation this class cannot check.
     */
    static Set<Class<?>> plan(Class<?> type) {
        Set<Class<?>> seen = new HashSet<>();
        List<Class<?>> next = new ArrayList<>(List.of(type));
        while (!next.isEmpty()) {
            Class<?> current = next.remove(next.size() - 1);
            if (seen.add(current)) {
                next.addAll(PLANS.get(current).cascadesTo());
            }
        }
        return seen;
    }

    /** One record type's constrained components, in declaration order. */
    private record RecordPlan(List<Property> properties) {
        static RecordPlan of(Class<?> type) {
            if (!type.isRecord()) {
                throw unsupported(type.getName() + " is not a record; only records' components are checked");
            }
            if (!CheckedInTheBuild.holds(type)) {
                refuseOutsideComponents(type);
            }
            List<Property> properties = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Property property = Property.of(type, component);
                if (property != null) {
                    properties.add(property);
                }
            }
            return new RecordPlan(List.copyOf(properties));
        }

        void check(Object bean, At at, List<ValidationProblem> problems) {
            for (Property property : properties) {
                property.check(bean, at, problems);
            }
        }

        List<Class<?>> cascadesTo() {
            List<Class<?>> types = new ArrayList<>();
            for (Property property : properties) {
                for (Element element : List.of(property.value, property.first, property.second)) {
                    if (element.cascadeType != null) {
                        types.add(element.cascadeType);
                    }
                }
            }
            return types;
        }
    }

    /** A constraint on the type, or on a method a validation provider reads as a getter, would go unchecked. */
    static void refuseOutsideComponents(Class<?> type) {
        for (Annotation annotation : type.getDeclaredAnnotations()) {
            if (isValidation(annotation)) {
                throw unsupported(type.getName() + " carries " + annotation + " on the type");
            }
        }
        Set<String> accessors = new HashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            accessors.add(component.getAccessor().getName());
        }
        for (Method method : type.getDeclaredMethods()) {
            boolean accessor = accessors.contains(method.getName()) && method.getParameterCount() == 0;
            boolean getter = method.getParameterCount() == 0
                    && method.getReturnType() != void.class
                    && looksLikeAGetter(method.getName());
            if (getter || !accessor) {
                for (Annotation annotation : method.getDeclaredAnnotations()) {
                    if (isValidation(annotation)) {
                        throw unsupported(type.getName() + "." + method.getName() + "() carries " + annotation);
                    }
                }
            }
        }
    }

    /** {@code getTitle}, {@code isOpen}, {@code hasEvidence}: a name a validation provider reads as a property. */
    private static boolean looksLikeAGetter(String name) {
        for (String prefix : List.of("get", "is", "has")) {
            if (name.length() > prefix.length()
                    && name.startsWith(prefix)
                    && name.charAt(prefix.length()) >= 'A'
                    && name.charAt(prefix.length()) <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /**
     * What is checked where: the component's value itself and, for a list, each element ({@code first}), for a
     * map each key ({@code first}) and value ({@code second}).
     */
    private record Property(String name, Method accessor, Element value, Element first, Element second, boolean map) {
        private static final Element NOTHING = new Element(List.of(), null);

        static Property of(Class<?> type, RecordComponent component) {
            Field field;
            try {
                field = type.getDeclaredField(component.getName());
            } catch (NoSuchFieldException e) {
                throw unsupported(type.getName() + "." + component.getName() + " has no field");
            }
            String where = type.getSimpleName() + "." + component.getName();
            Element value = Element.of(where, field.getDeclaredAnnotations(), field.getType());
            boolean map = Map.class.isAssignableFrom(field.getType());
            boolean list = List.class.isAssignableFrom(field.getType());
            List<Element> arguments = new ArrayList<>();
            if (field.getAnnotatedType() instanceof AnnotatedParameterizedType parameterized) {
                for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                    Element element = Element.of(where + " element", argument.getDeclaredAnnotations(), raw(argument));
                    if (!element.isEmpty() && !map && !list) {
                        throw unsupported(where + " has constraints on a type argument of " + field.getType());
                    }
                    refuseNested(where, argument);
                    arguments.add(element);
                }
            }
            Element first = arguments.isEmpty() ? NOTHING : arguments.get(0);
            Element second = arguments.size() < 2 ? NOTHING : arguments.get(1);
            if (value.isEmpty() && first.isEmpty() && second.isEmpty()) {
                return null;
            }
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return new Property(component.getName(), accessor, value, first, second, map);
        }

        private static void refuseNested(String where, AnnotatedType argument) {
            if (argument instanceof AnnotatedParameterizedType nested) {
                for (AnnotatedType deeper : nested.getAnnotatedActualTypeArguments()) {
                    if (!Element.of(where, deeper.getDeclaredAnnotations(), raw(deeper))
                            .isEmpty()) {
                        throw unsupported(where + " has constraints on a nested type argument");
                    }
                    refuseNested(where, deeper);
                }
            }
        }

        void check(Object bean, At at, List<ValidationProblem> problems) {
            Object actual;
            try {
                actual = accessor.invoke(bean);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor, e);
            }
            At path = new At(at, name, -1);
            value.check(actual, path, problems);
            if (actual == null || (first.isEmpty() && second.isEmpty())) {
                return;
            }
            if (map) {
                // A map's keys and values are placed at the map itself, as Hibernate Validator placed them.
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) actual).entrySet()) {
                    first.check(entry.getKey(), path, problems);
                    second.check(entry.getValue(), path, problems);
                }
            } else {
                List<?> list = (List<?>) actual;
                for (int i = 0; i < list.size(); i++) {
                    first.check(list.get(i), new At(path, null, i), problems);
                }
            }
        }
    }

    /**
     * Where a value is: a field of its parent ({@code name}) or an element of it ({@code index}). Kept as a step up
     * to the root and made a data path only for a broken constraint, so that checking a register of a million valid
     * items writes no path.
     */
    private record At(At parent, String name, int index) {
        DataPath dataPath() {
            DataPath up = parent == null ? DataPath.root() : parent.dataPath();
            return name != null ? up.field(name) : up.index(index);
        }
    }

    /** The constraints on one value, and the record type it cascades to ({@code @Valid}), if any. */
    private record Element(List<Constraint> constraints, Class<?> cascadeType) {
        static Element of(String where, Annotation[] annotations, Class<?> type) {
            List<Constraint> constraints = new ArrayList<>();
            Class<?> cascade = null;
            for (Annotation annotation : annotations) {
                if (annotation instanceof Valid) {
                    if (!type.isRecord()) {
                        throw unsupported(where + ": @Valid on " + type.getName() + ", which is not a record");
                    }
                    cascade = type;
                } else if (isValidation(annotation)) {
                    constraints.add(Constraint.of(where, annotation, type));
                }
            }
            return new Element(List.copyOf(constraints), cascade);
        }

        boolean isEmpty() {
            return constraints.isEmpty() && cascadeType == null;
        }

        void check(Object value, At path, List<ValidationProblem> problems) {
            for (Constraint constraint : constraints) {
                String message = constraint.violation(value);
                if (message != null) {
                    problems.add(ValidationProblem.at(path.dataPath(), message));
                }
            }
            // As with a validation provider, a record is checked inside whenever it is there.
            if (cascadeType != null && value != null) {
                PLANS.get(value.getClass()).check(value, path, problems);
            }
        }
    }

    /** One constraint: {@link #violation} gives its message for a value that breaks it, else {@code null}. */
    private record Constraint(boolean required, Predicate<Object> valid, String message) {
        private static final String MISSING = "is required";

        static Constraint of(String where, Annotation annotation, Class<?> type) {
            String defaults = "{" + annotation.annotationType().getName() + ".message}";
            if (annotation instanceof NotNull notNull) {
                requireDefaultGroup(where, annotation, notNull.groups());
                return new Constraint(true, v -> true, MISSING);
            }
            if (annotation instanceof NotBlank notBlank) {
                requireDefaultGroup(where, annotation, notBlank.groups());
                requireType(where, annotation, type, CharSequence.class);
                return new Constraint(
                        true,
                        v -> !v.toString().isBlank(),
                        message(where, notBlank.message(), defaults, "must not be blank"));
            }
            if (annotation instanceof NotEmpty notEmpty) {
                requireDefaultGroup(where, annotation, notEmpty.groups());
                requireType(where, annotation, type, CharSequence.class, Collection.class, Map.class);
                return new Constraint(
                        true,
                        BeanConstraints::notEmpty,
                        message(where, notEmpty.message(), defaults, "must not be empty"));
            }
            if (annotation instanceof Pattern pattern) {
                requireDefaultGroup(where, annotation, pattern.groups());
                requireType(where, annotation, type, CharSequence.class);
                int flags = 0;
                for (Pattern.Flag flag : pattern.flags()) {
                    flags |= flag.getValue();
                }
                java.util.regex.Pattern regex = java.util.regex.Pattern.compile(pattern.regexp(), flags);
                String standard =
                        pattern.regexp().matches("[^{}$\\\\]*") ? "must match \"" + pattern.regexp() + "\"" : null;
                return new Constraint(
                        false,
                        v -> regex.matcher(v.toString()).matches(),
                        message(where, pattern.message(), defaults, standard));
            }
            if (annotation instanceof Positive positive) {
                requireDefaultGroup(where, annotation, positive.groups());
                requireType(where, annotation, type, Integer.class, int.class, Long.class, long.class);
                return new Constraint(
                        false,
                        v -> ((Number) v).longValue() > 0,
                        message(where, positive.message(), defaults, "must be greater than 0"));
            }
            if (annotation instanceof PositiveOrZero positiveOrZero) {
                requireDefaultGroup(where, annotation, positiveOrZero.groups());
                requireType(where, annotation, type, Integer.class, int.class, Long.class, long.class);
                return new Constraint(
                        false,
                        v -> ((Number) v).longValue() >= 0,
                        message(where, positiveOrZero.message(), defaults, "must be greater than or equal to 0"));
            }
            throw unsupported(where + " carries " + annotation + ", which is not checked");
        }

        String violation(Object value) {
            if (value == null) {
                return required ? MISSING : null;
            }
            return valid.test(value) ? null : message;
        }

        /** The annotation's own text, or the default one; a text with parameters or escapes is refused. */
        private static String message(String where, String given, String defaultKey, String defaultText) {
            if (given.equals(defaultKey) && defaultText != null) {
                return defaultText;
            }
            if (given.matches("[^{}$\\\\]*")) {
                return given;
            }
            throw unsupported(where + ": the message '" + given + "' needs interpolation, which is not done");
        }

        private static void requireDefaultGroup(String where, Annotation annotation, Class<?>[] groups) {
            if (groups.length > 0) {
                throw unsupported(where + " carries " + annotation + " with groups, which are not checked");
            }
        }

        private static void requireType(String where, Annotation annotation, Class<?> type, Class<?>... allowed) {
            for (Class<?> candidate : allowed) {
                if (candidate.isAssignableFrom(type)) {
                    return;
                }
            }
            throw unsupported(where + " carries " + annotation + " on " + type.getName() + ", which is not checked");
        }
    }

    private static boolean notEmpty(Object value) {
        if (value instanceof CharSequence text) {
            return text.length() > 0;
        }
        if (value instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        return !((Map<?, ?>) value).isEmpty();
    }

    /** Any annotation of the Jakarta Validation packages (a constraint, a constraint list, {@code @Valid}). */
    private static boolean isValidation(Annotation annotation) {
        Class<? extends Annotation> type = annotation.annotationType();
        return type.getName().startsWith("jakarta.validation.")
                || type.isAnnotationPresent(jakarta.validation.Constraint.class);
    }

    private static Class<?> raw(AnnotatedType annotated) {
        Type type = annotated.getType();
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }

    private static IllegalStateException unsupported(String what) {
        return new IllegalStateException("field constraint not supported: " + what);
    }
}
