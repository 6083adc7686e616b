package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin that hangs in setup, a plugin jar that is no jar, and a plugin that ends the program: each is
 * reported and the command exits 3, never a silent success.
 */
class PluginFaultsCliTest {
    @TempDir
    Path dir;

    @Test
    void aPluginWhoseSetupNeverReturnsIsReportedAfterItsBudgetAndTheRestStillRuns() throws IOException {
        Path plugins = dir.resolve("plugins");
        PluginJars.plugin(plugins, "StuckPlugin", "stuck-rules", """
                while (true) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        // a setup that ignores being told to stop
                    }
                }
                """);
        System.setProperty(PluginOptions.SETUP_BUDGET, "0.5");
        Run run;
        try {
            run = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--fail-on", "none", "--plugin-path", plugins.toString());
        } finally {
            System.clearProperty(PluginOptions.SETUP_BUDGET);
        }

        assertEquals(3, run.exitCode(), run.err());
        assertTrue(
                run.err()
                        .lines()
                        .anyMatch(
                                "eflg: plugin stuck-rules: setup did not finish within 3 s (waiting, not working); not loaded"
                                        ::equals),
                run.err());
        assertTrue(
                run.out().contains("Anytown Borough Council, Equality Framework for Local Government 2021"), run.out());
    }

    @Test
    void aTextFileOrAnEmptyFileNamedJarIsReportedByNameAndTheCommandExitsThree() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path text = Files.writeString(plugins.resolve("council-rules.jar"), "rule: every EIA is signed off\n");
        Path empty = Files.createFile(plugins.resolve("more-rules.jar"));

        Run assess =
                Cli.eflg("assess", Cli.EXAMPLE.toString(), "--fail-on", "none", "--plugin-path", plugins.toString());
        Run validate = Cli.eflg("validate", Cli.EXAMPLE.toString(), "--plugin-path", plugins.toString());

        for (Run run : List.of(assess, validate)) {
            assertEquals(3, run.exitCode(), run.err());
            assertTrue(
                    run.err()
                            .contains(
                                    "eflg: plugin " + text
                                            + ": cannot be read as a jar (zip END header not found); nothing in it is loaded\n"),
                    run.err());
            assertTrue(
                    run.err()
                            .contains("eflg: plugin " + empty
                                    + ": cannot be read as a jar (zip file is empty); nothing in it is loaded\n"),
                    run.err());
        }
    }

    @Test
    void aPluginThatCallsSystemExitMakesTheCommandExitThreeWithAMessage() throws Exception {
        Path plugins = dir.resolve("plugins");
        PluginJars.plugin(plugins, "ExitingPlugin", "exiting-rules", "System.exit(0);");

        Process eflg = Cli.process(
                List.of("assess", Cli.EXAMPLE.toString(), "--fail-on", "none", "--plugin-path", plugins.toString()),
                ProcessBuilder.Redirect.DISCARD);
        // bounded only so that a broken build fails instead of hanging
        assertTrue(eflg.waitFor(120, TimeUnit.SECONDS), "eflg ended");
        String err = new String(eflg.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(3, eflg.exitValue(), err);
        assertEquals(
                "eflg: the command did not finish: org.example.ExitingPlugin.setup called System.exit while it ran"
                        + " (a plugin?); exit 3\n",
                err);
    }

    @Test
    void aCommandThatFinishesExitsWithItsOwnCodeInItsOwnProcess() throws Exception {
        Process eflg = Cli.process(
                List.of("assess", Cli.EXAMPLE.toString(), "--target", "excellent", "--fail-on", "none"),
                ProcessBuilder.Redirect.DISCARD);
        assertTrue(eflg.waitFor(120, TimeUnit.SECONDS), "eflg ended");
        String err = new String(eflg.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(1, eflg.exitValue(), err);
        assertFalse(err.contains("did not finish"), err);
    }
}
