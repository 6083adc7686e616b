package io.github.equalityframework.cli.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Keeps a command from writing over its own input. Every command that writes a file builds one from all
 * it reads (files, and folders whose files it reads) and checks its output path before anything runs: an
 * output that is one of those files, or any file of one of those folders, is refused with exit 2,
 * whatever {@code --force} says. Paths are compared as the file system sees them: through {@code ..},
 * {@code ./}, symbolic links and hard links.
 */
public final class OutputGuard {
    /** An input file, by the identity of the file it is, and as the user named it. */
    private final Map<Object, Path> files = new HashMap<>();
    /** The files of the input folders, by identity, and the folder each is in. */
    private final Map<Object, Path[]> filesOfFolders = new HashMap<>();
    /** Input files by real path, for files without an identity (or not there yet). */
    private final Map<Path, Path> fileByRealPath = new HashMap<>();
    /** Input folders by real path. */
    private final Map<Path, Path> folders = new LinkedHashMap<>();

    private OutputGuard() {}

    /** A guard over these inputs: files or folders as given, and the files read from them; {@code null}s are skipped. */
    public static OutputGuard over(Collection<Path> inputs) {
        OutputGuard guard = new OutputGuard();
        List<Path> given = inputs.stream().filter(Objects::nonNull).toList();
        given.stream().filter(p -> !Files.isDirectory(p)).forEach(guard::addFile);
        given.stream().filter(Files::isDirectory).forEach(guard::addFolder);
        return guard;
    }

    public static OutputGuard over(Path... inputs) {
        return over(Arrays.asList(inputs));
    }

    /** Refuses {@code out} (given as {@code option}) when writing it would replace an input. */
    public void check(CommandLine cli, String option, Path out) {
        refusal(option, out).ifPresent(message -> {
            throw new ParameterException(cli, message);
        });
    }

    /** The message for an output that would replace an input, if it would. */
    public Optional<String> refusal(String option, Path out) {
        Object key = key(out);
        Path real = real(out);
        Path input = key != null ? files.get(key) : null;
        if (input == null && real != null) {
            input = fileByRealPath.get(real);
        }
        if (input != null) {
            return Optional.of(option + " " + out + " is the input file " + input + NEVER);
        }
        if (key == null || Files.isDirectory(out)) {
            return Optional.empty(); // not there yet, or a folder: it replaces no file
        }
        Path[] inFolder = filesOfFolders.get(key);
        if (inFolder != null) {
            return Optional.of(
                    option + " " + out + " is " + inFolder[0] + ", a file of the input folder " + inFolder[1] + NEVER);
        }
        for (Map.Entry<Path, Path> folder : folders.entrySet()) {
            if (real != null && real.startsWith(folder.getKey())) {
                return Optional.of(option + " " + out + " is a file of the input folder " + folder.getValue() + NEVER);
            }
        }
        return Optional.empty();
    }

    private static final String NEVER = "; eflg never writes over its input, so choose another path";

    private void addFile(Path file) {
        Object key = key(file);
        if (key != null) {
            files.putIfAbsent(key, file);
        }
        Path real = real(file);
        if (real != null) {
            fileByRealPath.putIfAbsent(real, file);
        }
    }

    private void addFolder(Path folder) {
        Path real = real(folder);
        if (real != null) {
            folders.putIfAbsent(real, folder);
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    found.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // what cannot be read is not read as input either
                }
            });
        } catch (IOException e) {
            // the folder went away: the command will say so when it reads it
        }
        for (Path file : found) {
            Object key = key(file);
            if (key != null) {
                filesOfFolders.putIfAbsent(key, new Path[] {file, folder});
            }
        }
    }

    /** The identity of the file at the path (through links), or {@code null} when there is none. */
    private static Object key(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            Object key = attributes.fileKey();
            return key != null ? key : path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** The path with links and {@code ..} resolved, as far as it exists; {@code null} when it cannot be. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath();
        try {
            return absolute.toRealPath();
        } catch (NoSuchFileException e) {
            Path parent = absolute.getParent();
            Path name = absolute.getFileName();
            if (parent == null || name == null) {
                return null;
            }
            Path realParent = real(parent);
            return realParent == null ? null : realParent.resolve(name).normalize();
        } catch (IOException e) {
            return null;
        }
    }
}
