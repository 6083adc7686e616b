package io.github.equalityframework.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.Scanner;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.tokens.Token;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a changed model over the YAML text it was read from, keeping what did not change as the user wrote it.
 *
 * <p>The original text is cut into whole lines by the source marks of its nodes: an entry of a block mapping or
 * an item of a block list owns the lines from the end of the entry before it to its own last line, so the
 * comments and blank lines above an entry go with it. The text is then rebuilt from the codec's trees of the old
 * and the new model: an entry whose value did not change is copied line for line; a block mapping or list whose
 * value changed is rebuilt entry by entry (list items are matched by value, then by their first field, then by
 * position, so that a moved item keeps its comments); anything else that changed, or is new, is written as the
 * codec writes it, at the indentation of the entry it replaces. Key order is the original's, new keys go after
 * the key the codec writes before them.
 *
 * <p>Splicing by marks rather than emitting SnakeYAML's comment-carrying nodes, because the emitter would
 * rewrap folded text, drop blank lines and reformat flow lists. Whatever goes wrong, the caller checks the result
 * reads back to the new model, and otherwise writes the plain serialisation.
 */
final class KeptLayout {
    /** A block scalar's header with the comment after it. */
    private static final Pattern BLOCK_HEADER = Pattern.compile("[>|][-+0-9]*([ \t]+#.*)");

    private final String[] lines;
    private final String lineEnd;
    private final ObjectMapper yaml;
    /** Where each {@code -} of a block list is, as stream indexes in order. */
    private final List<Mark> dashes;

    private KeptLayout(String[] lines, String lineEnd, ObjectMapper yaml, List<Mark> dashes) {
        this.lines = lines;
        this.lineEnd = lineEnd;
        this.yaml = yaml;
        this.dashes = dashes;
    }

    /**
     * The text for the new tree written over the original, or empty when the original's shape does not allow it
     * (not a block mapping at the top, a key that is not a scalar, a list whose items do not match the old tree).
     * The original must be text the codec read cleanly, so that it is within the read limits; {@code oldTree} is
     * the codec's tree of what it read, {@code newTree} that of the model to write.
     */
    static Optional<String> splice(String original, JsonNode oldTree, JsonNode newTree, ObjectMapper yaml) {
        try {
            LoadSettings settings = LoadSettings.builder()
                    .setUseMarks(true)
                    .setMaxAliasesForCollections(0)
                    .setAllowRecursiveKeys(false)
                    .setCodePointLimit(Math.max(original.length(), 1))
                    .build();
            List<Mark> dashes = new ArrayList<>();
            Scanner scanner = new Recording(
                    // Whole code points, as the codec reads: SnakeYAML fails on a pair split between two reads.
                    new ScannerImpl(settings, new StreamReader(settings, new WholeCodePointReader(original))), dashes);
            Node root = new Composer(settings, new ParserImpl(settings, scanner))
                    .getSingleNode()
                    .orElse(null);
            if (!(root instanceof MappingNode mapping)
                    || mapping.getFlowStyle() != FlowStyle.BLOCK
                    || mapping.getValue().isEmpty()
                    || !(oldTree instanceof ObjectNode o)
                    || !(newTree instanceof ObjectNode n)
                    || n.isEmpty()) {
                return Optional.empty();
            }
            String lineEnd = original.contains("\r\n") ? "\r" : "";
            KeptLayout layout = new KeptLayout(original.split("\n", -1), lineEnd, yaml, dashes);
            return Optional.of(layout.document(mapping, o, n));
        } catch (RuntimeException e) {
            // SnakeYAML read what Jackson's reader accepted; anything unexpected means: write it plainly.
            return Optional.empty();
        }
    }

    private String document(MappingNode root, ObjectNode o, ObjectNode n) {
        int first = line(root.getValue().get(0).getKeyNode().getStartMark());
        int last = lastLine(root);
        List<String> out = new ArrayList<>();
        copy(out, 0, first - 1);
        out.addAll(mapping(root, o, n).lines);
        copy(out, last + 1, lines.length - 1);
        return String.join("\n", out);
    }

    /** Lines of output with the one where the first entry's key or dash is, and the character it starts at. */
    private record Part(List<String> lines, int anchor, int offset) {}

    private Part mapping(MappingNode node, ObjectNode o, ObjectNode n) {
        List<NodeTuple> entries = node.getValue();
        Mark firstKey = mark(entries.get(0).getKeyNode().getStartMark());
        int column = firstKey.getColumn();
        List<String> keys = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        int previousLast = -1;
        for (NodeTuple entry : entries) {
            if (!(entry.getKeyNode() instanceof ScalarNode key)) {
                throw new IllegalStateException("a key that is not a scalar");
            }
            int keyLine = line(key.getStartMark());
            int start = previousLast < 0 ? keyLine : previousLast + 1;
            int last = Math.max(keyLine, lastLine(entry.getValueNode()));
            previousLast = last;
            JsonNode was = o.get(key.getValue());
            JsonNode now = n.get(key.getValue());
            if (now == null && was != null) {
                continue; // removed, with the comments above it
            }
            keys.add(key.getValue());
            if (now == null) {
                // Left out of both trees (an empty value): it reads as before, so it stays as written.
                parts.add(verbatim(start, last, keyLine, column));
            } else {
                parts.add(entry(start, last, keyLine, column, entry.getValueNode(), was, now, key.getValue(), true));
            }
        }
        // New keys go after the nearest key before them in the codec's order.
        List<String> order = new ArrayList<>();
        n.propertyNames().forEach(order::add);
        for (int i = 0; i < order.size(); i++) {
            String key = order.get(i);
            if (keys.contains(key)) {
                continue;
            }
            int at = 0;
            for (int j = i - 1; j >= 0; j--) {
                int found = keys.indexOf(order.get(j));
                if (found >= 0) {
                    at = found + 1;
                    break;
                }
            }
            keys.add(at, key);
            parts.add(at, written(entryOf(key, n.get(key)), column, ""));
        }
        return join(parts, prefix(firstKey), column);
    }

    private Part sequence(SequenceNode node, ArrayNode o, ArrayNode n) {
        List<Node> items = node.getValue();
        if (items.size() != o.size()) {
            throw new IllegalStateException("list items do not match the tree");
        }
        Mark firstDash = dashBefore(items.get(0));
        int column = firstDash.getColumn();
        int[] starts = new int[items.size()];
        int[] dashLines = new int[items.size()];
        int[] lasts = new int[items.size()];
        int previousLast = -1;
        for (int j = 0; j < items.size(); j++) {
            dashLines[j] = dashBefore(items.get(j)).getLine();
            starts[j] = previousLast < 0 ? dashLines[j] : previousLast + 1;
            lasts[j] = Math.max(dashLines[j], lastLine(items.get(j)));
            previousLast = lasts[j];
        }
        int[] match = match(o, n);
        List<Part> parts = new ArrayList<>();
        for (int k = 0; k < n.size(); k++) {
            int j = match[k];
            if (j < 0) {
                parts.add(written(itemOf(n.get(k)), column, ""));
            } else {
                parts.add(entry(
                        starts[j], lasts[j], dashLines[j], column, items.get(j), o.get(j), n.get(k), null, false));
            }
        }
        return join(parts, prefix(firstDash), column);
    }

    /**
     * Which old item each new one keeps the text of (-1 for none): an equal one first, then one with the same
     * first field (an action's id, a note's date), then the one of its kind at the same place (an edited line of
     * text keeps the comments around it).
     */
    private static int[] match(ArrayNode o, ArrayNode n) {
        int[] match = new int[n.size()];
        boolean[] used = new boolean[o.size()];
        Arrays.fill(match, -1);
        for (int k = 0; k < n.size() && k < o.size(); k++) {
            if (o.get(k).equals(n.get(k))) {
                match[k] = k;
                used[k] = true;
            }
        }
        // By hash, so that a list of many items is matched in time linear in its size.
        pair(o, n, match, used, item -> item);
        pair(o, n, match, used, KeptLayout::identity);
        for (int k = 0; k < n.size() && k < o.size(); k++) {
            if (match[k] < 0 && !used[k] && o.get(k).getNodeType() == n.get(k).getNodeType()) {
                match[k] = k;
                used[k] = true;
            }
        }
        return match;
    }

    /** Pairs each new item still unmatched with the first unused old item of the same key (none for a null key). */
    private static void pair(ArrayNode o, ArrayNode n, int[] match, boolean[] used, Function<JsonNode, Object> key) {
        Map<Object, ArrayDeque<Integer>> unused = new HashMap<>();
        for (int j = 0; j < o.size(); j++) {
            Object k = used[j] ? null : key.apply(o.get(j));
            if (k != null) {
                unused.computeIfAbsent(k, x -> new ArrayDeque<>()).add(j);
            }
        }
        for (int k = 0; k < n.size(); k++) {
            Object wanted = match[k] < 0 ? key.apply(n.get(k)) : null;
            ArrayDeque<Integer> found = wanted == null ? null : unused.get(wanted);
            Integer j = found == null ? null : found.poll();
            if (j != null) {
                match[k] = j;
                used[j] = true;
            }
        }
    }

    private static Map.Entry<String, JsonNode> identity(JsonNode item) {
        if (item instanceof ObjectNode object && !object.isEmpty()) {
            Map.Entry<String, JsonNode> first = object.properties().iterator().next();
            return first.getValue().isValueNode() ? Map.entry(first.getKey(), first.getValue()) : null;
        }
        return null;
    }

    /**
     * A mapping entry (with its key) or a list item: copied when its value did not change, rebuilt inside when
     * it is a block mapping or list on both sides, written anew otherwise (keeping the comments above it).
     */
    private Part entry(
            int start,
            int last,
            int anchorLine,
            int column,
            Node value,
            JsonNode was,
            JsonNode now,
            String key,
            boolean keyed) {
        if (was != null && was.equals(now)) {
            return verbatim(start, last, anchorLine, column);
        }
        Part inner = null;
        if (value instanceof MappingNode m
                && m.getFlowStyle() == FlowStyle.BLOCK
                && !m.getValue().isEmpty()
                && was instanceof ObjectNode o
                && now instanceof ObjectNode n
                && !n.isEmpty()) {
            inner = mapping(m, o, n);
        } else if (value instanceof SequenceNode s
                && s.getFlowStyle() == FlowStyle.BLOCK
                && !s.getValue().isEmpty()
                && was instanceof ArrayNode o
                && now instanceof ArrayNode n
                && !n.isEmpty()) {
            inner = sequence(s, o, n);
        }
        if (inner != null) {
            int firstInner = line(value.getStartMark());
            List<String> out = new ArrayList<>();
            if (firstInner > anchorLine) {
                copy(out, start, firstInner - 1);
                out.addAll(inner.lines);
                return new Part(out, anchorLine - start, offset(anchorLine, column));
            }
            if (!keyed && firstInner == anchorLine) {
                // "- key: value" or "- - item": the item's dash is on the line of its first entry, whose prefix it is.
                copy(out, start, anchorLine - 1);
                int anchor = out.size() + inner.anchor;
                out.addAll(inner.lines);
                return new Part(out, anchor, offset(anchorLine, column));
            }
            // A collection starting on its key's line (after a tag): written anew below.
        }
        List<String> out = new ArrayList<>();
        copy(out, start, anchorLine - 1);
        JsonNode single = keyed ? entryOf(key, now) : itemOf(now);
        Part written = written(single, column, trailingComment(value, anchorLine));
        List<String> all = new ArrayList<>(out);
        all.addAll(written.lines);
        return new Part(all, out.size() + written.anchor, written.offset);
    }

    /** A comment after a one-line value on the line of its key or dash, to keep after the value that replaces it. */
    private String trailingComment(Node value, int anchorLine) {
        Mark start = mark(value.getStartMark());
        Mark end = mark(value.getEndMark());
        if (start.getLine() != anchorLine) {
            return "";
        }
        String line = stripCr(lines[anchorLine]);
        if (value instanceof ScalarNode s
                && (s.getScalarStyle() == ScalarStyle.FOLDED || s.getScalarStyle() == ScalarStyle.LITERAL)) {
            // The comment after a block scalar's header ("key: >-  # why"), the value starting at the header.
            Matcher header = BLOCK_HEADER.matcher(line.substring(offset(anchorLine, start.getColumn())));
            return header.matches() ? header.group(1) : "";
        }
        if (end.getLine() != anchorLine) {
            return "";
        }
        String rest = line.substring(offset(anchorLine, end.getColumn()));
        return rest.matches("[ \t]+#.*") ? rest : "";
    }

    private Part verbatim(int start, int last, int anchorLine, int column) {
        List<String> out = new ArrayList<>();
        copy(out, start, last);
        return new Part(out, anchorLine - start, offset(anchorLine, column));
    }

    /** The codec's text for a one-entry mapping or one-item list, at the column given. */
    private Part written(JsonNode single, int column, String comment) {
        String text = yaml.writeValueAsString(single);
        List<String> out = new ArrayList<>();
        String indent = " ".repeat(column);
        String[] written = text.split("\n", -1);
        int count = text.endsWith("\n") ? written.length - 1 : written.length;
        // The codec indents a list at the top; the column given replaces whatever indentation its first line has.
        int own = written[0].length() - written[0].stripLeading().length();
        for (int i = 0; i < count; i++) {
            String line = written[i];
            int strip = Math.min(own, line.length() - line.stripLeading().length());
            line = line.substring(strip);
            if (i == 0 && count == 1) {
                line += comment;
            }
            out.add(line.isEmpty() ? lineEnd : indent + line + lineEnd);
        }
        return new Part(out, 0, column);
    }

    /** Puts each part's key or dash at the column, the first one after the prefix its line had (a parent's dash). */
    private static Part join(List<Part> parts, String firstPrefix, int column) {
        List<String> out = new ArrayList<>();
        int anchor = 0;
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            List<String> lines = new ArrayList<>(part.lines);
            String line = lines.get(part.anchor);
            lines.set(part.anchor, (p == 0 ? firstPrefix : " ".repeat(column)) + line.substring(part.offset));
            if (p == 0) {
                anchor = out.size() + part.anchor;
            }
            out.addAll(lines);
        }
        return new Part(out, anchor, firstPrefix.length());
    }

    private String prefix(Mark at) {
        return lines[at.getLine()].substring(0, offset(at.getLine(), at.getColumn()));
    }

    /** The last line holding any of the node's text (a trailing comment on it included). */
    private int lastLine(Node node) {
        if (node instanceof MappingNode m
                && m.getFlowStyle() == FlowStyle.BLOCK
                && !m.getValue().isEmpty()) {
            NodeTuple lastEntry = m.getValue().get(m.getValue().size() - 1);
            return Math.max(line(lastEntry.getKeyNode().getStartMark()), lastLine(lastEntry.getValueNode()));
        }
        if (node instanceof SequenceNode s
                && s.getFlowStyle() == FlowStyle.BLOCK
                && !s.getValue().isEmpty()) {
            Node lastItem = s.getValue().get(s.getValue().size() - 1);
            return Math.max(dashBefore(lastItem).getLine(), lastLine(lastItem));
        }
        Mark start = mark(node.getStartMark());
        Mark end = mark(node.getEndMark());
        int last = end.getLine();
        if (end.getColumn() == 0 && last > start.getLine()) {
            last--;
        }
        if (node instanceof ScalarNode s
                && (s.getScalarStyle() == ScalarStyle.FOLDED || s.getScalarStyle() == ScalarStyle.LITERAL)) {
            // A block scalar's end is after the blank lines it swallowed; they belong to what follows.
            while (last > start.getLine()
                    && last < lines.length
                    && stripCr(lines[last]).isBlank()) {
                last--;
            }
        }
        return Math.min(last, lines.length - 1);
    }

    /** The dash of the list item whose value starts at the node's start (the last dash at or before it). */
    private Mark dashBefore(Node item) {
        int index = mark(item.getStartMark()).getIndex();
        int low = 0;
        int high = dashes.size() - 1;
        Mark found = null;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (dashes.get(mid).getIndex() <= index) {
                found = dashes.get(mid);
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (found == null) {
            throw new IllegalStateException("a list item without a dash");
        }
        return found;
    }

    private static JsonNode entryOf(String key, JsonNode value) {
        ObjectNode single = JsonNodeFactory.instance.objectNode();
        single.set(key, value);
        return single;
    }

    private static JsonNode itemOf(JsonNode value) {
        return JsonNodeFactory.instance.arrayNode().add(value);
    }

    private void copy(List<String> out, int from, int to) {
        for (int i = from; i <= to; i++) {
            out.add(lines[i]);
        }
    }

    private int offset(int line, int column) {
        return lines[line].offsetByCodePoints(0, column);
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static int line(Optional<Mark> mark) {
        return mark(mark).getLine();
    }

    private static Mark mark(Optional<Mark> mark) {
        return mark.orElseThrow(() -> new IllegalStateException("no source mark"));
    }

    /** A scanner that notes where each dash of a block list is. */
    private record Recording(Scanner scanner, List<Mark> dashes) implements Scanner {
        @Override
        public boolean checkToken(Token.ID... choices) {
            return scanner.checkToken(choices);
        }

        @Override
        public Token peekToken() {
            return scanner.peekToken();
        }

        @Override
        public boolean hasNext() {
            return scanner.hasNext();
        }

        @Override
        public Token next() {
            Token token = scanner.next();
            if (token.getTokenId() == Token.ID.BlockEntry) {
                token.getStartMark().ifPresent(dashes::add);
            }
            return token;
        }

        @Override
        public void resetDocumentIndex() {
            scanner.resetDocumentIndex();
        }
    }
}
