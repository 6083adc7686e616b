package io.github.equalityframework.internal.ids;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where each id was first seen in a list, for registers of a million items: two arrays with open addressing instead
 * of a hash map's node and boxed position per id, so that a large register costs the collector two objects to keep
 * while it is checked or assessed, not two million. The one such table of eflg: the validator's duplicate ids, the
 * engine's register index and the checks' sets of referenced ids use it. Ids are not null, positions not negative;
 * nothing is removed. Not thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public final class IdPositions {
    private String[] ids;
    /**
     * Each slot's id's hash and its position plus one (0 for an empty slot), side by side: a probe reads one place in
     * memory, not three arrays, and reads an id's text only when the hash matches.
     */
    private int[] entries;

    private int size;

    /** Room for {@code expected} ids without growing. */
    public IdPositions(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
        ids = new String[capacity];
        entries = new int[capacity * 2];
    }

    /** Notes {@code id} at {@code position} unless it was seen before: then its first position, else -1. */
    public int putIfAbsent(String id, int position) {
        int hash = Objects.requireNonNull(id, "id").hashCode();
        int slot = slot(id, hash);
        int stored = entries[2 * slot + 1];
        if (stored != 0) {
            return stored - 1;
        }
        ids[slot] = id;
        entries[2 * slot] = hash;
        entries[2 * slot + 1] = position + 1;
        if (++size * 2 > ids.length) {
            grow();
        }
        return -1;
    }

    /** Where {@code id} was first seen, or -1 when it was not (also for {@code null}). */
    public int position(String id) {
        if (id == null) {
            return -1;
        }
        return entries[2 * slot(id, id.hashCode()) + 1] - 1;
    }

    /** Whether {@code id} was seen; {@code null} never is. */
    public boolean contains(String id) {
        return position(id) >= 0;
    }

    /** How many different ids were seen. */
    public int size() {
        return size;
    }

    /** The slot holding {@code id}, or the empty one where it would go; the table is never more than half full. */
    private int slot(String id, int hash) {
        int mask = ids.length - 1;
        int i = (hash ^ (hash >>> 16)) & mask;
        while (entries[2 * i + 1] != 0 && (entries[2 * i] != hash || !ids[i].equals(id))) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldEntries = entries;
        ids = new String[oldIds.length * 2];
        entries = new int[oldEntries.length * 2];
        for (int i = 0; i < oldIds.length; i++) {
            if (oldEntries[2 * i + 1] != 0) {
                int slot = slot(oldIds[i], oldEntries[2 * i]);
                ids[slot] = oldIds[i];
                entries[2 * slot] = oldEntries[2 * i];
                entries[2 * slot + 1] = oldEntries[2 * i + 1];
            }
        }
    }
}
