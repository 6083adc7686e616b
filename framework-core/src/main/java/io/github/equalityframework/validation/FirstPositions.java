package io.github.equalityframework.validation;

/**
 * Where each id was first seen in a list, for registers of a million items: two arrays with open addressing instead
 * of a hash map's node and boxed position per id, so that a large register costs the collector two objects to keep
 * while it is checked, not two million. Not thread-safe.
 */
final class FirstPositions {
    private String[] ids;
    private int[] positions;
    private int size;

    /** Room for {@code expected} ids without growing. */
    FirstPositions(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
        ids = new String[capacity];
        positions = new int[capacity];
    }

    /** Notes {@code id} at {@code position} unless it was seen before: then its first position, else -1. */
    int putIfAbsent(String id, int position) {
        int slot = slot(ids, id);
        if (ids[slot] != null) {
            return positions[slot];
        }
        ids[slot] = id;
        positions[slot] = position;
        if (++size * 2 > ids.length) {
            grow();
        }
        return -1;
    }

    boolean contains(String id) {
        return ids[slot(ids, id)] != null;
    }

    /** The slot holding {@code id}, or the empty one where it would go; the table is never more than half full. */
    private static int slot(String[] table, String id) {
        int mask = table.length - 1;
        int h = id.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        while (table[i] != null && !table[i].equals(id)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldPositions = positions;
        ids = new String[oldIds.length * 2];
        positions = new int[oldIds.length * 2];
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = slot(ids, oldIds[i]);
                ids[slot] = oldIds[i];
                positions[slot] = oldPositions[i];
            }
        }
    }
}
