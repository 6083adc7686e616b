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

    private LocationIndex(String source) {
        this.source = source;
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
                TokenStreamLocation where = token.isStructStart() && name != null ? name : parser.currentTokenLocation();
                index.byPath.putIfAbsent(DataPath.of(parser.streamReadContext(), !token.isStructStart()), index.location(where));
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
