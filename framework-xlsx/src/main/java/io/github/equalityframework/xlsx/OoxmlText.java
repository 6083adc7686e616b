package io.github.equalityframework.xlsx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as a workbook stores it. XML cannot hold most control characters, and parsers turn a carriage
 * return into a line feed, so Office writes such characters as {@code _xHHHH_} (and a literal
 * {@code _x0041_} as {@code _x005F_x0041_}); Excel and LibreOffice read them back the same way.
 */
final class OoxmlText {
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private OoxmlText() {}

    /** The text to put in a cell so that it reads back as exactly {@code text}. */
    static String encode(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = null;
            if (c == '_' && ESCAPE.matcher(text).region(i, text.length()).lookingAt()) {
                replacement = "_x005F_";
            } else if (!allowed(text, i)) {
                replacement = String.format("_x%04X_", (int) c);
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** The text a cell holds, escapes resolved. */
    static String decode(String stored) {
        if (stored.indexOf("_x") < 0) {
            return stored;
        }
        Matcher m = ESCAPE.matcher(stored);
        StringBuilder out = new StringBuilder(stored.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether the char at {@code i} can stand in XML as it is (a carriage return cannot survive parsing). */
    private static boolean allowed(String text, int i) {
        char c = text.charAt(i);
        if (c == '\t' || c == '\n') {
            return true;
        }
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return true;
    }
}
