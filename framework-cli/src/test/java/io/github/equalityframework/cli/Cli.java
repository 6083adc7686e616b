package io.github.equalityframework.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the real {@code eflg} entry point with captured output. */
final class Cli {
    static final Path EXAMPLE = Path.of("..", "examples", "data", "anytown-2024.yaml");
    static final Path DATA = Path.of("..", "examples", "data");
    static final Path SECOND_YEAR = DATA.resolve("anytown-2025.yaml");
    static final Path SECOND_REVIEW = DATA.resolve("anytown-2025-review.yaml");
    static final Path SECOND_PLAN = DATA.resolve("anytown-2025-plan.yaml");

    private Cli() {}

    record Run(int exitCode, String out, String err) {}

    static Run eflg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
