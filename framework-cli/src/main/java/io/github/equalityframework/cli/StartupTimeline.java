package io.github.equalityframework.cli;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * A start-up timeline for profiling: with {@code -Deflg.timeline=true} (e.g. through {@code EFLG_JAVA_OPTS}), each
 * {@link #mark} prints to standard error how long the JVM has been up and how long since the mark before, e.g.
 * {@code eflg timeline: 412 ms (+95 ms) cpu 590 ms (+120 ms) plugins loaded}: wall-clock time since the JVM
 * started and the process's CPU time. Otherwise a mark costs one field read.
 */
public final class StartupTimeline {
    private static final boolean ON = Boolean.getBoolean("eflg.timeline");
    private static long last;
    private static long lastCpu;

    private StartupTimeline() {}

    /** Marks the end of a phase. */
    public static void mark(String phase) {
        if (ON) {
            print(phase);
        }
    }

    private static synchronized void print(String phase) {
        // the JVM's own clock, so that the first mark shows what the JVM cost before main
        long up = ManagementFactory.getRuntimeMXBean().getUptime();
        // the whole process's CPU time (every thread: the JIT, the garbage collector), which the load does not inflate
        long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000
                : -1;
        System.err.printf(
                Locale.ROOT,
                "eflg timeline: %d ms (+%d ms) cpu %d ms (+%d ms) %s%n",
                up,
                up - last,
                cpu,
                cpu - lastCpu,
                phase);
        last = up;
        lastCpu = cpu;
    }
}
