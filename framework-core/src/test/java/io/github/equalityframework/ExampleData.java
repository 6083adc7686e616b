package io.github.equalityframework;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled sample data (examples/data), from the {@code example-data} test dependency: a folder when the
 * reactor gives its classes directory, a jar otherwise. Never empty; a test over it cannot skip itself.
 */
public final class ExampleData {
    private static final String ROOT = "io/github/equalityframework/examples/data/";

    private ExampleData() {}

    /** The YAML files, sorted by name; fails when there are none. */
    public static List<Path> yamlFiles() {
        Path root = root();
        try (Stream<Path> files = Files.list(root)) {
            List<Path> yaml = files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
            assertTrue(!yaml.isEmpty(), () -> "no example YAML files in " + root.toUri());
            return yaml;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        URL url = ExampleData.class.getClassLoader().getResource(ROOT);
        assertTrue(url != null, () -> ROOT + " is not on the test class path: the example-data dependency is missing");
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                open(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the jar's file system once, left open for the tests' lifetime. */
    private static synchronized void open(URI uri) {
        try {
            FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // opened by an earlier test
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
