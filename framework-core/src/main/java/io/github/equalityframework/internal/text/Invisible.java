package io.github.equalityframework.internal.text;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Makes characters that do not show visible in a message: a field named {@code name} followed by a
 * zero-width space reads "unknown field 'name\u200B'", not "unknown field 'name'; did you mean 'name'?".
 */
@API(status = INTERNAL, since = "0.1")
public final class Invisible {
    private Invisible() {}

    /** Whether the code point shows nothing, or nothing distinct, where it stands. */
    public static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT
                || (Character.isISOControl(c) && c != '\n' && c != '\t')
                || (Character.isSpaceChar(c) && c != ' ')
                || c == '\u115F'
                || c == '\u1160'
                || c == '\u3164'
                || c == '\uFFA0';
    }

    /** The text with each invisible character written out as {@code \u200B}. */
    public static String shown(String text) {
        if (text == null || text.codePoints().noneMatch(Invisible::isInvisible)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (isInvisible(c)) {
                out.append(String.format(Locale.ROOT, c > 0xFFFF ? "\\U%08X" : "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
