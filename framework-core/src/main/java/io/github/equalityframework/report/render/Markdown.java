package io.github.equalityframework.report.render;

import io.github.equalityframework.io.ControlCharacters;
import java.util.regex.Pattern;

/**
 * Escaping for user text in Markdown (CommonMark with GitHub's tables), so that it can neither break a
 * table nor become markup, HTML or a link.
 */
final class Markdown {
    /**
     * Punctuation that can start or end inline markup, a link or image ({@code (} and {@code !} are inert
     * once {@code [} and {@code ]} are escaped), a table cell, a heading, HTML or an entity.
     */
    private static final String SPECIAL = "\\`*_[]<>#|~&";

    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:/-]+");

    private Markdown() {}

    /**
     * Text on one line, with Markdown's special characters backslash-escaped, and a leading character
     * that would start a block (list item, heading underline) escaped as well.
     */
    static String text(Object value) {
        String line = oneLine(value);
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (SPECIAL.indexOf(c) >= 0 || (c == '-' || c == '+' || c == '=') && i == 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // "2024. A year" at the start of a line would become an ordered list.
        return out.toString().replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    }

    /**
     * An id (of a rule, profile or framework) as inline code when it is a plain id of letters, digits and
     * {@code . _ : / -}; anything else as escaped text, since a code span would show it literally.
     */
    static String code(Object value) {
        String text = oneLine(value);
        return PLAIN_ID.matcher(text).matches() ? "`" + text + "`" : text(text);
    }

    private static String oneLine(Object value) {
        // Line breaks become spaces; any other control (and a bidirectional override) is written out as \u001B.
        return value == null
                ? ""
                : ControlCharacters.forTerminal(
                        value.toString().replaceAll("\\s*\\R\\s*", " ").strip());
    }
}
