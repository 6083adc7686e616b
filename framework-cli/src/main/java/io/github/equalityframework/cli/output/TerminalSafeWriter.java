package io.github.equalityframework.cli.output;

import io.github.equalityframework.io.ControlCharacters;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the command prints goes through this, so that no control character from a file name, an
 * argument, a plugin's message or a value reaches the terminal raw: each is written out as
 * {@code \u001B}. What passes is text, tab, line ends ({@code \n}, and {@code \r\n} as written on
 * Windows) and the colour sequences ({@code ESC[...m}) that the command's own help and summaries use; a
 * screen clear, a window title or a lone carriage return that would overwrite a line does not.
 */
public final class TerminalSafeWriter extends Writer {
    private final Writer out;

    public TerminalSafeWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        int end = offset + length;
        int clean = offset;
        for (int i = offset; i < end; i++) {
            char c = text[i];
            int pass = passes(text, i, end);
            if (pass > 0) {
                i += pass - 1;
                continue;
            }
            out.write(text, clean, i - clean);
            out.write(ControlCharacters.escaped(c));
            clean = i + 1;
        }
        out.write(text, clean, end - clean);
    }

    /** How many characters from {@code i} pass as they are: 1 for text, more for a colour sequence, 0 for a control. */
    private static int passes(char[] text, int i, int end) {
        char c = text[i];
        if (c == '\t' || c == '\n') {
            return 1;
        }
        if (c == '\r') {
            return i + 1 < end && text[i + 1] == '\n' ? 2 : 0;
        }
        if (c == '\u001B') {
            return colour(text, i, end);
        }
        return ControlCharacters.isTerminalControl(c) ? 0 : 1;
    }

    /** The length of a colour sequence {@code ESC [ digits and semicolons m} starting at {@code i}, or 0. */
    private static int colour(char[] text, int i, int end) {
        if (i + 1 >= end || text[i + 1] != '[') {
            return 0;
        }
        for (int j = i + 2; j < end; j++) {
            char c = text[j];
            if (c == 'm') {
                return j - i + 1;
            }
            if (!(c >= '0' && c <= '9') && c != ';') {
                return 0;
            }
        }
        return 0;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
