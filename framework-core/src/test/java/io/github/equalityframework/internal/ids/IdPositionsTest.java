package io.github.equalityframework.internal.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The id table answers as a hash map of first positions does, however it grows. */
class IdPositionsTest {

    /** Ids from a small alphabet, so that repeats and colliding hashes ("Aa" and "BB") are common. */
    @Provide
    Arbitrary<List<String>> ids() {
        return Arbitraries.strings()
                .withChars('A', 'B', 'a', 'b', '-')
                .ofMaxLength(4)
                .list()
                .ofMaxSize(300);
    }

    @Property(tries = 300)
    void firstPositionsAndMembershipAreAHashMaps(
            @ForAll("ids") List<String> ids,
            @ForAll("ids") List<String> asked,
            @ForAll @IntRange(max = 400) int expected) {
        IdPositions index = new IdPositions(expected);
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Integer first = map.putIfAbsent(ids.get(i), i);
            assertEquals(first == null ? -1 : first, index.putIfAbsent(ids.get(i), i), ids.get(i));
        }
        for (String id : asked) {
            assertEquals(map.getOrDefault(id, -1), index.position(id), id);
            assertEquals(map.containsKey(id), index.contains(id), id);
        }
        assertEquals(map.size(), index.size());
    }

    @Test
    void nullIsNeverSeenAndCannotBeNoted() {
        IdPositions index = new IdPositions(0);
        assertEquals(-1, index.position(null));
        assertEquals(false, index.contains(null));
        NullPointerException e = assertThrows(NullPointerException.class, () -> index.putIfAbsent(null, 0));
        assertEquals("id", e.getMessage());
    }
}
