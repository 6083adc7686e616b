package io.github.equalityframework.internal.markup;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.equalityframework.io.ControlCharacters;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The one escaper of user text in Markdown (CommonMark with GitHub's tables and autolinks), so that it can
 * neither break a table nor become markup: no link, image, HTML, heading, list, quote, code, emphasis or table
 * cell break. Only what could start markup is escaped, so that {@code 8.4%} stays {@code 8.4%}.
 *
 * <p>What a reader sees is the text given, but: line breaks and the white space around them become one space
 * and the ends are stripped (a cell or a paragraph is one line); controls (and bidirectional overrides) are
 * written out as {@code \u001B}; and a {@value #JOINER_NAME} (U+2060, invisible) follows the {@code :} of
 * {@code ://} and the {@code www} of {@code www.}, since GitHub and commonmark-java turn a URL or {@code www.} address in
 * text into a link whatever backslash or entity escapes it. (An e-mail address may still become a {@code mailto:}
 * link: no invisible character stops that, and it opens no page.)
 *
 * <p>Internal: used by the reports of the core and the workforce plugin; not for plugins.
 */
@API(status = INTERNAL, since = "0.1")
public final class MarkdownText {
    /** The invisible character that stops an autolink; {@link #visible} removes it. */
    public static final char WORD_JOINER = '\u2060';

    private static final String JOINER_NAME = "word joiner";

    /**
     * Punctuation that can start or end inline markup, a link or image ({@code (} and {@code !} are inert once
     * {@code [} and {@code ]} are escaped), a code span, a table cell, a heading, a quote, HTML or an entity.
     */
    private static final String SPECIAL = "\\`*_[]<>#|~&";

    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:/-]+");
    private static final Pattern ORDERED_LIST = Pattern.compile("^(\\d{1,9})([.)])(\\s|$)");
    private static final Pattern WWW = Pattern.compile("(?i)(www)(?=\\.)");

    private MarkdownText() {}

    /** Text on one line, escaped as the class says. */
    public static String text(Object value) {
        String line = oneLine(value);
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (SPECIAL.indexOf(c) >= 0 || i == 0 && startsBlock(line)) {
                out.append('\\');
            }
            out.append(c);
            if (c == ':' && line.startsWith("//", i + 1)) {
                out.append(WORD_JOINER);
            }
        }
        String escaped = WWW.matcher(out).replaceAll("$1" + WORD_JOINER);
        // "2024. A year" would become an ordered list; "8.4%" would not.
        return ORDERED_LIST.matcher(escaped).replaceFirst("$1\\\\$2$3");
    }

    /**
     * An id (of a rule, profile or framework) as inline code when it is a plain id of letters, digits and
     * {@code . _ : / -}; anything else as escaped text, since a code span would show it literally.
     */
    public static String code(Object value) {
        String text = oneLine(value);
        return PLAIN_ID.matcher(text).matches() ? "`" + text + "`" : text(text);
    }

    /** The text a reader sees of what {@link #text} wrote: without the word joiners it adds. */
    public static String visible(String rendered) {
        return rendered.replace(String.valueOf(WORD_JOINER), "");
    }

    /** A leading - + or = starts a list item, a thematic break or a heading underline only before a space, the same sign or the end. */
    private static boolean startsBlock(String line) {
        char c = line.charAt(0);
        return (c == '-' || c == '+' || c == '=')
                && (line.length() == 1 || Character.isWhitespace(line.charAt(1)) || line.charAt(1) == c);
    }

    private static String oneLine(Object value) {
        // Line breaks become spaces; any other control (and a bidirectional override) is written out as \u001B.
        return value == null
                ? ""
                : ControlCharacters.forTerminal(
                        value.toString().replaceAll("\\s*\\R\\s*", " ").strip());
    }
}
