package io.github.equalityframework.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a piece of work cost: wall time, and the CPU time (user and system) of this process, or of the child
 * processes it waited for, over that time. On a shared machine the wall time says how long a person waits; the CPU
 * time says how much work was done, which other processes do not inflate; the system time says how much of it was
 * the kernel's (system calls, page faults, thread switches); the compile time is the part of this process's CPU time
 * that its JIT compiler threads spent (NaN for child processes), which a measure of a longer code path pays for
 * longer after start-up than its baseline does.
 */
record Cost(double wall, double cpu, double system, double compile) {
    /** Clock ticks per second of {@code /proc/PID/stat}: 100 on every Linux this runs on. */
    private static final double TICKS = 100.0;

    Cost(double wall, double cpu, double system) {
        this(wall, cpu, system, Double.NaN);
    }

    interface Work {
        void run() throws Exception;
    }

    /** Runs the work in this process and measures it; CPU and system time are the whole process's (GC and JIT included). */
    static Cost of(Work work) throws Exception {
        long[] before = times();
        long compiling = compilerTicks();
        long start = System.nanoTime();
        work.run();
        double wall = (System.nanoTime() - start) / 1e9;
        long[] after = times();
        long compiled = compilerTicks();
        if (after == null || before == null) {
            return new Cost(wall, Double.NaN, Double.NaN);
        }
        double cpu = (after[0] + after[1] - before[0] - before[1]) / TICKS;
        // The compiler threads' ticks are read apart from the process's, each rounded to a tick at its own moment:
        // over a short measure they can come out a tick above the whole, which no measure can have.
        double compile = compiling < 0 || compiled < 0 ? Double.NaN : Math.min(cpu, (compiled - compiling) / TICKS);
        return new Cost(wall, cpu, (after[1] - before[1]) / TICKS, compile);
    }

    /**
     * The user and system time, in clock ticks, of this process's JIT compiler threads now alive (named "C1
     * CompilerThread0" and so on, cut to 15 characters in {@code /proc}); -1 where there is no {@code /proc}. A compiler
     * thread that exits during a measure takes its time with it, so the figure can be low, never high; on 2 cores
     * the JVM keeps one thread of each compiler, which never exits.
     */
    static long compilerTicks() {
        long ticks = 0;
        try (var tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        String stat = Files.readString(task.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException e) {
                    // the thread ended while the list was read
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return ticks;
    }

    /** Runs work that starts and waits for child processes, and measures the children's CPU and system time. */
    static Cost ofChildren(Work work) throws Exception {
        long[] before = times();
        long start = System.nanoTime();
        work.run();
        double wall = (System.nanoTime() - start) / 1e9;
        long[] after = times();
        if (after == null || before == null) {
            return new Cost(wall, Double.NaN, Double.NaN);
        }
        return new Cost(wall, (after[2] + after[3] - before[2] - before[3]) / TICKS, (after[3] - before[3]) / TICKS);
    }

    /**
     * This process's user, system, waited-for children's user and children's system time in clock ticks, from
     * {@code /proc/self/stat}; null where there is no such file. Off Linux, the process CPU time stands for user time.
     */
    private static long[] times() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the command name in parentheses may hold spaces: fields are counted after its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {
                Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14])
            };
        } catch (IOException | RuntimeException e) {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return new long[] {(long) (os.getProcessCpuTime() / 1e9 * TICKS), 0, 0, 0};
            }
            return null;
        }
    }

    /** Each figure's median over the runs, taken separately. */
    static Cost median(List<Cost> costs) {
        return new Cost(
                Harness.median(costs.stream().map(Cost::wall).toList()),
                Harness.median(costs.stream().map(Cost::cpu).toList()),
                Harness.median(costs.stream().map(Cost::system).toList()),
                Harness.median(costs.stream().map(Cost::compile).toList()));
    }

    /** The CPU time less the JIT compiler threads' (the whole CPU time where that is not known). */
    double withoutCompiling() {
        return Double.isNaN(compile) ? cpu : cpu - compile;
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wallSeconds", round(wall));
        m.put("cpuSeconds", round(cpu));
        m.put("systemSeconds", round(system));
        if (!Double.isNaN(compile)) {
            m.put("jitCompilerSeconds", round(compile));
        }
        return m;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    @Override
    public String toString() {
        String text = String.format(Locale.ROOT, "%.3f s wall, %.2f s CPU (%.2f s system", wall, cpu, system);
        return text
                + (Double.isNaN(compile) ? ")" : String.format(Locale.ROOT, ", %.2f s JIT compiler threads)", compile));
    }
}
