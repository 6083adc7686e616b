package io.github.equalityframework.problem;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A place in an input file.
 *
 * @param source the file name or other description of the input
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
@API(status = STABLE, since = "0.1")
public record SourceLocation(String source, int line, int column) {

    /** {@code file:line:col}, or just {@code file} when the line is unknown. */
    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}
