package io.github.equalityframework.it.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ListPlugins} in a child JVM, once with everything on the class path and once with
 * everything on the module path, and expects the same plugins and frameworks both ways.
 */
class DiscoveryOnBothPathsTest {
    @TempDir
    Path dir;

    private static final String MODULE = "io.github.equalityframework.it.modulepath";
    private static final String LGA = "io.github.equalityframework.lga.LgaPlugin";

    @Test
    void lgaEditionsAreFoundOnTheClassPath() throws Exception {
        assertEquals(expected("the unnamed module"), run("-cp", ChildJvm.path(), ListPlugins.class.getName()));
    }

    @Test
    void lgaEditionsAreFoundOnTheModulePath() throws Exception {
        assertEquals(
                expected("module io.github.equalityframework.lga"),
                run("--module-path", ChildJvm.path(), "--module", MODULE + "/" + ListPlugins.class.getName()));
    }

    private static List<String> expected(String lgaModule) {
        return List.of(
                "provider " + LGA + " in " + lgaModule,
                "plugins lga",
                "frameworks lga-eflg-2009 lga-eflg-2014 lga-eflg-2021",
                "profiles lga-default",
                "validation problems 0",
                "report lga-eflg-2021 overall not-assessed complete true json ok",
                "migrated lga-eflg-2021 m1/c1 developing",
                "rendered markdown html",
                "schemas action-plan framework-definition peer-review report rule-profile self-assessment");
    }

    private List<String> run(String... arguments) throws IOException, InterruptedException {
        List<String> command = ChildJvm.command(arguments);
        // Standard error goes to a file, to show on failure.
        Path errors = Files.createTempFile(dir, "child", ".err");
        Process process =
                new ProcessBuilder(command).redirectError(errors.toFile()).start();
        // Read before waiting, so that a full pipe cannot stall the child.
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not finish in 20 s:\n" + output);
        }
        String log = Files.readString(errors);
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + "\n" + output + log);
        return output.lines().toList();
    }
}
