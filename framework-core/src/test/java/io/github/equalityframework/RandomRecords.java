package io.github.equalityframework;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Records of the model built by reflection through each record's canonical constructor, every component drawn at
 * random, so that a record or component added later is generated too without a test knowing it. Each test says what
 * it draws from ({@link Draws}): the text, whole numbers and dates its concern is tricky with, and how often a value
 * or a list element is missing.
 */
public final class RandomRecords {
    private RandomRecords() {}

    /**
     * What values are drawn from.
     *
     * @param maxDepth           records nested deeper are left null
     * @param text               text drawn a third of the time; otherwise {@code care-experience}
     * @param ints               values of an {@code int} component
     * @param nullOneIn          a value other than a primitive is null one time in this many
     * @param nullElementOneIn   a list element is null one time in this many
     * @param dates              draws a date
     * @param anything           values of an {@code Object} component (none: null)
     * @param insertionOrderMaps whether a map is sometimes kept in insertion order
     */
    public record Draws(
            int maxDepth,
            List<String> text,
            List<Integer> ints,
            int nullOneIn,
            int nullElementOneIn,
            Function<Random, LocalDate> dates,
            List<Object> anything,
            boolean insertionOrderMaps) {}

    /** A record of the type, or {@code null} when its constructor refused the values drawn (draw again). */
    public static Object record(Class<?> type, Random random, Draws draws) {
        return record(type, random, draws, 0);
    }

    private static Object record(Class<?> type, Random random, Draws draws, int depth) {
        if (depth > draws.maxDepth()) {
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getGenericType(), random, draws, depth + 1);
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // a constructor that refuses the values (e.g. a primitive from null): draw again
        }
    }

    private static Object value(Type type, Random random, Draws draws, int depth) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == int.class) {
            return draws.ints().get(random.nextInt(draws.ints().size()));
        }
        if (raw == boolean.class) {
            return random.nextBoolean();
        }
        if (random.nextInt(draws.nullOneIn()) == 0) {
            return null;
        }
        if (raw == String.class) {
            return random.nextInt(3) > 0
                    ? "care-experience"
                    : draws.text().get(random.nextInt(draws.text().size()));
        }
        if (raw == Integer.class) {
            return List.of(-1, 0, 1, 7, Integer.MIN_VALUE).get(random.nextInt(5));
        }
        if (raw == Boolean.class) {
            return random.nextBoolean();
        }
        if (raw == LocalDate.class) {
            return draws.dates().apply(random);
        }
        if (raw == Object.class) {
            return draws.anything().isEmpty()
                    ? null
                    : draws.anything().get(random.nextInt(draws.anything().size()));
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        if (raw.isRecord()) {
            return record(raw, random, draws, depth);
        }
        if (raw == List.class && type instanceof ParameterizedType p) {
            List<Object> list = new ArrayList<>();
            int size = random.nextInt(depth > 3 ? 2 : 4);
            for (int i = 0; i < size; i++) {
                list.add(
                        random.nextInt(draws.nullElementOneIn()) == 0
                                ? null
                                : value(p.getActualTypeArguments()[0], random, draws, depth + 1));
            }
            return list;
        }
        if (raw == Map.class && type instanceof ParameterizedType p) {
            Map<Object, Object> map = new HashMap<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                Object key = value(p.getActualTypeArguments()[0], random, draws, depth + 1);
                if (key != null) {
                    map.put(key, value(p.getActualTypeArguments()[1], random, draws, depth + 1));
                }
            }
            return draws.insertionOrderMaps() && random.nextBoolean() ? new LinkedHashMap<>(map) : map;
        }
        return null;
    }
}
