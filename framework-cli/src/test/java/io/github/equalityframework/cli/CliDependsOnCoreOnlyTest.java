package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line compiles against the core only: its main code names no plugin package, and its build has no
 * compile dependency on a plugin (they are shaded into eflg.jar at run time scope). The workforce command comes from
 * its plugin through {@code CommandProvider}; edition migration from the core.
 */
class CliDependsOnCoreOnlyTest {
    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern PLUGIN_PACKAGE =
            Pattern.compile("\\bio\\.github\\.equalityframework\\.(lga|workforce|nhs)\\b");
    private static final Pattern DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>io\\.github\\.equalityframework</groupId>\\s*<artifactId>([^<]+)</artifactId>"
                    + "(.*?)</dependency>",
            Pattern.DOTALL);

    /** Each line of the source that names a plugin package, as {@code file:line: text}. */
    static List<String> pluginReferences(String file, String source) {
        List<String> found = new ArrayList<>();
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (PLUGIN_PACKAGE.matcher(lines.get(i)).find()) {
                found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
        }
        return found;
    }

    /** The plugin modules the build depends on at compile scope (no scope, or compile). */
    static List<String> compileDependenciesOnPlugins(String pom) {
        List<String> found = new ArrayList<>();
        Matcher m = DEPENDENCY.matcher(pom);
        while (m.find()) {
            String artifact = m.group(1);
            boolean plugin = artifact.equals("framework-lga") || artifact.startsWith("plugin-");
            boolean compile = !m.group(2).contains("<scope>") || m.group(2).contains("<scope>compile</scope>");
            if (plugin && compile) {
                found.add(artifact);
            }
        }
        return found;
    }

    @Test
    void noMainSourceOfTheCommandLineNamesAPluginPackage() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "run from the framework-cli module: " + MAIN.toAbsolutePath());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> {
                try {
                    found.addAll(pluginReferences(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theBuildDependsOnNoPluginAtCompileScope() throws IOException {
        assertEquals(List.of(), compileDependenciesOnPlugins(Files.readString(Path.of("pom.xml"))));
    }

    @Test
    void theChecksFindAnImportOfAPluginAndACompileDependencyOnOne() {
        assertEquals(
                List.of(
                        "A.java:2: import io.github.equalityframework.lga.LgaPlugin;",
                        "A.java:3: var r = io.github.equalityframework.workforce.EmployeeCsv.with(c);"),
                pluginReferences(
                        "A.java",
                        "import io.github.equalityframework.migration.EditionMigration;\n"
                                + "import io.github.equalityframework.lga.LgaPlugin;\n"
                                + "  var r = io.github.equalityframework.workforce.EmployeeCsv.with(c);\n"
                                + "// io.github.equalityframework.lgaish is another package\n"));
        assertEquals(List.of("plugin-nhs-eds", "framework-lga"), compileDependenciesOnPlugins("""
                        <dependency>
                          <groupId>io.github.equalityframework</groupId>
                          <artifactId>plugin-nhs-eds</artifactId>
                        </dependency>
                        <dependency>
                          <groupId>io.github.equalityframework</groupId>
                          <artifactId>framework-lga</artifactId>
                          <scope>compile</scope>
                        </dependency>
                        <dependency>
                          <groupId>io.github.equalityframework</groupId>
                          <artifactId>plugin-workforce</artifactId>
                          <scope>runtime</scope>
                        </dependency>
                        <dependency>
                          <groupId>io.github.equalityframework</groupId>
                          <artifactId>framework-core</artifactId>
                        </dependency>
                        """));
    }
}
