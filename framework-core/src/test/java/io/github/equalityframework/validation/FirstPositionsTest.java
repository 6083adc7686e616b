package io.github.equalityframework.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The register's id index answers as a hash map of first positions does, however it grows. */
class FirstPositionsTest {

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
            @ForAll("ids") List<String> ids, @ForAll @IntRange(max = 400) int expected) {
        FirstPositions index = new FirstPositions(expected);
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Integer first = map.putIfAbsent(ids.get(i), i);
            assertEquals(first == null ? -1 : first, index.putIfAbsent(ids.get(i), i), ids.get(i));
        }
        for (String id : List.of("", "A", "Aa", "BB", "ab-", "zzz", "BBBBB")) {
            assertEquals(map.containsKey(id), index.contains(id), id);
        }
    }
}
