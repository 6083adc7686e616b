package io.github.equalityframework.it.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the test kit's conformance checks on the LGA plugin in a child JVM, once on the class path and once on the module
 * path, where discovery needs {@code provides} and the plugin's data needs its packages opened to the core. Neither
 * child JVM has jqwik: the kit generates its assessments without it.
 */
class ConformanceOnBothPathsTest {
    @TempDir
    Path dir;

    private static final String MODULE = "io.github.equalityframework.it.modulepath";

    @Test
    void theLgaPluginConformsOnTheClassPath() throws Exception {
        assertEquals(List.of("Plugin lga conforms."), run("-cp", ChildJvm.path(), CheckConformance.class.getName()));
    }

    @Test
    void theLgaPluginConformsOnTheModulePath() throws Exception {
        assertEquals(
                List.of("Plugin lga conforms."),
                run(
                        "--module-path",
                        ChildJvm.path(),
                        // As surefire runs tests on the module path: the kit is an automatic module, whose own
                        // dependency (opentest4j) no module requires by name.
                        "--add-modules",
                        "ALL-MODULE-PATH",
                        "--module",
                        MODULE + "/" + CheckConformance.class.getName()));
    }

    @Test
    void theChildJvmsRunTheKitWithoutJqwik() throws Exception {
        List<String> path = List.of(ChildJvm.path().split(File.pathSeparator));

        assertTrue(path.stream().anyMatch(p -> p.contains("plugin-testkit")), path::toString);
        assertEquals(List.of(), path.stream().filter(p -> p.contains("jqwik")).toList());
    }

    private List<String> run(String... arguments) throws IOException, InterruptedException {
        List<String> command = ChildJvm.command(arguments);
        Path errors = Files.createTempFile(dir, "child", ".err");
        Process process =
                new ProcessBuilder(command).redirectError(errors.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not finish in 120 s:\n" + output);
        }
        String log = Files.readString(errors);
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + "\n" + output + log);
        return output.lines().toList();
    }
}
