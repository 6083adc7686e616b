package io.github.equalityframework.cli.output;

import io.github.equalityframework.io.ControlCharacters;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line progress bar for runs over many files, on standard error whenever that is a terminal (even when standard
 * output is redirected to a file); silent in a pipe, a file or CI. The caller clears it before printing and steps it
 * after, so it stays the last line on the terminal instead of being buried under what the files print.
 */
public class Progress {
    private static final int WIDTH = 30;
    private static final int NAME = 40;
    private final PrintWriter err;
    private final int total;
    private int done;

    private Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    public static Progress on(PrintWriter err, int total) {
        return on(err, total, stderrIsTerminal() && System.getenv("CI") == null);
    }

    /**
     * A bar on {@code err} when it is a terminal and there are enough files to be worth one. {@code err} is the
     * standard error itself, not the command's writer that writes a carriage return out as text.
     */
    public static Progress on(PrintWriter err, int total, boolean terminal) {
        return terminal && total > 5 ? new Progress(err, total) : new Progress(null, total);
    }

    /**
     * Whether standard error is a terminal. Java 17 says only whether standard input and output both are
     * ({@code System.console()}); on Linux the descriptor itself is asked, so that the bar shows with
     * {@code > report.txt} and not with {@code 2> log.txt}.
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // not Linux, or not allowed to look: fall back on what Java knows
        }
        return System.console() != null;
    }

    public void step(Path file) {
        done++;
        if (err != null) {
            int filled = done * WIDTH / total;
            // The bar writes past the guard on control characters (it needs a carriage return), so the name is
            // made safe here, and cut so that clear() covers it.
            String name = ControlCharacters.forTerminal(file.getFileName().toString());
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
                    + (name.length() > NAME ? name.substring(0, NAME - 3) + "..." : name));
            err.flush();
        }
    }

    public void clear() {
        if (err != null) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
        }
    }
}
