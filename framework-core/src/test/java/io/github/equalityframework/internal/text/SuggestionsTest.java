package io.github.equalityframework.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> FIELDS =
            List.of("characteristics", "date", "id", "kind", "location", "owner", "title");

    @Test
    void suggestsTheNameOneLetterAway() {
        assertEquals(Optional.of("kind"), Suggestions.closest("knd", FIELDS));
        assertEquals(Optional.of("owner"), Suggestions.closest("owners", FIELDS));
    }

    @Test
    void suggestsTheNameWithTwoNeighbouringLettersSwapped() {
        assertEquals(Optional.of("title"), Suggestions.closest("titel", FIELDS));
        assertEquals(Optional.of("kind"), Suggestions.closest("kidn", FIELDS));
    }

    @Test
    void ignoresCase() {
        assertEquals(Optional.of("location"), Suggestions.closest("Location", FIELDS));
    }

    @Test
    void suggestsNothingWhenNoNameIsCloseEnoughToBeATypo() {
        assertEquals(Optional.empty(), Suggestions.closest("colour", FIELDS));
        assertEquals(Optional.empty(), Suggestions.closest("xy", List.of("id")));
    }

    @Test
    void prefersTheAlphabeticallyFirstOfEquallyCloseNamesWhateverTheirOrder() {
        assertEquals(Optional.of("m1"), Suggestions.closest("m4", List.of("m2", "m1")));
        assertEquals(Optional.of("m1"), Suggestions.closest("m4", List.of("m1", "m2")));
    }

    @Test
    void distanceCountsEachKindOfEditOnce() {
        assertEquals(0, Suggestions.distance("level", "level"));
        assertEquals(1, Suggestions.distance("levl", "level"));
        assertEquals(1, Suggestions.distance("lavel", "level"));
        assertEquals(1, Suggestions.distance("levle", "level"));
        assertEquals(2, Suggestions.distance("lvele", "level"));
        assertEquals(5, Suggestions.distance("", "level"));
    }
}
