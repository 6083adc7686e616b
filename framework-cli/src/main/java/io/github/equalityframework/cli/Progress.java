package io.github.equalityframework.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** A one-line progress bar on a terminal, for runs over many files; silent otherwise. */
class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private int done;

    private Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    static Progress on(PrintWriter err, int total) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return terminal && total > 5 ? new Progress(err, total) : new Progress(null, total);
    }

    void step(Path file) {
        done++;
        if (err != null) {
            int filled = done * WIDTH / total;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
                    + file.getFileName());
            err.flush();
        }
    }

    void clear() {
        if (err != null) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
        }
    }
}
