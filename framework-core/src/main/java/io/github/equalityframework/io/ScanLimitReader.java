package io.github.equalityframework.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Hands a YAML parser its text, and stops it when it reads far past the last token it returned without
 * returning another: that happens only inside one huge value. SnakeYAML (snakeyaml-engine 3.0.1) scans
 * a whole scalar (or comment) before anyone can check its length, and copies everything it has read
 * ahead each time it reads more, so a value of a few million characters costs time quadratic in its
 * length and hundreds of megabytes. Stopping at a bound that any value within the {@link ReadLimits}
 * stays under keeps the work linear in the document. Not thread-safe; one per parse.
 */
final class ScanLimitReader extends Reader {
    private final Reader in;
    private final long limit;
    private final int maxStringLength;
    private long read;
    private long atLastToken;

    /**
     * @param in              the text
     * @param maxStringLength the longest value allowed, in characters
     * @param slack           what the text of a value of that length may hold besides: a field name,
     *                        indentation and escapes, the parser's buffer
     */
    ScanLimitReader(Reader in, int maxStringLength, long slack) {
        this.in = in;
        this.maxStringLength = maxStringLength;
        this.limit = maxStringLength + slack;
    }

    /** The parser returned a token: the text read so far is accounted for. */
    void tokenReturned() {
        atLastToken = read;
    }

    /** How many characters the parser has read; for tests that count work. */
    long charactersRead() {
        return read;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (read - atLastToken > limit) {
            throw new ValueTooLong(maxStringLength);
        }
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            read += n;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The parser read past the bound inside one value. */
    static final class ValueTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        ValueTooLong(int maxStringLength) {
            super("a text value is longer than the limit of " + maxStringLength + " characters");
        }
    }
}
