package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.SelfAssessment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fresh JVM that reads a valid file loads no class of Jackson databind: its code is named only by classes
 * the codec loads when a document needs the mapper. A reference to databind from the codec's own code (which
 * the JVM loads when it verifies that code, whether or not it runs) fails this test.
 */
class ReadsWithoutDatabindTest {
    private static final String EXAMPLE = "io/github/equalityframework/examples/data/anytown-2024.yaml";

    /** Reads the bundled example in the child JVM and says whether it read cleanly. */
    static final class Child {
        public static void main(String[] args) throws IOException {
            try (InputStream in = ClassLoader.getSystemResourceAsStream(EXAMPLE)) {
                ReadResult<SelfAssessment> read =
                        ModelCodec.strict().read(in, "anytown-2024.yaml", Format.YAML, SelfAssessment.class);
                System.out.println(read.isClean() ? "read cleanly" : "problems: " + read.problems());
            }
        }
    }

    @Test
    void aValidFileIsReadWithoutLoadingDatabind() throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xshare:off",
                        "-Xlog:class+load=info:stdout",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Child.class.getName())
                .redirectErrorStream(true)
                .start();
        List<String> lines = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertEquals(0, child.waitFor(), () -> String.join("\n", lines));
        assertTrue(
                lines.contains("read cleanly"),
                () -> lines.stream().filter(l -> !l.startsWith("[")).toList().toString());
        assertTrue(
                lines.stream().anyMatch(l -> l.contains(" tools.jackson.core.JsonParser ")), "the log names classes");
        assertEquals(
                List.of(),
                lines.stream()
                        .filter(l -> l.contains(" tools.jackson.databind."))
                        .toList());
    }
}
