package io.github.equalityframework.io;

import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * The problem to report when a document cannot be read at all (bad syntax, a duplicate key): a
 * message that says what is wrong in the user's terms, the data path and the place in the file.
 */
final class UnreadableDocument {
    private static final String PREFIX = "cannot read the document: ";
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");
    // Jackson describes where an unclosed object or list started by a location that, without the
    // source text, prints as "[Source: REDACTED ...; byte offset: #UNKNOWN]": noise for a user.
    private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)");
    // "Unexpected character ('/' (code 47))": the character is enough.
    private static final Pattern CHARACTER_CODE = Pattern.compile("\\('(.+?)' \\(code \\d+\\)\\)");
    // "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"
    private static final Pattern NON_STANDARD_NUMBER = Pattern.compile("Non-standard token '(.+?)'.*");
    // Any other advice to switch on a parser feature: the user cannot, and the names mean nothing to them.
    private static final Pattern FEATURE_ADVICE = Pattern.compile(
            "[;:,]?\\s*\\(?(?:to allow, )?(?:enable|disable) `?[A-Za-z.]*Feature\\.[A-Z_]+`?(?: to allow)?\\)?");
    private static final Pattern COMPLEX_KEY =
            Pattern.compile("Expected a property name \\(Scalar value in YAML\\), got this instead: .*");
    private static final Pattern OUT_OF_RANGE = Pattern.compile(
            "Numeric value \\((.+?)\\) out of range of `(?:int|long|short|byte)` \\((-?\\d+) - (-?\\d+)\\).*");

    private UnreadableDocument() {}

    /** The problem; its location is {@code null} when Jackson does not know it, to be placed by path. */
    static ValidationProblem problem(JacksonException e, String source, String databindPath) {
        ScanLimitReader.ValueTooLong tooLong = causeOf(e, ScanLimitReader.ValueTooLong.class);
        if (tooLong != null && e.processor() instanceof JsonParser parser) {
            // The parser stopped inside the value; its last token is the value's field name, as for JSON.
            return new ValidationProblem(
                    DataPath.of(parser.streamReadContext(), true),
                    PREFIX + tooLong.getMessage(),
                    at(source, parser.currentTokenLocation()));
        }
        MarkedYamlEngineException yaml = causeOf(e, MarkedYamlEngineException.class);
        if (yaml != null) {
            return new ValidationProblem(
                    databindPath,
                    PREFIX + describe(yaml),
                    yaml.getProblemMark().map(m -> at(source, m)).orElseGet(() -> at(source, e.getLocation())));
        }
        String message = firstLine(e.getOriginalMessage());
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.matches() && e.processor() instanceof JsonParser parser) {
            // The parser's context already names the repeated field.
            return new ValidationProblem(
                    DataPath.of(parser.streamReadContext(), true),
                    "duplicate field '" + duplicate.group(1) + "'; a field may appear only once in an object",
                    at(source, e.getLocation()));
        }
        return new ValidationProblem(databindPath, describe(message), at(source, e.getLocation()));
    }

    /** Jackson's message in the user's terms where it names Jackson's own features and types. */
    private static String describe(String message) {
        if (message.startsWith("Trailing token")) {
            return PREFIX + "more follows the end of the document; a file holds one document";
        }
        if (message.contains("maybe a (non-standard) comment?")) {
            return PREFIX + "JSON does not allow comments; remove them, or write the file as YAML";
        }
        Matcher nonStandard = NON_STANDARD_NUMBER.matcher(message);
        if (nonStandard.matches()) {
            return PREFIX + "'" + nonStandard.group(1) + "' is not a number that JSON allows; write a number, or leave"
                    + " the field out";
        }
        if (COMPLEX_KEY.matcher(message).matches()) {
            return PREFIX + "a field name must be plain text, not a list or an object";
        }
        Matcher range = OUT_OF_RANGE.matcher(message);
        if (range.matches()) {
            return range.group(1) + " is out of range for a whole number (" + range.group(2) + " to " + range.group(3)
                    + ")";
        }
        String plain = CHARACTER_CODE
                .matcher(FEATURE_ADVICE
                        .matcher(START_MARKER.matcher(message).replaceAll(""))
                        .replaceAll(""))
                .replaceAll("'$1'");
        return PREFIX + ReadLimitProblems.describe(plain);
    }

    /**
     * SnakeYAML says what it found wrong ("problem") and what it was reading ("context"); the first
     * line of its message is only the context, e.g. "while parsing a block mapping".
     */
    private static String describe(MarkedYamlEngineException yaml) {
        String problem = yaml.getProblem();
        if (yaml.getContext() == null || yaml.getContextMark().isEmpty()) {
            return problem;
        }
        Mark context = yaml.getContextMark().get();
        return problem + " (" + yaml.getContext() + " that starts at line " + (context.getLine() + 1) + ", column "
                + (context.getColumn() + 1) + ")";
    }

    private static <X extends Throwable> X causeOf(Throwable e, Class<X> kind) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end > 0 ? message.substring(0, end) : message;
    }

    private static SourceLocation at(String source, Mark mark) {
        return new SourceLocation(source, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static SourceLocation at(String source, TokenStreamLocation where) {
        return where == null || where == TokenStreamLocation.NA || where.getLineNr() <= 0
                ? null
                : new SourceLocation(source, where.getLineNr(), where.getColumnNr());
    }
}
