package io.github.equalityframework.benchmarks;

import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.xlsx.WorkbookReader;
import io.github.equalityframework.xlsx.WorkbookWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading a self-assessment workbook with 10,000 evidence rows (the bar: under 2 seconds with
 * {@code -Xmx256m}). Run with {@code java -Xmx256m -cp ... WorkbookRead [ROWS]}: it writes the workbook,
 * then times five reads in this JVM and prints each (elapsed and CPU time: the machines are shared), the first one cold.
 */
public final class WorkbookRead {
    private WorkbookRead() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        SelfAssessment assessment = Workloads.assessment(rows);
        Path file = Files.createTempFile("workbook-read", ".xlsx");
        try {
            new WorkbookWriter(PluginRegistry.discover().catalogue()).write(assessment, file);
            System.out.printf(
                    "%d evidence rows, %,d bytes%n", assessment.evidence().size(), Files.size(file));
            WorkbookReader reader = new WorkbookReader();
            for (int run = 1; run <= 5; run++) {
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                ReadResult<SelfAssessment> read = reader.read(file);
                long millis = (System.nanoTime() - start) / 1_000_000;
                long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
                if (!read.isClean() || !read.value().orElseThrow().evidence().equals(assessment.evidence())) {
                    throw new IllegalStateException("the workbook did not read back cleanly: " + read.problems());
                }
                Runtime rt = Runtime.getRuntime();
                System.out.printf(
                        "read %d: %d ms elapsed, %d ms CPU (heap used %d MB of max %d MB)%n",
                        run, millis, cpuMillis, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
