package io.github.equalityframework.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use at any moment, without JFR or {@code jcmd}: heap use only grows between collections, so its
 * peak is the largest total seen at the start of a collection (from the collectors' notifications), or now. The total
 * is over the heap's pools, taken together at one moment, so it is not the sum of each pool's own peak. Also the
 * most heap left in use after a collection: the live high-water mark, which garbage not yet collected does not
 * inflate.
 */
final class PeakHeap {
    private final Set<String> heapPools;
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong live = new AtomicLong();

    private PeakHeap() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Starts watching this JVM's collections. */
    static PeakHeap watch() {
        PeakHeap watch = new PeakHeap();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(
                        (notification, handback) -> {
                            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                    notification.getType())) {
                                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                        (CompositeData) notification.getUserData());
                                watch.saw(watch.heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()));
                                watch.live.accumulateAndGet(
                                        watch.heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
                            }
                        },
                        null,
                        null);
            }
        }
        return watch;
    }

    /** Starts counting again from the heap in use now. */
    void reset() {
        peak.set(usedNow());
        live.set(0);
    }

    /**
     * The most heap still in use after any collection since the last reset, in bytes: what the program held, without
     * the garbage a collection had not yet reclaimed; 0 when there was no collection.
     */
    long liveBytes() {
        return live.get();
    }

    /** The most heap in use since the last reset, in bytes. */
    long bytes() {
        saw(usedNow());
        return peak.get();
    }

    private void saw(long used) {
        peak.accumulateAndGet(used, Math::max);
    }

    private long heapUsed(Map<String, MemoryUsage> byPool) {
        return byPool.entrySet().stream()
                .filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed())
                .sum();
    }

    private static long usedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
