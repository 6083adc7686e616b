package io.github.equalityframework.internal.ids;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where each id was first seen in a list, for registers of a million items: two arrays with open addressing instead
 * of a hash map's node and boxed position per id, so that a large register costs the collector two objects to keep
 * while it is checked or assessed, not two million. The one such table of eflg: the validator's duplicate ids, the
 * engine's register index and the checks' sets of referenced ids use it. Ids are not null; nothing is removed. Not
 * thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public final class IdPositions {
    private String[] ids;
    /** Each slot's id's hash, so that a probe past another id does not read that id's text from memory. */
    private int[] hashes;

    private int[] positions;
    private int size;

    /** Room for {@code expected} ids without growing. */
    public IdPositions(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
        ids = new String[capacity];
        hashes = new int[capacity];
        positions = new int[capacity];
    }

    /** Notes {@code id} at {@code position} unless it was seen before: then its first position, else -1. */
    public int putIfAbsent(String id, int position) {
        int hash = Objects.requireNonNull(id, "id").hashCode();
        int slot = slot(id, hash);
        if (ids[slot] != null) {
            return positions[slot];
        }
        ids[slot] = id;
        hashes[slot] = hash;
        positions[slot] = position;
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
        int slot = slot(id, id.hashCode());
        return ids[slot] == null ? -1 : positions[slot];
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
        while (ids[i] != null && (hashes[i] != hash || !ids[i].equals(id))) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldHashes = hashes;
        int[] oldPositions = positions;
        ids = new String[oldIds.length * 2];
        hashes = new int[oldIds.length * 2];
        positions = new int[oldIds.length * 2];
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = slot(oldIds[i], oldHashes[i]);
                ids[slot] = oldIds[i];
                hashes[slot] = oldHashes[i];
                positions[slot] = oldPositions[i];
            }
        }
    }
}
