package io.github.equalityframework.cli.output;

import io.github.equalityframework.io.ControlCharacters;
import io.github.equalityframework.problem.ValidationProblem;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints the problems of one file, one {@code file:line:column: path: message} line each. A file with a
 * problem on every line of a huge list would otherwise print hundreds of thousands of lines that nobody
 * reads: past {@link #MAX_PER_FILE} the rest are counted in one line.
 */
public final class ProblemLines {
    /** Enough to show every problem of any real file, and the pattern of a broken one. */
    static final int MAX_PER_FILE = 1_000;

    private ProblemLines() {}

    public static void print(PrintWriter to, List<ValidationProblem> problems) {
        int shown = Math.min(problems.size(), MAX_PER_FILE);
        for (int i = 0; i < shown; i++) {
            to.println(ControlCharacters.forTerminal(problems.get(i).format()));
        }
        int rest = problems.size() - shown;
        if (rest > 0) {
            to.println("... and " + rest + " more problem" + (rest == 1 ? "" : "s"));
        }
    }
}
