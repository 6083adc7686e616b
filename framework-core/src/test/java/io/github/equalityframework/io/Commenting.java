package io.github.equalityframework.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds a comment above and beside every line of a YAML document that is not inside a block scalar, each one
 * naming the line it was put at ({@code # above L12}, {@code # beside L12}), as a reviewer's notes would be.
 */
final class Commenting {
    private static final Pattern BLOCK_HEADER = Pattern.compile("^ *(?:- +)*(?:[A-Za-z]+: +)?[>|][-+0-9]*$");

    private Commenting() {}

    static String everywhere(String yaml) {
        List<String> out = new ArrayList<>();
        String[] lines = yaml.split("\n", -1);
        int blockIndent = -1; // the column a block scalar's header line has; its content is indented further
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int indent = indentOf(line);
            if (blockIndent >= 0 && (line.isBlank() || indent > blockIndent)) {
                out.add(line);
                continue;
            }
            blockIndent = -1;
            if (line.isBlank() || line.trim().startsWith("#")) {
                out.add(line);
                continue;
            }
            String label = "L" + (i + 1);
            out.add(" ".repeat(indent) + "# above " + label);
            Matcher header = BLOCK_HEADER.matcher(line);
            if (header.matches()) {
                // Its text is indented further than the key it is the value of, or the dash of its list item.
                int key = keyColumn(line);
                blockIndent = line.charAt(key) == '>' || line.charAt(key) == '|' ? key - 2 : key;
            }
            out.add(line + " # beside " + label);
        }
        return String.join("\n", out);
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The column of a line's key, after any dashes. */
    private static int keyColumn(String line) {
        int i = indentOf(line);
        while (i + 1 < line.length() && line.charAt(i) == '-' && line.charAt(i + 1) == ' ') {
            i += 2;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
        }
        return i;
    }
}
