package io.github.equalityframework.validation;

import io.github.equalityframework.internal.text.Invisible;
import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Refuses ids that can look like another id while being a different one: an id with an invisible
 * character (a zero-width space, a right-to-left override) or with letters of more than one script
 * (a Cyrillic "е" among Latin letters). Such ids render the same as the id they imitate, so a reader
 * could not tell two evidence items or two claims apart.
 */
final class LookAlikeIds {
    private LookAlikeIds() {}

    static Optional<String> problem(String id) {
        if (id == null || printableAscii(id)) {
            // Printable ASCII shows every character, and its letters are all Latin: most ids, read quickly.
            return Optional.empty();
        }
        int invisible =
                id.codePoints().filter(Invisible::isInvisible).findFirst().orElse(-1);
        if (invisible >= 0) {
            return Optional.of(String.format(
                    Locale.ROOT,
                    "the id '%s' holds an invisible character (U+%04X); type the id again without it",
                    id,
                    invisible));
        }
        TreeSet<String> scripts = new TreeSet<>();
        id.codePoints().filter(Character::isLetter).forEach(c -> {
            UnicodeScript script = UnicodeScript.of(c);
            if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
                scripts.add(name(script));
            }
        });
        if (scripts.size() > 1) {
            return Optional.of("the id '" + id + "' mixes letters of " + String.join(" and ", scripts)
                    + " scripts, which can look alike; type it again in one script");
        }
        return Optional.empty();
    }

    /** Whether every character is printable ASCII, the space included. */
    static boolean printableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static String name(UnicodeScript script) {
        String name = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
