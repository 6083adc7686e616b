package io.github.equalityframework.engine;

import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A map from ids to values in two arrays with open addressing, for the index of a register of a million items: a hash
 * map's node per entry is what a collector has to copy while the assessment runs, two arrays are not. Keys and values
 * are not null; nothing is removed. Not thread-safe.
 */
final class CompactIdMap<V> extends AbstractMap<String, V> {
    private String[] keys;
    private Object[] values;
    private int size;

    /** Room for {@code expected} entries without growing. */
    CompactIdMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
        keys = new String[capacity];
        values = new Object[capacity];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        if (!(key instanceof String id)) {
            return null;
        }
        return (V) values[slot(keys, id)];
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(String key, V value) {
        Objects.requireNonNull(value, "value");
        int slot = slot(keys, Objects.requireNonNull(key, "key"));
        V old = (V) values[slot];
        keys[slot] = key;
        values[slot] = value;
        if (old == null && ++size * 2 > keys.length) {
            grow();
        }
        return old;
    }

    @Override
    public int size() {
        return size;
    }

    /** A copy, in no particular order: the engine only looks ids up. */
    @Override
    @SuppressWarnings("unchecked")
    public Set<Map.Entry<String, V>> entrySet() {
        Set<Map.Entry<String, V>> entries = new LinkedHashSet<>();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                entries.add(new SimpleImmutableEntry<>(keys[i], (V) values[i]));
            }
        }
        return entries;
    }

    /** The slot holding {@code key}, or the empty one where it would go; the table is never more than half full. */
    private static int slot(String[] table, String key) {
        int mask = table.length - 1;
        int h = key.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        while (table[i] != null && !table[i].equals(key)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
