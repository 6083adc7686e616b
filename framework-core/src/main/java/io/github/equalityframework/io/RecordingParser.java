package io.github.equalityframework.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Passes a parser's tokens on while noting each one's kind, line, column and field name, so that a
 * problem found later (a finding of a rule, a validation problem) can be placed in the file without
 * parsing the text a second time. Every way of moving on goes through {@link #nextToken()}, so nothing
 * is skipped unnoted. The notes are complete once the parser has returned its last token.
 */
final class RecordingParser extends JsonParserDelegate {
    private static final JsonToken[] KINDS = JsonToken.values();

    private byte[] kinds = new byte[256];
    private int[] lines = new int[256];
    private int[] columns = new int[256];
    private String[] names = new String[256];
    private int size;
    private boolean ended;
    /** Field names recur on every element of a list; each is kept once. */
    private final Map<String, String> distinctNames = new HashMap<>();

    RecordingParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() {
        JsonToken token = delegate.nextToken();
        if (token == null) {
            ended = true;
        } else {
            note(token);
        }
        return token;
    }

    private void note(JsonToken token) {
        if (size == kinds.length) {
            int grown = size * 2;
            kinds = Arrays.copyOf(kinds, grown);
            lines = Arrays.copyOf(lines, grown);
            columns = Arrays.copyOf(columns, grown);
            names = Arrays.copyOf(names, grown);
        }
        TokenStreamLocation where = delegate.currentTokenLocation();
        kinds[size] = (byte) token.ordinal();
        lines[size] = where.getLineNr();
        columns[size] = where.getColumnNr();
        if (token == JsonToken.PROPERTY_NAME) {
            String name = delegate.currentName();
            names[size] = name == null ? null : distinctNames.computeIfAbsent(name, n -> n);
        }
        size++;
    }

    // The delegate would pass these straight to the parser, past nextToken(); as JsonParser itself does
    // by default, they are built on nextToken() instead.

    @Override
    public JsonToken nextValue() {
        JsonToken token = nextToken();
        return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
    }

    @Override
    public String nextName() {
        return nextToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
    }

    @Override
    public boolean nextName(SerializableString name) {
        return nextToken() == JsonToken.PROPERTY_NAME && name.getValue().equals(currentName());
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
        String name = nextName();
        if (name != null) {
            return matcher.matchName(name);
        }
        return currentToken() == JsonToken.END_OBJECT
                ? PropertyNameMatcher.MATCH_END_OBJECT
                : PropertyNameMatcher.MATCH_ODD_TOKEN;
    }

    @Override
    public JsonParser skipChildren() {
        JsonToken token = currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken next = nextToken();
            if (next == null) {
                return this;
            }
            if (next.isStructStart()) {
                open++;
            } else if (next.isStructEnd()) {
                open--;
            }
        }
        return this;
    }

    /** What was noted, once the parser has returned its last token; empty when it stopped before (on an error). */
    Optional<Notes> notes() {
        return ended ? Optional.of(new Notes(kinds, lines, columns, names, size)) : Optional.empty();
    }

    /** The tokens of a whole document in order: kind, line, column, and the field name of property names. */
    static final class Notes {
        private final byte[] kinds;
        private final int[] lines;
        private final int[] columns;
        private final String[] names;
        private final int size;

        private Notes(byte[] kinds, int[] lines, int[] columns, String[] names, int size) {
            this.kinds = kinds;
            this.lines = lines;
            this.columns = columns;
            this.names = names;
            this.size = size;
        }

        int size() {
            return size;
        }

        JsonToken kind(int i) {
            return KINDS[kinds[i]];
        }

        int line(int i) {
            return lines[i];
        }

        int column(int i) {
            return columns[i];
        }

        /** The field name of a {@link JsonToken#PROPERTY_NAME} token. */
        String name(int i) {
            return names[i];
        }
    }
}
