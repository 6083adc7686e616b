package io.github.equalityframework.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The id and evidence location checks read printable ASCII quickly: the same answers as the full reading, whether the
 * text is plain ASCII or carries one character that is not.
 */
class IdAndLocationCheckTest {

    @Provide
    Arbitrary<String> ascii() {
        return Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(30);
    }

    @Property(tries = 300)
    void plainAsciiIdsAreNeverLookAlikes(@ForAll("ascii") String id) {
        assertEquals(Optional.empty(), LookAlikeIds.problem(id));
    }

    @Property(tries = 300)
    void anInvisibleCharacterInAnAsciiIdIsFound(@ForAll("ascii") String id, @ForAll @IntRange(max = 30) int at) {
        int i = Math.min(at, id.length());
        String withSpace = id.substring(0, i) + "\u200B" + id.substring(i);
        assertEquals(
                Optional.of("the id '" + withSpace
                        + "' holds an invisible character (U+200B); type the id again without it"),
                LookAlikeIds.problem(withSpace));
    }

    @Property(tries = 300)
    void aCyrillicLetterAmongLatinOnesIsFound(@ForAll("ascii") String id) {
        String latin = "ev" + id;
        String mixed = latin + "\u0435";
        assertEquals(
                Optional.of(
                        "the id '" + mixed
                                + "' mixes letters of Cyrillic and Latin scripts, which can look alike; type it again in one script"),
                LookAlikeIds.problem(mixed));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "JavaScript:alert(1)|'JavaScript:alert(1)' is not a safe evidence location: the javascript: scheme is not"
                        + " allowed; give a web address (https://...) or a document reference",
                "java script:alert(1)|'java script:alert(1)' is not a safe evidence location: the javascript: scheme is"
                        + " not allowed; give a web address (https://...) or a document reference",
                "FILE:///etc/passwd|'FILE:///etc/passwd' is not a safe evidence location: the file: scheme is not allowed;"
                        + " give a web address (https://...) or a document reference",
                "policies/%2E%2E/secret.pdf|'policies/%2E%2E/secret.pdf' is not a safe evidence location: it climbs out"
                        + " of its folder with '..'; give a web address (https://...) or a document reference",
                "Intranet\u00A0/\u00A0../x|'Intranet\u00A0/\u00A0../x' is not a safe evidence location: it climbs out"
                        + " of its folder with '..'; give a web address (https://...) or a document reference",
            })
    void unsafeLocationsAreRefusedWithTheSameMessage(String location, String message) {
        assertEquals(Optional.of(message), EvidenceLocations.problem(location));
    }

    /** Locations built from the pieces that decide: schemes, separators, dots and their percent-encodings. */
    @Provide
    Arbitrary<String> locations() {
        Arbitrary<String> piece = Arbitraries.of(
                "javascript:",
                "JavaScript:",
                "data:",
                "file:",
                "vbscript:",
                "https:",
                "x-y.z+1:",
                "1a:",
                ":",
                "java script:",
                "..",
                ".",
                "%2e",
                "%2E",
                "%2f",
                "%5c",
                "/",
                "\\",
                "a",
                "Z",
                " ",
                "\u00A0",
                "\t",
                "é");
        return piece.list().ofMinSize(1).ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 2000)
    void locationsAreJudgedAsTheRegularExpressionsJudgeThem(@ForAll("locations") String location) {
        assertEquals(byRegularExpressions(location), EvidenceLocations.problem(location));
    }

    /** The reading before the scheme was read by hand and locations without two dots were passed at once. */
    private static Optional<String> byRegularExpressions(String location) {
        String squeezed = location.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c) && !Character.isSpaceChar(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .toLowerCase(Locale.ROOT);
        String ask = "give a web address (https://...) or a document reference";
        Matcher scheme = Pattern.compile("^([a-z][a-z0-9+.-]*):").matcher(squeezed);
        if (scheme.find() && Set.of("javascript", "vbscript", "data", "file").contains(scheme.group(1))) {
            return Optional.of("'" + location + "' is not a safe evidence location: the " + scheme.group(1)
                    + ": scheme is not allowed; " + ask);
        }
        String decoded = squeezed.replace("%2e", ".").replace("%2f", "/").replace("%5c", "\\");
        if (Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)").matcher(decoded).find()) {
            return Optional.of("'" + location + "' is not a safe evidence location: it climbs out of its folder"
                    + " with '..'; " + ask);
        }
        return Optional.empty();
    }

    @ParameterizedTest
    @CsvSource({
        "https://anytown.example.gov.uk/equality/eia-2023.pdf",
        "Intranet > Policies > EIA 2023",
        "policies/eia..pdf"
    })
    void safeLocationsPass(String location) {
        assertTrue(EvidenceLocations.problem(location).isEmpty());
    }
}
