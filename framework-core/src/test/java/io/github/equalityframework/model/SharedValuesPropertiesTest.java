package io.github.equalityframework.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever list of characteristic ids an evidence item is given (short or long, with nulls, repeated ids, long
 * ids), the list it keeps, shared or copied, answers every question as the given list does.
 */
class SharedValuesPropertiesTest {
    @Property
    void anItemsCharacteristicsAnswerAsTheListItWasGiven(@ForAll("ids") List<String> generated) {
        // A list that answers contains(null), as a reader's does (the generated one may not).
        List<String> given = new ArrayList<>(generated);
        List<String> kept = item(new ArrayList<>(given)).characteristics();
        List<String> again = item(new ArrayList<>(given)).characteristics();

        assertEquals(given, kept);
        assertEquals(given, again);
        assertEquals(given.hashCode(), kept.hashCode());
        assertEquals(given.size(), kept.size());
        for (int i = 0; i < given.size(); i++) {
            assertEquals(given.get(i), kept.get(i));
            assertEquals(given.indexOf(given.get(i)), kept.indexOf(given.get(i)));
            assertEquals(given.lastIndexOf(given.get(i)), kept.lastIndexOf(given.get(i)));
        }
        if (!given.isEmpty()) { // an empty list is List.of(), which refuses to be asked about null, as before
            assertEquals(given.contains(null), kept.contains(null));
        }
        assertEquals(given.contains("not-an-id"), kept.contains("not-an-id"));
    }

    @Provide
    Arbitrary<List<String>> ids() {
        Arbitrary<String> id = Arbitraries.oneOf(
                Arbitraries.of("age", "disability", "race", "sex", "care-experience"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(80));
        return id.injectNull(0.05).list().ofMaxSize(20);
    }

    private static EvidenceItem item(List<String> characteristics) {
        return new EvidenceItem(
                "ev-1", "A title", "policy", LocalDate.parse("2024-01-10"), null, characteristics, null);
    }
}
