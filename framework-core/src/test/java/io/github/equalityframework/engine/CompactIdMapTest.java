package io.github.equalityframework.engine;

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

/** The engine's register index answers as a hash map does, however it grows. */
class CompactIdMapTest {

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
    void putGetAndSizeAreAHashMaps(@ForAll("ids") List<String> ids, @ForAll @IntRange(max = 400) int expected) {
        CompactIdMap<Integer> compact = new CompactIdMap<>(expected);
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(map.put(ids.get(i), i), compact.put(ids.get(i), i), ids.get(i));
        }
        assertEquals(map.size(), compact.size());
        assertEquals(map, compact);
        for (String id : List.of("", "A", "Aa", "BB", "ab-", "zzz", "BBBBB")) {
            assertEquals(map.get(id), compact.get(id), id);
            assertEquals(map.containsKey(id), compact.containsKey(id), id);
        }
        assertEquals(null, compact.get(42));
    }

    @Test
    void refusesNullKeysAndValues() {
        CompactIdMap<String> map = new CompactIdMap<>(1);
        assertEquals(
                "key",
                assertThrows(NullPointerException.class, () -> map.put(null, "x"))
                        .getMessage());
        assertEquals(
                "value",
                assertThrows(NullPointerException.class, () -> map.put("x", null))
                        .getMessage());
    }
}
