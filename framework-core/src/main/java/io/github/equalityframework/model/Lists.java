package io.github.equalityframework.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies for record components: null becomes empty, the copy is unmodifiable. */
final class Lists {
    private Lists() {}

    /**
     * Copies a list, keeping null elements so that validation can report them
     * (List.copyOf would throw before a user could be told where the null is).
     */
    static <T> List<T> copy(List<T> list) {
        return list == null || list.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
