package io.github.equalityframework.io;

import io.github.equalityframework.problem.SourceLocation;
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
    /** Where the elements of each list and the members of each object start; built on the first look-up. */
    private volatile Containers containers;

    private final java.util.concurrent.atomic.AtomicLong probes = new java.util.concurrent.atomic.AtomicLong();

    private LocationIndex(String source) {
        this(source, null);
    }

    private LocationIndex(String source, RecordingParser.Notes tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    static LocationIndex scan(ObjectMapper mapper, String content, String source) {
        return scan(mapper.createParser(new WholeCodePointReader(content)), source);
    }

    /** The index of a document read from a parser before its first token, which this closes. */
    static LocationIndex scan(JsonParser parser, String source) {
        LocationIndex index = new LocationIndex(source);
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
     * second parse. It answers as the index {@link #scan} builds would. On the first look-up one pass over
     * the tokens notes, for each list, where each of its elements starts, and for each object, where each
     * of its members' names is; a look-up then follows its path through those, one probe a segment, so
     * that placing every problem of a document costs time linear in the problems and the document.
     */
    static LocationIndex replay(RecordingParser.Notes tokens, String source) {
        return new LocationIndex(source, tokens);
    }

    /** The containers of the noted tokens, built on the first look-up. */
    private Containers containers() {
        Containers built = containers;
        if (built == null) {
            built = Containers.of(tokens);
            containers = built;
        }
        return built;
    }

    /** How many steps look-ups have taken through the noted tokens; for tests that count work. */
    long probes() {
        return probes.get();
    }

    /**
     * The noted token at exactly this path, as {@link DataPath#of} builds paths: of the value (a list or
     * object at its field name), or with {@code field} of the field name; -1 when there is none.
     * DataPath joins segments ({@code .name}, {@code [3]}) and then cuts a leading dot, so a path {@code p}
     * is that of the tokens whose joined path is {@code "." + p}, or {@code p} itself when it does not
     * start with a dot. A field name may itself hold dots or brackets, so a path can name more than one
     * token: as in the scanned index, the first in the document wins.
     */
    private int find(String path, boolean field) {
        if (tokens.size() == 0) {
            return -1;
        }
        Containers all = containers();
        int found = all.find(0, "." + path, 0, field, probes);
        if (!path.startsWith(".")) {
            found = earlier(found, all.find(0, path, 0, field, probes));
        }
        if (found < 0 || field) {
            return found;
        }
        // A nested object or list is placed at its field's name, as the scanned index does.
        return tokens.kind(found).isStructStart() && found > 0 && tokens.kind(found - 1) == JsonToken.PROPERTY_NAME
                ? found - 1
                : found;
    }

    private static int earlier(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /**
     * Where the elements of each list start and where the names of each object's members are, by the
     * index of the token that opens the list or object. Linear in the number of tokens.
     */
    private static final class Containers {
        private final RecordingParser.Notes tokens;
        /** Per list, the index of the first token of each element. */
        private final Map<Integer, int[]> elements = new HashMap<>();
        /** Per object and member name, the index of the first name token (duplicates are refused on reading). */
        private final Map<Member, Integer> members = new HashMap<>();

        private record Member(int object, String name) {}

        private Containers(RecordingParser.Notes tokens) {
            this.tokens = tokens;
        }

        static Containers of(RecordingParser.Notes tokens) {
            Containers c = new Containers(tokens);
            int[] open = new int[16];
            int[][] items = new int[16][];
            int[] counts = new int[16];
            int depth = 0;
            for (int i = 0; i < tokens.size(); i++) {
                JsonToken token = tokens.kind(i);
                if (token.isStructEnd()) {
                    depth--;
                    if (token == JsonToken.END_ARRAY) {
                        c.elements.put(open[depth], java.util.Arrays.copyOf(items[depth], counts[depth]));
                    }
                    items[depth] = null;
                    continue;
                }
                if (token == JsonToken.PROPERTY_NAME) {
                    c.members.putIfAbsent(new Member(open[depth - 1], tokens.name(i)), i);
                    continue;
                }
                if (depth > 0 && tokens.kind(open[depth - 1]) == JsonToken.START_ARRAY) {
                    int parent = depth - 1;
                    if (counts[parent] == items[parent].length) {
                        items[parent] = java.util.Arrays.copyOf(items[parent], counts[parent] * 2);
                    }
                    items[parent][counts[parent]++] = i;
                }
                if (token.isStructStart()) {
                    if (depth == open.length) {
                        open = java.util.Arrays.copyOf(open, depth * 2);
                        items = java.util.Arrays.copyOf(items, depth * 2);
                        counts = java.util.Arrays.copyOf(counts, depth * 2);
                    }
                    open[depth] = i;
                    items[depth] = token == JsonToken.START_ARRAY ? new int[4] : null;
                    counts[depth] = 0;
                    depth++;
                }
            }
            return c;
        }

        /**
         * The first token, at or below the value starting at token {@code at}, whose joined path below it is
         * {@code joined} from {@code from} on; -1 when there is none.
         */
        int find(int at, String joined, int from, boolean field, java.util.concurrent.atomic.AtomicLong probes) {
            probes.incrementAndGet();
            if (from == joined.length()) {
                return field ? -1 : at;
            }
            JsonToken kind = tokens.kind(at);
            if (kind == JsonToken.START_ARRAY && joined.charAt(from) == '[') {
                int close = joined.indexOf(']', from);
                int[] items = elements.get(at);
                int index = close < 0 ? -1 : canonicalIndex(joined, from + 1, close);
                return index < 0 || items == null || index >= items.length
                        ? -1
                        : find(items[index], joined, close + 1, field, probes);
            }
            if (kind != JsonToken.START_OBJECT || joined.charAt(from) != '.') {
                return -1;
            }
            // The name ends where the path ends or another segment starts; a name may hold either mark.
            int found = -1;
            for (int end = from + 1; end <= joined.length(); end++) {
                if (end < joined.length() && joined.charAt(end) != '.' && joined.charAt(end) != '[') {
                    continue;
                }
                probes.incrementAndGet();
                Integer name = members.get(new Member(at, joined.substring(from + 1, end)));
                if (name == null) {
                    continue;
                }
                int here = end == joined.length() && field ? name : find(name + 1, joined, end, field, probes);
                found = earlier(found, here);
            }
            return found;
        }

        /** The list index written as DataPath writes it (digits, no leading zero), or -1. */
        private static int canonicalIndex(String joined, int from, int to) {
            if (to == from || to - from > 9 || (joined.charAt(from) == '0' && to - from > 1)) {
                return -1;
            }
            int index = 0;
            for (int i = from; i < to; i++) {
                char c = joined.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                index = index * 10 + (c - '0');
            }
            return index;
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
