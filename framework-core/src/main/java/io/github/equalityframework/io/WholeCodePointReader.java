package io.github.equalityframework.io;

import java.io.Reader;
import java.util.Objects;

/**
 * Reads a string without ever ending a read between the two halves of a surrogate pair. SnakeYAML
 * (snakeyaml-engine 3.0.1) fails with an {@link IndexOutOfBoundsException} when a chunk it reads ends
 * with a high surrogate at the end of its buffer, so a YAML document with an emoji or other character
 * beyond the Basic Multilingual Plane at just that place (for example the 1,025th character) could not
 * be read at all. Not thread-safe; one per parse.
 */
final class WholeCodePointReader extends Reader {
    private final String text;
    private int position;

    WholeCodePointReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (position >= text.length()) {
            return -1;
        }
        int end = Math.min(text.length(), position + length);
        if (end - position > 1 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // leave the pair whole for the next read
        }
        text.getChars(position, end, buffer, offset);
        int read = end - position;
        position = end;
        return read;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
