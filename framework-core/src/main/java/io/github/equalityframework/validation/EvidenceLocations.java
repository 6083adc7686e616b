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
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
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
        var scheme = SCHEME.matcher(squeezed);
        if (scheme.find() && REFUSED_SCHEMES.contains(scheme.group(1))) {
            return Optional.of("'" + location + "' is not a safe evidence location: the " + scheme.group(1)
                    + ": scheme is not allowed; " + ASK);
        }
        String decoded = squeezed.replace("%2e", ".").replace("%2f", "/").replace("%5c", "\\");
        if (TRAVERSAL.matcher(decoded).find()) {
            return Optional.of("'" + location + "' is not a safe evidence location: it climbs out of its folder"
                    + " with '..'; " + ASK);
        }
        return Optional.empty();
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
