package io.github.equalityframework.cli;

import io.github.equalityframework.io.DocumentReaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths given on the command line: a directory stands for the data files in it. */
public final class InputFiles {
    private InputFiles() {}

    /**
     * The readers of every format on the class path: YAML and JSON from the core, {@code .xlsx} from framework-xlsx
     * (a {@link io.github.equalityframework.io.DocumentReader}); eflg does not choose readers itself.
     */
    public static final DocumentReaders READERS = DocumentReaders.discover(InputFiles.class.getClassLoader());

    /**
     * The subfolder a file found by {@link #expand} is in, relative to the folder given on the command line
     * that it was found in; the empty path for a file given itself.
     */
    public static Path subfolder(Path file, List<Path> given) {
        Path parent = file.getParent();
        for (Path folder : given) {
            if (parent != null && parent.startsWith(folder) && Files.isDirectory(folder)) {
                return folder.relativize(parent);
            }
        }
        return Path.of("");
    }

    public static List<Path> expand(List<Path> given) {
        List<Path> files = new ArrayList<>();
        for (Path path : given) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(READERS::reads)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
