package io.github.equalityframework.io;

import io.github.equalityframework.validation.SourceLocation;
import java.util.ArrayDeque;
import java.util.Deque;
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

    private LocationIndex(String source) {
        this.source = source;
    }

    static LocationIndex scan(ObjectMapper mapper, String content, String source) {
        LocationIndex index = new LocationIndex(source);
        try (JsonParser parser = mapper.createParser(new WholeCodePointReader(content))) {
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
                TokenStreamLocation where = token.isStructStart() && name != null ? name : parser.currentTokenLocation();
                index.byPath.putIfAbsent(DataPath.of(parser.streamReadContext(), !token.isStructStart()), index.location(where));
                name = null;
            }
        } catch (JacksonException unreadable) {
            // Keep what was indexed before the syntax error; reading reported the error itself.
        }
        return index;
    }

    /**
     * The same index as {@link #scan} gives, built from the tokens noted while the document was read, so
     * that placing a problem needs no second parse. Paths are built as {@link DataPath#of} builds them.
     */
    static LocationIndex replay(RecordingParser.Notes tokens, String source) {
        LocationIndex index = new LocationIndex(source);
        Deque<Container> open = new ArrayDeque<>();
        int name = -1;
        for (int i = 0; i < tokens.size(); i++) {
            JsonToken token = tokens.kind(i);
            Container parent = open.peek();
            if (token == JsonToken.PROPERTY_NAME) {
                parent.name = tokens.name(i);
                index.names.putIfAbsent(withoutLeadingDot(parent.path + "." + parent.name), index.location(tokens, i));
                name = i;
                continue;
            }
            if (token.isStructEnd()) {
                open.pop();
                continue;
            }
            String path;
            if (parent == null) {
                path = "";
            } else if (parent.list) {
                path = parent.path + "[" + parent.entries++ + "]";
            } else {
                path = parent.name == null ? parent.path : parent.path + "." + parent.name;
            }
            index.byPath.putIfAbsent(withoutLeadingDot(path), index.location(tokens, token.isStructStart() && name >= 0 ? name : i));
            name = -1;
            if (token.isStructStart()) {
                open.push(new Container(token == JsonToken.START_ARRAY, path));
            }
        }
        return index;
    }

    /** An object or list being replayed: its path (as DataPath joins segments), entries so far, current field. */
    private static final class Container {
        final boolean list;
        final String path;
        int entries;
        String name;

        Container(boolean list, String path) {
            this.list = list;
            this.path = path;
        }
    }

    private static String withoutLeadingDot(String path) {
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private SourceLocation location(RecordingParser.Notes tokens, int i) {
        return new SourceLocation(source, tokens.line(i), tokens.column(i));
    }

    /** The locations of values and of field names by path; for tests that compare ways of building the index. */
    Map<String, SourceLocation> values() {
        return java.util.Collections.unmodifiableMap(byPath);
    }

    Map<String, SourceLocation> fieldNames() {
        return java.util.Collections.unmodifiableMap(names);
    }

    /** The location of the value at the path, or of its nearest ancestor present in the document. */
    SourceLocation locate(String path) {
        String p = path;
        while (true) {
            SourceLocation found = byPath.get(p);
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
        SourceLocation found = names.get(path);
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
