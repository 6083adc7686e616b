package org.anytown.equality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin guide's code blocks are copied from compiled sources; and the checker catches those that are not. */
class GuideSnippetsTest {
    static final Path ROOT = Path.of("..", "..");
    static final String GUIDE = "docs/plugin-guide.md";

    @TempDir
    Path root;

    @BeforeEach
    void source() throws IOException {
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("src/Rule.java"), """
                package ${package};

                final class Rule {
                    int limit() {
                        return 3;
                    }

                    String name() {
                        return "rule";
                    }
                }
                """);
    }

    @Test
    void everyJavaYamlAndXmlBlockOfThePluginGuideIsInTheSourceItNames() throws IOException {
        String guide = Files.readString(ROOT.resolve(GUIDE));
        List<GuideSnippets.Block> checked = GuideSnippets.blocks(guide).stream()
                .filter(b -> b.marker() != null)
                .toList();

        // One problem a line, so that a failure reads like a compiler's output.
        assertEquals("", String.join("\n", GuideSnippets.problems(GUIDE, guide, ROOT)));
        assertTrue(
                checked.size() >= 10,
                "the guide should show code from the sources, found " + checked.size() + " blocks");
    }

    @Test
    void aBlockIsFoundWhateverItsIndentationAndBlankLines() {
        String guide = """
                Intro.

                <!-- from: src/Rule.java -->
                ```java
                int limit() {
                  return 3;

                }
                ```
                """;

        assertEquals(List.of(), GuideSnippets.problems("guide.md", guide, root));
    }

    @Test
    void aBlockThatDiffersFromItsSourceNamesTheGuideLineAndTheFirstDifference() {
        String guide = """
                <!-- from: src/Rule.java -->
                ```java
                int limit() {
                    return 4;
                }
                ```
                """;

        assertEquals(
                List.of(
                        "guide.md:2: java block is not in src/Rule.java: after `int limit() {` (line 4) the block has `return 4;`"
                                + " but the file has `return 3;`"),
                GuideSnippets.problems("guide.md", guide, root));
    }

    @Test
    void aBlockWhoseFirstLineIsNowhereInTheSourceSaysSo() {
        String guide = """
                <!-- from: src/Rule.java -->
                ```java
                long limit() {
                ```
                """;

        assertEquals(
                List.of("guide.md:2: java block is not in src/Rule.java: `long limit() {` is nowhere in the file"),
                GuideSnippets.problems("guide.md", guide, root));
    }

    @Test
    void anElisionSkipsLinesButTheRestMustFollowInOrder() {
        String inOrder = """
                <!-- from: src/Rule.java -->
                ```java
                final class Rule {
                    // ...
                    String name() {
                ```
                """;
        String outOfOrder = """
                <!-- from: src/Rule.java -->
                ```java
                String name() {
                    // ...
                    int limit() {
                ```
                """;

        assertEquals(List.of(), GuideSnippets.problems("guide.md", inOrder, root));
        assertEquals(
                List.of(
                        "guide.md:2: java block is not in src/Rule.java: `int limit() {` is nowhere in the file after line 8"),
                GuideSnippets.problems("guide.md", outOfOrder, root));
    }

    @Test
    void placeholdersOfATemplateAreFilledFromTheMarker() {
        String filled = """
                <!-- from: src/Rule.java with package=org.anytown.equality -->
                ```java
                package org.anytown.equality;
                ```
                """;
        String unfilled = """
                <!-- from: src/Rule.java -->
                ```java
                package org.anytown.equality;
                ```
                """;

        assertEquals(List.of(), GuideSnippets.problems("guide.md", filled, root));
        assertEquals(
                List.of(
                        "guide.md:2: java block is not in src/Rule.java: `package org.anytown.equality;` is nowhere in the file"),
                GuideSnippets.problems("guide.md", unfilled, root));
    }

    @Test
    void javaYamlAndXmlBlocksMustNameASourceOtherBlocksNeedNot() {
        String guide = """
                ```yaml
                id: anytown-council
                ```

                ```sh
                ./eflg plugins
                ```
                """;

        assertEquals(
                List.of("guide.md:1: yaml block names no source; put <!-- from: PATH --> on the line before it"),
                GuideSnippets.problems("guide.md", guide, root));
    }

    @Test
    void aSourceThatDoesNotExistIsReported() {
        String guide = """
                <!-- from: src/Missing.java -->
                ```java
                int limit() {
                ```
                """;

        assertEquals(
                List.of("guide.md:2: java block is from src/Missing.java, which does not exist"),
                GuideSnippets.problems("guide.md", guide, root));
    }
}
