package io.github.equalityframework.lga;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The unused-evidence check's set of referenced ids answers as a hash set does, however it grows. */
class IdSetTest {

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
    void membershipIsAHashSets(@ForAll("ids") List<String> added, @ForAll("ids") List<String> asked) {
        IdSet set = new IdSet();
        Set<String> expected = new HashSet<>();
        added.forEach(id -> {
            set.add(id);
            expected.add(id);
        });
        for (String id : asked) {
            assertEquals(expected.contains(id), set.contains(id), id);
        }
        for (String id : added) {
            assertEquals(true, set.contains(id), id);
        }
        set.add(null);
        assertEquals(false, set.contains(null));
    }
}
