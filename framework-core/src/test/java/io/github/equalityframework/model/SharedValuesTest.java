package io.github.equalityframework.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evidence items made apart from equal values (as a reader makes them, one string and list per item) share one
 * copy of their kind, owner, date and characteristic list; what they share behaves as the copy it replaces.
 */
class SharedValuesTest {
    @Test
    void equalItemsShareTheirKindOwnerDateAndCharacteristics() {
        EvidenceItem first = item("ev-1", new ArrayList<>(List.of(fresh("age"), fresh("disability"))));
        EvidenceItem second = item("ev-2", new ArrayList<>(List.of(fresh("age"), fresh("disability"))));

        assertSame(first.characteristics(), second.characteristics());
        assertSame(first.kind(), second.kind());
        assertSame(first.owner(), second.owner());
        assertSame(first.date(), second.date());
        assertEquals(List.of("age", "disability"), second.characteristics());
    }

    @Test
    void aWitherKeepsTheSharedListWithoutCopyingIt() {
        EvidenceItem item = item("ev-1", List.of("race"));

        assertSame(item.characteristics(), item.withId("ev-2").characteristics());
    }

    @Test
    void aListWithANullIsKeptAsGivenForValidationToReport() {
        List<String> withNull = Arrays.asList("age", null);
        EvidenceItem first = item("ev-1", withNull);
        EvidenceItem second = item("ev-2", withNull);

        assertEquals(withNull, first.characteristics());
        assertTrue(first.characteristics().contains(null));
        assertNotSame(first.characteristics(), second.characteristics());
    }

    @Test
    void theSharedListCannotBeChanged() {
        List<String> shared = item("ev-1", List.of("sex", "race")).characteristics();

        assertThrows(UnsupportedOperationException.class, () -> shared.add("age"));
        assertThrows(UnsupportedOperationException.class, () -> shared.set(0, "age"));
        assertThrows(UnsupportedOperationException.class, () -> shared.remove(0));
        assertEquals(List.of("sex", "race"), shared);
    }

    @Test
    void theSharedListIsEqualToHashesAndPrintsAsAnyListOfTheSameIds() {
        List<String> ids = new ArrayList<>(List.of("religion-or-belief", "sex"));
        List<String> shared = item("ev-1", ids).characteristics();

        assertEquals(ids, shared);
        assertEquals(shared, ids);
        assertEquals(ids.hashCode(), shared.hashCode());
        assertEquals(ids.toString(), shared.toString());
        assertEquals(1, shared.indexOf("sex"));
        assertEquals(-1, shared.indexOf(null));
    }

    /** A string equal to {@code text} but not the same object, as a reader gives one per value. */
    private static String fresh(String text) {
        return new String(text.toCharArray());
    }

    private static EvidenceItem item(String id, List<String> characteristics) {
        return new EvidenceItem(
                id,
                "Equality data on library service redesign",
                fresh("equality-data"),
                LocalDate.parse("2024-01-10"),
                null,
                characteristics,
                fresh("Policy and Performance Team"));
    }
}
