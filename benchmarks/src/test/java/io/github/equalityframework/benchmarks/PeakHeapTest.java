package io.github.equalityframework.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PeakHeapTest {
    private static final int MIB = 1024 * 1024;

    @Test
    void thePeakCountsWhatIsHeldAndKeepsItOnceReleased() {
        PeakHeap peak = PeakHeap.watch();
        peak.reset();
        byte[] held = new byte[64 * MIB];
        held[held.length - 1] = 1;
        long whileHeld = peak.bytes();
        assertTrue(whileHeld >= 64L * MIB, "peak while 64 MiB are held: " + whileHeld);
        held = null;
        System.gc();
        assertTrue(peak.bytes() >= whileHeld, "the peak never falls before a reset");
    }
}
