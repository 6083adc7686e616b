package io.github.equalityframework.internal.csv;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * The characters of a CSV text on their way to Jackson's CSV parser, watched to learn where each field starts: its
 * physical line and the 1-based column of its first character in that line (for a quoted field spanning lines, the
 * line it starts on). Jackson's own token locations are off by one after leading spaces, so the fields are
 * delimited here again, as Jackson delimits them: a quote opens a quoted value, also after leading whitespace (any
 * character up to a space); {@code ""} inside it is a quote; CRLF, LF and CR each end a line; a blank line is a
 * record of one empty field; a byte order mark takes no column. The parser reads ahead, so the starts wait in a
 * queue until {@link #nextRecord()} takes a record's worth; the queue holds only what was read ahead. Not
 * thread-safe: one per read. The one owner of CSV places in eflg: the workforce plugin's files and the evidence
 * register and action plan CSV are placed with it.
 */
@API(status = INTERNAL, since = "0.1")
public final class CsvFieldStarts extends FilterReader {
    /** In the queue, the end of a record. */
    private static final long END = -1;

    private static final int RECORD_START = 0;
    private static final int FIELD_START = 1;
    private static final int LEADING = 2;
    private static final int UNQUOTED = 3;
    private static final int QUOTED = 4;
    private static final int QUOTE_SEEN = 5;
    private static final int AFTER_QUOTE = 6;

    private int state = RECORD_START;
    private int line = 1;
    private int column = 1;
    private boolean afterCr;
    private boolean first = true;
    private boolean finished;

    private long[] queue = new long[256];
    private int head;
    private int size;

    /** Watches the characters read from {@code in}. */
    public CsvFieldStarts(Reader in) {
        super(in);
    }

    /** A start as one number: the line in the high half, the column in the low. */
    public static long start(int line, int column) {
        return ((long) line << 32) | column;
    }

    /** The line of a start. */
    public static int line(long start) {
        return (int) (start >>> 32);
    }

    /** The column of a start. */
    public static int column(long start) {
        return (int) start;
    }

    /**
     * The starts of the next record's fields, as far as they have been read; empty at the end of the text. A record
     * the parser found broken (a quote never closed) may be cut short.
     */
    public long[] nextRecord() {
        long[] starts = new long[8];
        int n = 0;
        while (size > 0) {
            long next = take();
            if (next == END) {
                break;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = next;
        }
        return Arrays.copyOf(starts, n);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c < 0) {
            finish();
        } else {
            accept((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            finish();
        }
        for (int i = 0; i < n; i++) {
            accept(buffer[offset + i]);
        }
        return n;
    }

    private void accept(char c) {
        if (afterCr && c == '\n') {
            // The LF of a CRLF: the line and the record ended at the CR.
            afterCr = false;
            return;
        }
        afterCr = c == '\r';
        boolean newline = c == '\r' || c == '\n';
        boolean space = c <= ' ' && !newline;
        switch (state) {
            case RECORD_START, FIELD_START -> {
                put(start(line, column));
                state = c == '"' ? QUOTED : space ? LEADING : UNQUOTED;
                separator(c, newline);
            }
            case LEADING -> {
                state = c == '"' ? QUOTED : space ? LEADING : UNQUOTED;
                separator(c, newline);
            }
            case UNQUOTED -> separator(c, newline);
            case QUOTED -> state = c == '"' ? QUOTE_SEEN : QUOTED;
            case QUOTE_SEEN -> {
                state = c == '"' ? QUOTED : AFTER_QUOTE;
                separator(c, newline);
            }
            default -> separator(c, newline);
        }
        if (newline) {
            line++;
            column = 1;
        } else if (!(first && c == '\uFEFF')) {
            column++;
        }
        first = false;
    }

    /** Outside a quoted value, a comma starts the next field and a line break ends the record. */
    private void separator(char c, boolean newline) {
        if (c == ',') {
            state = FIELD_START;
        } else if (newline) {
            put(END);
            state = RECORD_START;
        }
    }

    private void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (state == FIELD_START) {
            // A comma at the very end: one more, empty, field.
            put(start(line, column));
        }
        if (state != RECORD_START) {
            put(END);
        }
        state = RECORD_START;
    }

    private void put(long value) {
        if (size == queue.length) {
            long[] grown = new long[size * 2];
            for (int i = 0; i < size; i++) {
                grown[i] = queue[(head + i) % queue.length];
            }
            queue = grown;
            head = 0;
        }
        queue[(head + size) % queue.length] = value;
        size++;
    }

    private long take() {
        long value = queue[head];
        head = (head + 1) % queue.length;
        size--;
        return value;
    }
}
