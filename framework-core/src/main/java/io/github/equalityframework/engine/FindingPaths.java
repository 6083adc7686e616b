package io.github.equalityframework.engine;

import io.github.equalityframework.internal.text.Suggestions;
import io.github.equalityframework.problem.DataPath;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a finding's data path names something in the self-assessment: every field a field of the
 * model (present or not, so that a finding may say a narrative is missing) and every list index an
 * entry the list has. A path that names nothing would be placed at the top of the file, where the
 * user would look for the cause in vain ({@code claim[0]} for {@code claims[0]}).
 */
final class FindingPaths {
    private static final ClassValue<Map<String, RecordComponent>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            Map<String, RecordComponent> fields = new LinkedHashMap<>();
            Arrays.stream(type.getRecordComponents()).forEach(c -> fields.put(c.getName(), c));
            return Map.copyOf(fields);
        }
    };

    private FindingPaths() {}

    /** Why the path names nothing in the document, or empty when it does (the empty path is the whole). */
    static Optional<String> whyNotIn(Object document, String path) {
        Object value = document;
        Type type = document.getClass();
        Optional<DataPath> parsed = DataPath.parse(path);
        if (parsed.isEmpty()) {
            return Optional.of("it is not a data path such as claims[0].narrative");
        }
        List<DataPath.Step> steps = parsed.get().steps();
        int absent = -1; // how many steps lead to the first part of the path that the document leaves out
        for (int i = 0; i < steps.size(); i++) {
            DataPath.Step step = steps.get(i);
            Class<?> raw = raw(type);
            if (step instanceof DataPath.Field byName) {
                String name = byName.name();
                if (!raw.isRecord()) {
                    return Optional.of(prefix(steps, i) + " is a value with no fields");
                }
                Map<String, RecordComponent> fields = FIELDS.get(raw);
                RecordComponent field = fields.get(name);
                if (field == null) {
                    return Optional.of((i == 0 ? "the self-assessment" : prefix(steps, i)) + " has no field '" + name
                            + "'"
                            + Suggestions.closest(name, fields.keySet())
                                    .map(s -> "; did you mean '" + s + "'?")
                                    .orElse(""));
                }
                value = value == null ? null : read(field, value);
                type = field.getGenericType();
                if (value == null && absent < 0) {
                    absent = i + 1;
                }
            } else {
                int index = ((DataPath.Index) step).index();
                if (!List.class.isAssignableFrom(raw)) {
                    return Optional.of((i == 0 ? "the self-assessment" : prefix(steps, i)) + " is not a list");
                }
                if (absent >= 0) {
                    return Optional.of("the assessment has no " + prefix(steps, absent));
                }
                int size = ((List<?>) value).size();
                if (index >= size) {
                    return Optional.of(prefix(steps, i)
                            + (size == 0 ? " is empty" : " has " + size + (size == 1 ? " entry" : " entries")));
                }
                value = ((List<?>) value).get(index);
                type = type instanceof ParameterizedType list ? list.getActualTypeArguments()[0] : Object.class;
            }
        }
        return Optional.empty();
    }

    /**
     * The path of the first {@code count} steps, for a message: built only when one is written, not at every step
     * of every finding.
     */
    private static DataPath prefix(List<DataPath.Step> steps, int count) {
        DataPath at = DataPath.root();
        for (DataPath.Step step : steps.subList(0, count)) {
            at = step instanceof DataPath.Field field
                    ? at.field(field.name())
                    : at.index(((DataPath.Index) step).index());
        }
        return at;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
    }

    private static Object read(RecordComponent field, Object record) {
        try {
            return field.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + field.getName() + " of " + record.getClass(), e);
        }
    }
}
