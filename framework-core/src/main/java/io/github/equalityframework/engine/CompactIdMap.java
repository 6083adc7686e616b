package io.github.equalityframework.engine;

import io.github.equalityframework.internal.ids.IdPositions;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A map from ids to values for the index of a register of a million items: the ids' positions in one compact table
 * and the values in one list, where a hash map's node per entry is what a collector has to copy while the assessment
 * runs. Keys and values are not null; nothing is removed. Not thread-safe.
 */
final class CompactIdMap<V> extends AbstractMap<String, V> {
    private final IdPositions positions;
    private final List<String> keys;
    private final List<V> values;

    /** Room for {@code expected} entries without growing. */
    CompactIdMap(int expected) {
        positions = new IdPositions(expected);
        keys = new ArrayList<>(expected);
        values = new ArrayList<>(expected);
    }

    @Override
    public V get(Object key) {
        int at = key instanceof String id ? positions.position(id) : -1;
        return at < 0 ? null : values.get(at);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public V put(String key, V value) {
        Objects.requireNonNull(value, "value");
        int at = positions.putIfAbsent(Objects.requireNonNull(key, "key"), values.size());
        if (at < 0) {
            keys.add(key);
            values.add(value);
            return null;
        }
        return values.set(at, value);
    }

    @Override
    public int size() {
        return values.size();
    }

    /** A copy, in the order the ids were first put: the engine only looks ids up. */
    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        Set<Map.Entry<String, V>> entries = new LinkedHashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            entries.add(new SimpleImmutableEntry<>(keys.get(i), values.get(i)));
        }
        return entries;
    }
}
