package io.github.equalityframework.io;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads text values as Jackson does, then applies {@link ControlCharacters}: escapes let control
 * characters through although raw ones are refused before parsing (YAML {@code "\e"}, {@code "\x1b"},
 * {@code "\0"}, JSON {@code "\u001b"}). A refused one is a problem at the value; carriage returns
 * become newlines, as YAML does with raw line ends.
 */
final class ControlFreeStrings extends StringDeserializer {
    private static final long serialVersionUID = 1L;

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        String text = super.deserialize(p, ctxt);
        if (text == null) {
            return null;
        }
        String kept = ControlCharacters.normalised(text);
        int refused = ControlCharacters.firstRefused(text);
        int lone = ControlCharacters.loneSurrogate(text);
        if (refused >= 0 || lone >= 0) {
            // An escape such as \ud800 alone is half of a character; written out as UTF-8 it would become '?'.
            String message = refused >= 0
                    ? ControlCharacters.problem(refused)
                    : String.format(
                            java.util.Locale.ROOT,
                            "a lone surrogate (U+%04X) in a value: half of a character, which text cannot hold; write the"
                                    + " whole character",
                            lone);
            kept = lone >= 0 ? kept.replaceAll("[\\uD800-\\uDFFF]", "\uFFFD") : kept;
            if (ctxt.getAttribute(ProblemCollector.class) instanceof ProblemCollector problems) {
                problems.add(DataPath.of(p.streamReadContext(), true), message, p.currentTokenLocation());
            } else {
                return (String) ctxt.handleWeirdStringValue(String.class, kept, message);
            }
        }
        return kept;
    }
}
