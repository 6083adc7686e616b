package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files in src/test/resources/golden. After a deliberate change, run with {@code -Dgolden.update=true}: each
 * golden file that differs is rewritten and its test fails ("updated; review the diff and run again"), so an update
 * run can never pass by comparing a file with itself.
 */
public final class Golden {
    public static final Path DIR = Path.of("src", "test", "resources", "golden");

    private Golden() {}

    public static void assertMatches(String name, String actual) throws IOException {
        Path golden = DIR.resolve(name);
        String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
        if (Boolean.getBoolean("golden.update") && !actual.equals(expected)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            fail(golden + " updated; review the diff and run again without -Dgolden.update");
        }
        if (expected == null) {
            fail(golden + " does not exist; run with -Dgolden.update=true to write it");
        }
        assertEquals(expected, actual, name);
    }
}
