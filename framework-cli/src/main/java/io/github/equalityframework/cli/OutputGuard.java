package io.github.equalityframework.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * Keeps the tool from writing over its own input: an output path that is, or resolves to (through
 * {@code ..}, a symbolic link or a hard link), one of the input files is refused before anything runs.
 */
final class OutputGuard {
    private OutputGuard() {}

    /** The input that writing to {@code output} would replace, if any. */
    static Optional<Path> inputAt(Path output, Collection<Path> inputs) {
        for (Path input : inputs) {
            if (input != null && same(output, input)) {
                return Optional.of(input);
            }
        }
        return Optional.empty();
    }

    /** The message for an output that is an input. */
    static String refusal(String option, Path output, Path input) {
        return option + " " + output + " is the input file " + input + "; eflg never writes over its input, so choose"
                + " another path";
    }

    private static boolean same(Path a, Path b) {
        if (Files.exists(a) && Files.exists(b)) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                // fall back to comparing the paths
            }
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
