package io.github.equalityframework.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user reads when a document breaks one of the {@link ReadLimits}: which limit, and its value,
 * in words rather than Jackson's ("... from {@code StreamReadConstraints.getMaxNumberLength()}").
 */
final class ReadLimitProblems {
    private static final Pattern JACKSON = Pattern.compile(
            "(Number value length|String value length|Name length|Document nesting depth|Document length|Token count)"
                    + " \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)[^)]*\\)");
    private static final Pattern YAML_CODE_POINTS =
            Pattern.compile("The incoming YAML document exceeds the limit: (\\d+) code points\\.?");

    private ReadLimitProblems() {}

    static String documentTooLarge(String unit, int max) {
        return "the document is larger than the limit of " + max + " " + unit;
    }

    static String nameTooLong(int max) {
        return "a field name is longer than the limit of " + max + " characters";
    }

    /** The message for a limit Jackson or snakeyaml enforced, or the message itself when it is not one. */
    static String describe(String message) {
        Matcher m = JACKSON.matcher(message);
        if (m.find()) {
            String max = m.group(3);
            return switch (m.group(1)) {
                case "Number value length" -> "a number is longer than the limit of " + max + " characters";
                case "String value length" -> "a text value is longer than the limit of " + max + " characters";
                case "Name length" -> nameTooLong(Integer.parseInt(max));
                case "Document nesting depth" ->
                    "objects and lists are nested deeper than the limit of " + max + " levels";
                case "Document length" -> "the document is longer than the limit of " + max + " characters";
                default -> "the document has more than the limit of " + max + " tokens";
            };
        }
        Matcher yaml = YAML_CODE_POINTS.matcher(message);
        if (yaml.find()) {
            return "the document is longer than the limit of " + yaml.group(1) + " characters";
        }
        return message;
    }
}
