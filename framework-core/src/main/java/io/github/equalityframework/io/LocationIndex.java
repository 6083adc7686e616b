package io.github.equalityframework.io;

import io.github.equalityframework.validation.SourceLocation;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;

/**
 * Where each value of a document starts, and where the field name of each object member is, by data
 * path. Built only when a problem needs placing, so a valid document is parsed once.
 */
final class LocationIndex {
    private final String source;
    private final Map<String, SourceLocation> byPath = new HashMap<>();
    private final Map<String, SourceLocation> names = new HashMap<>();
    private SourceLocation stoppedAt;
    /** The tokens noted while reading, looked through instead of the maps; null for a scanned index. */
    private final RecordingParser.Notes tokens;
    /** For each token that opens an object or list, the index of the one that closes it; built on the first skip. */
    private volatile int[] ends;

    private LocationIndex(String source) {
        this(source, null);
    }

    private LocationIndex(String source, RecordingParser.Notes tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    static LocationIndex scan(ObjectMapper mapper, String content, String source) {
        LocationIndex index = new LocationIndex(source);
        JsonParser parser = mapper.createParser(new WholeCodePointReader(content));
        try (parser) {
            JsonToken token;
            TokenStreamLocation name = null;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.PROPERTY_NAME) {
                    name = parser.currentTokenLocation();
                    index.names.putIfAbsent(DataPath.of(parser.streamReadContext(), true), index.location(name));
                    continue;
                }
                if (token.isStructEnd()) {
                    continue;
                }
                // A nested object or list is placed at its field's name, which is where a reader looks
                // (in block YAML the value itself starts on a later line); a scalar at its value.
                TokenStreamLocation where =
                        token.isStructStart() && name != null ? name : parser.currentTokenLocation();
                index.byPath.putIfAbsent(
                        DataPath.of(parser.streamReadContext(), !token.isStructStart()), index.location(where));
                name = null;
            }
        } catch (JacksonException unreadable) {
            // Keep what was indexed before the syntax error; reading reported the error itself.
            TokenStreamLocation where = parser.currentTokenLocation();
            if (where != null && where.getLineNr() > 0) {
                index.stoppedAt = index.location(where);
            }
        }
        return index;
    }

    /**
     * Where the parser stopped when the document could not be read to its end, or {@code null}: the
     * place to report an error that Jackson gives without a location (a limit broken).
     */
    SourceLocation stoppedAt() {
        return stoppedAt;
    }

    /**
     * An index over the tokens noted while the document was read, so that placing a problem needs no
     * second parse. It answers as the index {@link #scan} builds would; each look-up walks the tokens,
     * skipping every object and list off the path, since only a few problems are placed in a document.
     */
    static LocationIndex replay(RecordingParser.Notes tokens, String source) {
        return new LocationIndex(source, tokens);
    }

    /**
     * The noted token at exactly this path, as {@link DataPath#of} builds paths: of the value (a list or
     * object at its field name), or with {@code field} of the field name; -1 when there is none.
     * Containers carry their path as DataPath joins segments before the leading dot is cut: a path
     * {@code p} is that of the containers whose joined path is {@code "." + p}, or {@code p} itself when
     * neither starts with a dot.
     */
    private int find(String path, boolean field) {
        String dotted = "." + path;
        boolean plain = !path.startsWith(".");
        int open = 0;
        Container[] stack = new Container[8];
        int name = -1;
        for (int i = 0; i < tokens.size(); i++) {
            JsonToken token = tokens.kind(i);
            Container parent = open == 0 ? null : stack[open - 1];
            if (token == JsonToken.PROPERTY_NAME) {
                parent.name = tokens.name(i);
                name = i;
                if (field && parent.leadsTo("." + parent.name, dotted, path, plain, true)) {
                    return i;
                }
                continue;
            }
            if (token.isStructEnd()) {
                open--;
                continue;
            }
            String segment = parent == null
                    ? ""
                    : parent.list ? "[" + parent.entries++ + "]" : parent.name == null ? "" : "." + parent.name;
            Container here = parent == null ? Container.ROOT : parent;
            if (!field && here.leadsTo(segment, dotted, path, plain, true)) {
                return token.isStructStart() && name >= 0 ? name : i;
            }
            name = -1;
            if (token.isStructStart()) {
                if (here.leadsTo(segment, dotted, path, plain, false)) {
                    if (open == stack.length) {
                        stack = java.util.Arrays.copyOf(stack, open * 2);
                    }
                    stack[open++] = here.child(token == JsonToken.START_ARRAY, segment, dotted, path, plain);
                } else {
                    i = skip(i); // nothing inside is on the path
                }
            }
        }
        return -1;
    }

    /** The index of the token that closes the object or list opened at {@code start}. */
    private int skip(int start) {
        int[] closing = ends;
        if (closing == null) {
            // One pass pairs every opening token with its closing one, so that later look-ups jump over
            // whole objects and lists instead of walking through them.
            closing = new int[tokens.size()];
            int[] open = new int[16];
            int depth = 0;
            for (int i = 0; i < tokens.size(); i++) {
                JsonToken token = tokens.kind(i);
                if (token.isStructStart()) {
                    if (depth == open.length) {
                        open = java.util.Arrays.copyOf(open, depth * 2);
                    }
                    open[depth++] = i;
                } else if (token.isStructEnd()) {
                    closing[open[--depth]] = i;
                }
            }
            ends = closing;
        }
        return closing[start];
    }

    /** An object or list on the way to the path looked for: how long its joined path is, and which form it leads to. */
    private static final class Container {
        static final Container ROOT = new Container(false, 0, true, true);

        final boolean list;
        final int length;
        /** Whether its joined path starts the dotted form of the path, or the path itself. */
        final boolean toDotted;

        final boolean toPlain;
        int entries;
        String name;

        Container(boolean list, int length, boolean toDotted, boolean toPlain) {
            this.list = list;
            this.length = length;
            this.toDotted = toDotted;
            this.toPlain = toPlain;
        }

        /** Whether this container's path followed by the segment starts (or, when {@code whole}, is) the path looked for. */
        boolean leadsTo(String segment, String dotted, String path, boolean plain, boolean whole) {
            int end = length + segment.length();
            return (toDotted && dotted.startsWith(segment, length) && (!whole || end == dotted.length()))
                    || (plain && toPlain && path.startsWith(segment, length) && (!whole || end == path.length()));
        }

        Container child(boolean list, String segment, String dotted, String path, boolean plain) {
            return new Container(
                    list,
                    length + segment.length(),
                    toDotted && dotted.startsWith(segment, length),
                    plain && toPlain && path.startsWith(segment, length));
        }
    }

    /** The locations of values and of field names by path, as the index answers them; for tests. */
    SourceLocation valueAt(String path) {
        return value(path);
    }

    SourceLocation fieldNameAt(String path) {
        return fieldName(path);
    }

    /** Every path with a value, and every path of a field name; only a scanned index knows them all. */
    java.util.Set<String> valuePaths() {
        return java.util.Collections.unmodifiableSet(byPath.keySet());
    }

    java.util.Set<String> fieldNamePaths() {
        return java.util.Collections.unmodifiableSet(names.keySet());
    }

    private SourceLocation value(String path) {
        if (tokens == null) {
            return byPath.get(path);
        }
        int i = find(path, false);
        return i < 0 ? null : new SourceLocation(source, tokens.line(i), tokens.column(i));
    }

    private SourceLocation fieldName(String path) {
        if (tokens == null) {
            return names.get(path);
        }
        int i = find(path, true);
        return i < 0 ? null : new SourceLocation(source, tokens.line(i), tokens.column(i));
    }

    /** The location of the value at the path, or of its nearest ancestor present in the document. */
    SourceLocation locate(String path) {
        String p = path;
        while (true) {
            SourceLocation found = value(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return new SourceLocation(source, 1, 1);
            }
            p = parent(p);
        }
    }

    /**
     * The location of the field name of the object member at the path (for problems with the field
     * itself, such as an unknown field), or of its value when the path does not end in a field.
     */
    SourceLocation locateField(String path) {
        SourceLocation found = fieldName(path);
        return found != null ? found : locate(path);
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    private SourceLocation location(TokenStreamLocation where) {
        return new SourceLocation(source, where.getLineNr(), where.getColumnNr());
    }
}
