package io.github.equalityframework.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The one owner of what eflg does with control characters in text. Read values may hold tab and
 * newline; a carriage return (alone or before a newline) is a line end from another system and becomes
 * a newline; every other C0 and C1 control, and DEL, is refused where it was read. Whatever still
 * reaches a terminal, a file's header or a report is written out as {@code \u001B}, so that no text a
 * user supplied can clear a screen, retitle a window or overwrite a line.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ControlCharacters {
    private ControlCharacters() {}

    /** Whether a read value may not hold the character: C0 and C1 controls and DEL, but tab and line ends. */
    public static boolean isRefused(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }

    /** The first character of the text that a read value may not hold, or -1. */
    public static int firstRefused(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isRefused(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return -1;
    }

    /** What a user reads about a refused character in a value. */
    public static String problem(int c) {
        return String.format(Locale.ROOT, "control character U+%04X in a value; only tab and newline are allowed", c);
    }

    /**
     * The text as a read value keeps it: carriage returns turned into newlines, and each refused
     * character written out as {@code \u001B} (the value has a problem, but what prints it stays safe).
     */
    public static String normalised(String text) {
        if (clean(text, true)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                kept.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (isRefused(c)) {
                kept.append(escaped(c));
            } else {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /**
     * The text safe to print on a terminal or in a one-line header: every control character but tab
     * written out as {@code \u001B}, newlines and carriage returns included, and the bidirectional
     * overrides and isolates (which reorder what a terminal shows) too.
     */
    public static String forTerminal(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (unsafeOnOneLine(text.charAt(i), false)) {
                return escape(text, false);
            }
        }
        return text;
    }

    /** As {@link #forTerminal}, but newlines kept: for multi-line output such as reports. */
    public static String forMultiLine(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (unsafeOnOneLine(text.charAt(i), true)) {
                return escape(text, true);
            }
        }
        return text;
    }

    private static String escape(String text, boolean keepNewlines) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(unsafeOnOneLine(c, keepNewlines) ? escaped(c) : String.valueOf(c));
        }
        return out.toString();
    }

    private static boolean unsafeOnOneLine(char c, boolean keepNewlines) {
        if (c == '\t' || (keepNewlines && c == '\n')) {
            return false;
        }
        return Character.isISOControl(c) || isBidiControl(c);
    }

    /**
     * Whether a terminal would act on the character rather than show it: any control character (tab and
     * newline included, which callers keep where a line may end) and the bidirectional controls.
     */
    public static boolean isTerminalControl(char c) {
        return Character.isISOControl(c) || isBidiControl(c);
    }

    /** The characters that reorder text for display: embeddings, overrides, isolates and their ends. */
    public static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean clean(String text, boolean crIsDirty) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((crIsDirty && c == '\r') || isRefused(c)) {
                return false;
            }
        }
        return true;
    }

    /** The character written out as {@code \u001B}. */
    public static String escaped(char c) {
        return String.format(Locale.ROOT, "\\u%04X", (int) c);
    }

    /** The first surrogate that is not half of a pair, or -1. */
    static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return c;
            }
        }
        return -1;
    }
}
