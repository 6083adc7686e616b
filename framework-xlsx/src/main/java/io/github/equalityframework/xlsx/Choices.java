package io.github.equalityframework.xlsx;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A choice from a fixed list (a status, a response, a role) as a cell or field holds it: the id the YAML
 * has ({@code on_track}) or its words ({@code On track}), in any case, with spaces or hyphens for the
 * underscores, as people type them into a spreadsheet.
 */
final class Choices {
    private Choices() {}

    /** The constant the text stands for, if any. */
    static <E extends Enum<E>> Optional<E> parse(String text, Class<E> type) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replaceAll("\\s+", "_");
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(name))
                .findFirst();
    }

    /** The problem for text that is none of the choices, listing them as the YAML writes them. */
    static String unknown(String text, Class<? extends Enum<?>> type) {
        return "unknown value '" + text + "'; expected one of: "
                + Arrays.stream(type.getEnumConstants())
                        .map(WorkbookWriter::lower)
                        .collect(Collectors.joining(", "));
    }
}
