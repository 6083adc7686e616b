package io.github.equalityframework.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run the {@code ./eflg} launcher records its class archive (JDK 17 to 24) or ahead-of-time cache (JDK 25 and
 * later) from, once after each build: the commands people run most, on the bundled examples, in one JVM. The archive
 * holds the classes a run loads, so it is made from this run rather than from whatever command came first after the
 * build ({@code eflg --version} would leave out the reading, validation and reports every later command needs).
 * Prints nothing and writes only to a temporary folder it removes; the exit code is the first command's that failed.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {}

    /** {@code args[0]}: the folder of the bundled examples ({@code examples/data}). */
    public static void main(String[] args) throws IOException {
        // As Main.main does, so that what it loads is archived too.
        UnfinishedCommand.watch();
        Path out = Files.createTempDirectory("eflg-training");
        int code;
        try {
            code = train(Path.of(args[0]), out);
        } finally {
            removeAll(out);
        }
        UnfinishedCommand.finished();
        System.exit(code);
    }

    /** Runs the commands, writing their reports into {@code out}; stops at the first that fails. */
    static int train(Path examples, Path out) {
        String withReviewAndPlan = examples.resolve("anytown-2025.yaml").toString();
        List<List<String>> commands = List.of(
                List.of("validate", examples.resolve("anytown-2024.yaml").toString()),
                List.of("validate", withReviewAndPlan),
                report(withReviewAndPlan, "json", out),
                report(withReviewAndPlan, "md", out),
                report(withReviewAndPlan, "html", out));
        for (List<String> command : commands) {
            int code = Main.run(command.toArray(String[]::new), nowhere(), nowhere());
            if (code != ExitCodes.OK && code != ExitCodes.BAR_NOT_MET) {
                return code;
            }
        }
        return ExitCodes.OK;
    }

    private static List<String> report(String file, String format, Path out) {
        return List.of(
                "assess",
                file,
                "--format",
                format,
                "--out",
                out.resolve("report." + format).toString());
    }

    private static PrintWriter nowhere() {
        return new PrintWriter(OutputStream.nullOutputStream());
    }

    private static void removeAll(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
