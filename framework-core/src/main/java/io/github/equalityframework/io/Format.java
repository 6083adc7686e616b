package io.github.equalityframework.io;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** The text formats the codec reads and writes. */
@API(status = STABLE, since = "0.1")
public enum Format {
    JSON,
    YAML;

    /** The format a file name's extension names ({@code .json}, {@code .yaml}, {@code .yml}). */
    public static Optional<Format> fromFileName(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }

    /** Guesses from content: a document whose first significant character is '{' or '[' is JSON. */
    public static Format detect(CharSequence content) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' || c == '[' ? JSON : YAML;
            }
        }
        return YAML;
    }
}
