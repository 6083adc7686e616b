package io.github.equalityframework.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which evidence locations are safe to show and follow. A location is a web address or a document
 * reference ("Intranet > Policies > EIA 2023", "policies/eia-2023.pdf"); one that would run script or
 * carry content in a report ({@code javascript:}, {@code vbscript:}, {@code data:}), point into the
 * reader's own disk ({@code file:}) or climb out of a folder ({@code ..}) is refused, whatever a
 * renderer later does with it.
 */
final class EvidenceLocations {
    private static final Set<String> REFUSED_SCHEMES = Set.of("javascript", "vbscript", "data", "file");
    // ".." as a whole path segment, after percent-decoding the dots a link might hide it behind.
    private static final Pattern TRAVERSAL = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)");
    private static final String ASK = "give a web address (https://...) or a document reference";

    private EvidenceLocations() {}

    /** What is wrong with the location, or empty when it is safe. */
    static Optional<String> problem(String location) {
        // Browsers ignore spaces and control characters inside a scheme: "java\tscript:" runs as script. Printable
        // ASCII without a space (most locations) has none to squeeze out.
        String squeezed = visibleAscii(location)
                ? location.toLowerCase(Locale.ROOT)
                : location.codePoints()
                        .filter(c ->
                                !Character.isWhitespace(c) && !Character.isISOControl(c) && !Character.isSpaceChar(c))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString()
                        .toLowerCase(Locale.ROOT);
        String scheme = refusedScheme(squeezed);
        if (scheme != null) {
            return Optional.of("'" + location + "' is not a safe evidence location: the " + scheme
                    + ": scheme is not allowed; " + ASK);
        }
        // Two dots in a row, as written or percent-encoded, are needed to climb: most locations have neither.
        if (!squeezed.contains("..") && !squeezed.contains("%2e")) {
            return Optional.empty();
        }
        String decoded = squeezed.replace("%2e", ".").replace("%2f", "/").replace("%5c", "\\");
        if (TRAVERSAL.matcher(decoded).find()) {
            return Optional.of("'" + location + "' is not a safe evidence location: it climbs out of its folder"
                    + " with '..'; " + ASK);
        }
        return Optional.empty();
    }

    /** The refused scheme the location starts with, or null. */
    private static String refusedScheme(String squeezed) {
        int end = schemeEnd(squeezed);
        if (end > 0) {
            for (String refused : REFUSED_SCHEMES) {
                if (refused.length() == end && squeezed.startsWith(refused)) {
                    return refused;
                }
            }
        }
        return null;
    }

    /**
     * Where the scheme a location starts with ends (the colon of {@code ^[a-z][a-z0-9+.-]*:}), or -1 when it starts
     * with none; read by hand, without a matcher, because it is asked of every item of a register.
     */
    static int schemeEnd(String squeezed) {
        if (squeezed.isEmpty() || squeezed.charAt(0) < 'a' || squeezed.charAt(0) > 'z') {
            return -1;
        }
        for (int i = 1; i < squeezed.length(); i++) {
            char c = squeezed.charAt(i);
            if (c == ':') {
                return i;
            }
            boolean schemeChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
            if (!schemeChar) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether every character is printable ASCII other than the space. */
    private static boolean visibleAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
