package io.github.equalityframework.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Timescales read once are kept by their words: the same answer as reading afresh, in bounded memory. */
class TimescaleCacheTest {

    @Property(tries = 300)
    void aTimescaleReadAgainIsTheOneReadAfresh(@ForAll("wordings") String text) {
        Timescale first = Timescale.parse(text);
        assertEquals(Timescale.read(text), first);
        assertEquals(first, Timescale.parse(text));
    }

    @Provide
    Arbitrary<String> wordings() {
        Arbitrary<String> known = Arbitraries.of(
                "by March 2025",
                "Q3 2023/24",
                "within 6 months",
                "ongoing",
                "31 February 2024",
                "2024-03-31",
                "June to December 2023",
                "summer 2024 (indicative)",
                "when funding allows");
        Arbitrary<String> any = Arbitraries.strings()
                .ofMinLength(1)
                .ofMaxLength(Timescale.CACHED_LENGTH + 20)
                .filter(t -> !t.isBlank()); // blank text is read as "" before the cache
        return Arbitraries.oneOf(known, any);
    }

    @Test
    void wordingReadBeforeIsNotReadAgain() {
        Timescale first = Timescale.parse("by the end of March 2026");
        assertSame(first, Timescale.parse("by the end of March 2026"));
    }

    @Test
    void longWordingIsReadEveryTimeAndNotKept() {
        String text = "by March 2025, ".repeat(Timescale.CACHED_LENGTH / 10);
        assertTrue(text.length() > Timescale.CACHED_LENGTH);
        assertEquals(Timescale.read(text), Timescale.parse(text));
        assertEquals(Timescale.parse(text), Timescale.parse(text));
        assertTrue(Timescale.parse(text) != Timescale.parse(text), "long text is not kept");
    }

    @Test
    void theCacheNeverHoldsMoreThanItsBound() {
        for (int i = 0; i < Timescale.CACHED_ENTRIES + 500; i++) {
            Timescale.parse("by day " + i);
            assertTrue(Timescale.cachedEntries() <= Timescale.CACHED_ENTRIES, "entries " + Timescale.cachedEntries());
        }
    }
}
