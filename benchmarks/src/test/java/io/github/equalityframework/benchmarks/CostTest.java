package io.github.equalityframework.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures the harness compares: medians taken figure by figure, and the process's own times read. */
class CostTest {
    @Test
    void theMedianOfCostsIsTakenForEachFigureOnItsOwn() {
        Cost median = Cost.median(List.of(new Cost(3, 1, 0.5), new Cost(1, 9, 0.1), new Cost(2, 5, 0.9)));

        assertEquals(new Cost(2, 5, 0.5), median);
    }

    @Test
    void workInThisProcessIsTimedWithItsCpuAndSystemTime() throws Exception {
        Cost cost = Cost.of(() -> Thread.sleep(20));

        assertTrue(cost.wall() >= 0.02, cost.toString());
        assertTrue(cost.cpu() >= cost.system() && cost.system() >= 0, cost.toString());
        assertEquals(
                Map.of("wallSeconds", 1.235, "cpuSeconds", 0.5, "systemSeconds", 0.25),
                new Cost(1.2346, 0.5, 0.25).toMap());
    }

    @Test
    void theJitCompilerThreadsTimeIsPartOfTheProcesssAndWrittenWhenKnown() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "no /proc");
        long before = Cost.compilerTicks();
        Cost cost = Cost.of(() -> Thread.sleep(20));

        assertTrue(before >= 0 && Cost.compilerTicks() >= before, "ticks only grow");
        assertTrue(cost.compile() >= 0 && cost.compile() <= cost.cpu(), cost.toString());
        assertEquals(
                Map.of("wallSeconds", 1.0, "cpuSeconds", 0.5, "systemSeconds", 0.25, "jitCompilerSeconds", 0.125),
                new Cost(1.0, 0.5, 0.25, 0.125).toMap());
        assertEquals(0.375, new Cost(1.0, 0.5, 0.25, 0.125).withoutCompiling());
        assertEquals(0.5, new Cost(1.0, 0.5, 0.25).withoutCompiling(), "unknown: the whole CPU time");
        assertEquals(
                "1.000 s wall, 0.50 s CPU (0.25 s system, 0.13 s JIT compiler threads)",
                new Cost(1.0, 0.5, 0.25, 0.125).toString());
    }

    @Test
    void theJvmNamesItsCompilerThreadsAsTheHarnessLooksThemUp() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "no /proc");
        List<String> names = new ArrayList<>();
        try (var tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                names.add(Files.readString(task.resolve("comm")).strip());
            }
        }

        assertTrue(
                names.stream().anyMatch(n -> n.startsWith("C1 Compiler") || n.startsWith("C2 Compiler")),
                names.toString());
    }
}
