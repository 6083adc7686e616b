package org.anytown.equality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that the code blocks of a Markdown guide are copied from real, compiled source files, so that the
 * guide cannot drift from the code it shows.
 *
 * <p>A block names its source in an HTML comment on the line before its opening fence:
 * {@code <!-- from: examples/local-rule-plugin/src/main/java/org/anytown/equality/AnytownPlugin.java -->}.
 * The path is relative to the repository root. For an archetype template, {@code with key=value, ...}
 * after the path gives the values of its {@code ${key}} placeholders, so that the guide shows the file
 * as it is generated. The block must appear in the file line for line, ignoring indentation and blank
 * lines; a line {@code ...} (or {@code // ...}, {@code # ...}, {@code <!-- ... -->}) in the block skips
 * any number of lines of the file. Java, YAML and XML blocks must name a source; other blocks may.
 */
final class GuideSnippets {
    static final Set<String> CHECKED_LANGUAGES = Set.of("java", "yaml", "yml", "xml");
    private static final Pattern FENCE = Pattern.compile("^(\\s*)```\\s*([A-Za-z0-9_-]*)\\s*$");
    private static final Pattern MARKER =
            Pattern.compile("^\\s*<!--\\s*from:\\s*(\\S+)(?:\\s+with\\s+(.*?))?\\s*-->\\s*$");
    private static final Set<String> ELISIONS = Set.of("...", "// ...", "# ...", "<!-- ... -->");

    /** A fenced code block of the guide. */
    record Block(int line, String language, String marker, List<String> lines) {}

    private GuideSnippets() {}

    /** The fenced code blocks of a Markdown text, with the marker line before each (or {@code null}). */
    static List<Block> blocks(String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int start = i;
            List<String> body = new ArrayList<>();
            i++;
            while (i < lines.size() && !lines.get(i).strip().equals("```")) {
                body.add(lines.get(i));
                i++;
            }
            int previous = start - 1;
            while (previous >= 0 && lines.get(previous).isBlank()) {
                previous--;
            }
            String marker = previous >= 0 && MARKER.matcher(lines.get(previous)).matches() ? lines.get(previous) : null;
            blocks.add(new Block(start + 1, open.group(2).toLowerCase(java.util.Locale.ROOT), marker, body));
        }
        return blocks;
    }

    /**
     * Every problem with the guide's code blocks, each naming the guide, the block's line and what is wrong;
     * empty when every block is found in its source.
     *
     * @param guideName how messages name the guide, e.g. {@code docs/plugin-guide.md}
     * @param root      the directory that marker paths are relative to
     */
    static List<String> problems(String guideName, String markdown, Path root) {
        List<String> problems = new ArrayList<>();
        for (Block block : blocks(markdown)) {
            String where = guideName + ":" + block.line() + ": "
                    + (block.language().isEmpty() ? "code" : block.language()) + " block";
            if (block.marker() == null) {
                if (CHECKED_LANGUAGES.contains(block.language())) {
                    problems.add(where + " names no source; put <!-- from: PATH --> on the line before it");
                }
                continue;
            }
            Matcher marker = MARKER.matcher(block.marker());
            marker.matches();
            String path = marker.group(1);
            Path source = root.resolve(path).normalize();
            if (!Files.isRegularFile(source)) {
                problems.add(where + " is from " + path + ", which does not exist");
                continue;
            }
            String text;
            try {
                text = substitute(Files.readString(source), marker.group(2));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String mismatch = mismatch(block.lines(), text.lines().toList());
            if (mismatch != null) {
                problems.add(where + " is not in " + path + ": " + mismatch);
            }
        }
        return problems;
    }

    /** Replaces {@code ${key}} with its value from {@code key=value, key=value}. */
    private static String substitute(String text, String assignments) {
        if (assignments == null) {
            return text;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String assignment : assignments.split(",")) {
            String[] pair = assignment.strip().split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("not key=value: '" + assignment.strip() + "'");
            }
            values.put(pair[0].strip(), pair[1].strip());
        }
        String result = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("${" + value.getKey() + "}", value.getValue());
        }
        return result;
    }

    /** Why the block's lines are not in the file, or {@code null} when they are. */
    private static String mismatch(List<String> block, List<String> file) {
        List<List<String>> segments = new ArrayList<>();
        segments.add(new ArrayList<>());
        for (String line : block) {
            String stripped = line.strip();
            if (ELISIONS.contains(stripped)) {
                segments.add(new ArrayList<>());
            } else if (!stripped.isEmpty()) {
                segments.get(segments.size() - 1).add(stripped);
            }
        }
        List<String> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < file.size(); i++) {
            if (!file.get(i).isBlank()) {
                lines.add(file.get(i).strip());
                numbers.add(i + 1);
            }
        }
        int from = 0;
        for (List<String> segment : segments) {
            if (segment.isEmpty()) {
                continue;
            }
            int found = indexOf(lines, segment, from);
            if (found < 0) {
                return explain(segment, lines, numbers, from);
            }
            from = found + segment.size();
        }
        return null;
    }

    private static int indexOf(List<String> lines, List<String> segment, int from) {
        for (int start = from; start + segment.size() <= lines.size(); start++) {
            if (lines.subList(start, start + segment.size()).equals(segment)) {
                return start;
            }
        }
        return -1;
    }

    /** Names the first line of the segment that cannot be matched where its predecessors were found. */
    private static String explain(List<String> segment, List<String> lines, List<Integer> numbers, int from) {
        int bestStart = -1;
        int bestLength = 0;
        for (int start = from; start < lines.size(); start++) {
            int length = 0;
            while (length < segment.size()
                    && start + length < lines.size()
                    && lines.get(start + length).equals(segment.get(length))) {
                length++;
            }
            if (length > bestLength) {
                bestStart = start;
                bestLength = length;
            }
        }
        if (bestStart < 0) {
            return "`" + segment.get(0) + "` is nowhere in the file"
                    + (from > 0 ? " after line " + numbers.get(from - 1) : "");
        }
        int at = bestStart + bestLength;
        return "after `" + segment.get(bestLength - 1) + "` (line " + numbers.get(at - 1) + ") the block has `"
                + segment.get(bestLength) + "` but the file has "
                + (at < lines.size() ? "`" + lines.get(at) + "`" : "nothing more");
    }
}
