package io.github.equalityframework.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real {@code eflg} entry point with captured output. */
public final class Cli {
    public static final Path EXAMPLE = Path.of("..", "examples", "data", "anytown-2024.yaml");
    public static final Path DATA = Path.of("..", "examples", "data");
    public static final Path SECOND_YEAR = DATA.resolve("anytown-2025.yaml");
    public static final Path SECOND_REVIEW = DATA.resolve("anytown-2025-review.yaml");
    public static final Path SECOND_PLAN = DATA.resolve("anytown-2025-plan.yaml");

    private Cli() {}

    public record Run(int exitCode, String out, String err) {}

    /** The class path of the running tests, as surefire gives it (its own class path is a manifest jar). */
    static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** Starts {@code eflg} in a process of its own, through {@code Main.main} as the launcher does. */
    public static Process process(List<String> args, ProcessBuilder.Redirect out) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                testClassPath(),
                Main.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectOutput(out).start();
    }

    public static Run eflg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
