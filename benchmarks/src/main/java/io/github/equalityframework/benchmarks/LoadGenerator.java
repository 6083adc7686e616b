package io.github.equalityframework.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Other work on the machine, made on purpose: a second JVM that keeps {@code cores} threads busy on arithmetic
 * until it is closed, so that a measure can be taken under CPU contention as well as without it.
 */
final class LoadGenerator implements AutoCloseable {
    private final Process process;

    private LoadGenerator(Process process) {
        this.process = process;
    }

    static LoadGenerator start(int cores) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        Process p = new ProcessBuilder(List.of(
                        java, "-Xmx32m", "-cp", classPath, LoadGenerator.class.getName(), String.valueOf(cores)))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        return new LoadGenerator(p);
    }

    /** In the child: {@code cores} threads spin until the process is destroyed (and at most an hour). */
    public static void main(String[] args) throws InterruptedException {
        int cores = Integer.parseInt(args[0]);
        for (int i = 0; i < cores; i++) {
            Thread busy = new Thread(LoadGenerator::spin, "busy-" + i);
            busy.setDaemon(true);
            busy.start();
        }
        Thread.sleep(3_600_000);
    }

    private static void spin() {
        long x = System.nanoTime();
        while (true) {
            x = x * 6364136223846793005L + 1442695040888963407L; // an LCG step: work the JIT cannot remove
            if (x == 42) {
                System.out.println(x);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
