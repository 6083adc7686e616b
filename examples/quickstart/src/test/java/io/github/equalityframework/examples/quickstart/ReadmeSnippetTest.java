package io.github.equalityframework.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's embedding example is this module's Quickstart, so it compiles and its test runs it. */
class ReadmeSnippetTest {
    static final Path README = Path.of("..", "..", "README.md");
    static final Path SOURCE = Path.of("src/main/java/io/github/equalityframework/examples/quickstart/Quickstart.java");
    static final Pattern EMBEDDING = Pattern.compile("(?s)\n## Embedding\n.*?<!-- from: examples/quickstart/"
            + Pattern.quote(SOURCE.toString()) + " -->\n```java\n(.*?)```\n");

    @Test
    void theReadmesEmbeddingExampleIsTheQuickstartSourceWithoutItsPackageLine() throws IOException {
        Matcher block = EMBEDDING.matcher(Files.readString(README));
        assertTrue(
                block.find(),
                "README.md: no java block marked <!-- from: examples/quickstart/" + SOURCE + " -->"
                        + " under ## Embedding");
        String source = Files.readString(SOURCE).replaceFirst("\\Apackage [^;]+;\n\n", "");

        assertEquals(source, block.group(1), "README.md's embedding example differs from " + SOURCE);
    }
}
