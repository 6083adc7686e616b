package io.github.equalityframework.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The parts of a file's name that commands (and {@code eflg serve}) go by: its stem pairs files, its extension
 * names a format.
 */
public final class FileNames {
    private FileNames() {}

    /** The name without its last extension: {@code anytown-2024} for {@code anytown-2024.yaml}, {@code .eflg} for itself. */
    public static String stem(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The last extension without its dot, as written ({@code HTML} stays upper case); empty when there is none. */
    public static String extension(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** The one of {@code formats} whose extension the file's name has (in any case), if any. */
    public static <F> Optional<F> formatOf(Path file, F[] formats, Function<F, String> extensionOf) {
        String extension = extension(file).toLowerCase(Locale.ROOT);
        return Arrays.stream(formats)
                .filter(f -> extensionOf.apply(f).equals(extension))
                .findFirst();
    }

    /** The format {@code --out} gives by its extension; refused (exit 2) when it gives none of {@code formats}. */
    public static <F> F formatOf(Path out, F[] formats, Function<F, String> extensionOf, CommandLine cli) {
        return formatOf(out, formats, extensionOf)
                .orElseThrow(() ->
                        new ParameterException(cli, "cannot tell the report format from '" + out + "'; add --format"));
    }

    /** Whether the file is named as a workbook (.xlsx, in any case), for commands that write or import one. */
    public static boolean isWorkbook(Path file) {
        return file.getFileName() != null
                && file.getFileName()
                        .toString()
                        .toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".xlsx");
    }
}
