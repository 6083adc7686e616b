package io.github.equalityframework.lga;

/**
 * A set of ids in one array with open addressing, for the references of a register of a million items: a hash set's
 * node per id is what a collector has to copy while the checks run, one array is not. Not thread-safe.
 */
final class IdSet {
    private String[] ids = new String[16];
    private int size;

    /** Adds an id; null is ignored, as no item has a null id. */
    void add(String id) {
        if (id == null) {
            return;
        }
        int slot = slot(ids, id);
        if (ids[slot] == null) {
            ids[slot] = id;
            if (++size * 2 > ids.length) {
                grow();
            }
        }
    }

    boolean contains(String id) {
        return id != null && ids[slot(ids, id)] != null;
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
        String[] old = ids;
        ids = new String[old.length * 2];
        for (String id : old) {
            if (id != null) {
                ids[slot(ids, id)] = id;
            }
        }
    }
}
