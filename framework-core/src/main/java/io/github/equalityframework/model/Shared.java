package io.github.equalityframework.model;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Equal small values shared between the records that hold them: a register of a million evidence items names a
 * few hundred distinct characteristic lists, a dozen kinds and owners and a few years of dates, and one copy of
 * each, wherever the items came from (a file, a workbook, code), is what a pass over the register then reads from
 * the processor's cache instead of objects of its own per item. A bounded cache of immutable values, one slot per hash: a value that loses its slot
 * is only not shared, and a slot read while another thread writes it sees one whole value or the other (the values
 * hold only final fields).
 */
final class Shared {
    private static final int LIST_SLOTS = 4096;
    private static final int STRING_SLOTS = 512;
    /** A few years of days, the span a register's publication dates have. */
    private static final int DATE_SLOTS = 4096;
    /** Longer lists and strings are kept as given: their copies are rare, and the cache stays small. */
    private static final int MAX_ELEMENTS = 16;

    private static final int MAX_LENGTH = 64;

    private static final IdList[] LISTS = new IdList[LIST_SLOTS];
    private static final String[] STRINGS = new String[STRING_SLOTS];
    private static final LocalDate[] DATES = new LocalDate[DATE_SLOTS];

    private Shared() {}

    /**
     * An unmodifiable copy of a list of ids, the same object as an equal list copied before when it is still in
     * the cache; a list with a null element is copied as {@link Lists#copy} does, so that validation can report it.
     */
    static List<String> ids(List<String> list) {
        if (list instanceof IdList shared) {
            return shared;
        }
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        int size = list.size();
        if (size > MAX_ELEMENTS) {
            return Lists.copy(list);
        }
        String[] elements = new String[size];
        int hash = 1;
        for (int i = 0; i < size; i++) {
            String e = list.get(i);
            if (e == null || e.length() > MAX_LENGTH) {
                return Lists.copy(list);
            }
            elements[i] = e;
            hash = 31 * hash + e.hashCode();
        }
        int slot = spread(hash) & (LIST_SLOTS - 1);
        IdList cached = LISTS[slot];
        if (cached != null && cached.hash == hash && cached.sameElements(elements)) {
            return cached;
        }
        IdList copy = new IdList(elements, hash);
        LISTS[slot] = copy;
        return copy;
    }

    /** The same string as an equal one given before when it is still in the cache; {@code null} stays null. */
    static String string(String value) {
        if (value == null || value.length() > MAX_LENGTH) {
            return value;
        }
        int slot = spread(value.hashCode()) & (STRING_SLOTS - 1);
        String cached = STRINGS[slot];
        if (value.equals(cached)) {
            return cached;
        }
        STRINGS[slot] = value;
        return value;
    }

    /** The same date as an equal one given before when it is still in the cache ({@code LocalDate} is value-based). */
    static LocalDate date(LocalDate value) {
        if (value == null) {
            return null;
        }
        int slot = (int) value.toEpochDay() & (DATE_SLOTS - 1);
        LocalDate cached = DATES[slot];
        if (value.equals(cached)) {
            return cached;
        }
        DATES[slot] = value;
        return value;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** An unmodifiable list of non-null strings, equal to (and hashing as) any list of the same strings. */
    static final class IdList extends AbstractList<String> implements RandomAccess {
        private final String[] elements;
        private final int hash;

        private IdList(String[] elements, int hash) {
            this.elements = elements;
            this.hash = hash;
        }

        @Override
        public String get(int index) {
            return elements[index];
        }

        @Override
        public int size() {
            return elements.length;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public int indexOf(Object o) {
            for (int i = 0; i < elements.length; i++) {
                if (elements[i].equals(o)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        private boolean sameElements(String[] others) {
            if (others.length != elements.length) {
                return false;
            }
            for (int i = 0; i < others.length; i++) {
                if (!elements[i].equals(others[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
