package io.github.equalityframework.workforce;

/**
 * The row of each employee id seen so far, in two arrays with open addressing: a million ids cost the
 * references to the id strings (which the records hold anyway) and an int each, not a hash map's entry
 * objects.
 */
final class IdIndex {
    private String[] ids = new String[1024];
    private int[] rows = new int[1024];
    private int size;

    /** The row {@code id} was first seen on, or 0; remembers {@code row} for it when it is new. */
    int putIfAbsent(String id, int row) {
        int slot = slot(ids, id);
        if (ids[slot] != null) {
            return rows[slot];
        }
        ids[slot] = id;
        rows[slot] = row;
        if (++size * 2 > ids.length) {
            grow();
        }
        return 0;
    }

    private static int slot(String[] table, String id) {
        int mask = table.length - 1;
        int slot = (id.hashCode() * 0x9E3779B9) >>> 1 & mask;
        while (table[slot] != null && !table[slot].equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldRows = rows;
        ids = new String[oldIds.length * 2];
        rows = new int[oldIds.length * 2];
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = slot(ids, oldIds[i]);
                ids[slot] = oldIds[i];
                rows[slot] = oldRows[i];
            }
        }
    }
}
