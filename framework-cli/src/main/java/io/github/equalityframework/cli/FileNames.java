package io.github.equalityframework.cli;

import java.nio.file.Path;

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
}
