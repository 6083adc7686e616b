package io.github.equalityframework.schema;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which record components ("Record.component") a sample value fills, against all that its type could
 * have: a sample that fills them all exercises every property of the schema.
 */
final class ModelCoverage {
    private ModelCoverage() {}

    /** Every component of every record type reachable from the root type. */
    static Set<String> allComponents(Class<? extends Record> root) {
        Set<String> components = new TreeSet<>();
        collectComponents(root, components, new TreeSet<>());
        return components;
    }

    /** The components the value fills, in it and in every record it holds: not null, not empty. */
    static Set<String> filledComponents(Record value) {
        Set<String> components = new TreeSet<>();
        collectFilled(value, components);
        return components;
    }

    private static void collectComponents(Type type, Set<String> components, Set<String> seen) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collectComponents(argument, components, seen);
            }
        } else if (type instanceof Class<?> c && c.isRecord() && seen.add(c.getName())) {
            for (RecordComponent component : c.getRecordComponents()) {
                components.add(c.getSimpleName() + "." + component.getName());
                collectComponents(component.getGenericType(), components, seen);
            }
        }
    }

    private static void collectFilled(Object value, Set<String> components) {
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object componentValue = read(component, record);
                if (filled(componentValue)) {
                    components.add(record.getClass().getSimpleName() + "." + component.getName());
                }
                collectFilled(componentValue, components);
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> collectFilled(element, components));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(element -> collectFilled(element, components));
        }
    }

    private static boolean filled(Object value) {
        return value != null
                && !(value instanceof Collection<?> c && c.isEmpty())
                && !(value instanceof Map<?, ?> m && m.isEmpty())
                && !(value instanceof String s && s.isEmpty());
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
