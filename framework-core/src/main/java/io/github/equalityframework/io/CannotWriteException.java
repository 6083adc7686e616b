package io.github.equalityframework.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.problem.EqualityFrameworkException;
import java.io.IOException;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * An output file could not be written, for a reason the system gave ("Permission denied", "No space
 * left on device", "Not a directory") or because the path names a directory. The message is one line,
 * {@code cannot write FILE: REASON}, meant for the person who chose the path. Its cause, when the system gave
 * one, is the {@link IOException}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CannotWriteException extends EqualityFrameworkException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    CannotWriteException(Path file, String reason, IOException cause) {
        super("cannot write " + file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The path as it was given, never {@code null}. */
    public Path file() {
        return file;
    }

    /** Why it could not be written, in the system's words where it gave some; never {@code null}. */
    public String reason() {
        return reason;
    }
}
