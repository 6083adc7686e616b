package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.cli.Cli.Run;
import io.github.equalityframework.spi.Sdk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the user sees when a plugin's problem stands behind another: the plugin problem first, with its
 * cause, then the problem it causes; never only "unknown profile".
 */
class PluginProblemsCliTest {
    private static final String PROFILE = "anytown/anytown-local.yaml";
    private static final String SETUP = "context.addProfileResource(\"" + PROFILE + "\");";

    @TempDir
    Path dir;

    @Test
    void aPluginPathThatDoesNotExistIsBadUsageNamingThePath() {
        Path missing = dir.resolve("plugins");
        for (String command : List.of("assess", "validate")) {
            Run run = Cli.eflg(command, Cli.EXAMPLE.toString(), "--plugin-path", missing.toString());

            assertEquals(2, run.exitCode(), run.err());
            assertEquals(
                    "eflg: --plugin-path " + missing + ": no such directory\n" + "Run 'eflg " + command
                            + " --help' for usage.\n",
                    run.err());
        }
    }

    @Test
    void aPluginPathThatIsAFileIsBadUsageNamingThePath() throws IOException {
        Path jar = Files.writeString(dir.resolve("anytown.jar"), "");

        Run run = Cli.eflg("plugins", "--plugin-path", jar.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(
                "eflg: --plugin-path " + jar + " is a file, not a directory of plugin jars\n"
                        + "Run 'eflg plugins --help' for usage.\n",
                run.err());
    }

    @Test
    void anUnknownProfileOfAPluginThatNeedsAnotherSdkSaysWhichPluginAndWhy() throws IOException {
        Path plugins = dir.resolve("plugins");
        PluginJars.plugin(
                plugins,
                "AnytownPlugin",
                "anytown",
                "[9.0,10.0)",
                SETUP,
                Map.of(PROFILE, "id: anytown-local\nbase: lga-default\n"));

        Run run = Cli.eflg(
                "assess", Cli.EXAMPLE.toString(), "--profile", "anytown-local", "--plugin-path", plugins.toString());

        String why = "plugin anytown: version 1.0 needs SDK [9.0,10.0) but this is SDK " + Sdk.version()
                + "; it is not loaded";
        assertEquals(3, run.exitCode(), run.err());
        assertEquals(
                "eflg: " + why + "\n"
                        + "unknown profile 'anytown-local'; it may be shipped by a plugin that did not load: " + why
                        + "\n",
                run.err());
        assertEquals("", run.out());
    }

    /** What a plugin's broken profile is reported as: a list where the rule's settings (an object) belong. */
    private static final String BROKEN_PROFILE = "plugin anytown: " + PROFILE
            + ":4:31: rules.lga.claim-without-evidence: expected an object (RuleSetting) but found a list";

    /** A plugin whose profile {@code anytown-local} gives a rule a list instead of its settings. */
    private Path pluginWithABrokenProfile() throws IOException {
        Path plugins = dir.resolve("plugins");
        PluginJars.plugin(
                plugins,
                "AnytownPlugin",
                "anytown",
                "[0.1,1.0)",
                SETUP,
                Map.of(PROFILE, "id: anytown-local\nbase: lga-default\nrules:\n  lga.claim-without-evidence: [off]\n"));
        return plugins;
    }

    @Test
    void aBrokenProfileFileInAPluginJarIsNamedWithItsLocationBeforeTheUnknownProfile() throws IOException {
        Path plugins = pluginWithABrokenProfile();

        Run run = Cli.eflg(
                "assess", Cli.EXAMPLE.toString(), "--profile", "anytown-local", "--plugin-path", plugins.toString());

        String why = BROKEN_PROFILE;
        assertEquals(3, run.exitCode(), run.err());
        assertEquals(
                "eflg: " + why + "\n"
                        + "unknown profile 'anytown-local'; it may be shipped by a plugin that did not load: " + why
                        + "\n",
                run.err());
    }

    @Test
    void aBrokenProfileInAPluginJarIsReadOnlyByTheCommandsThatNeedIt() throws IOException {
        Path plugins = pluginWithABrokenProfile();
        String why = BROKEN_PROFILE;

        Run validate = Cli.eflg("validate", Cli.EXAMPLE.toString(), "--plugin-path", plugins.toString());
        Run assess = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--plugin-path", plugins.toString());
        Run lgaDefault = Cli.eflg(
                "assess", Cli.EXAMPLE.toString(), "--profile", "lga-default", "--plugin-path", plugins.toString());
        Run listing = Cli.eflg("plugins", "--plugin-path", plugins.toString());

        assertEquals(0, validate.exitCode(), validate.err());
        assertEquals("", validate.err());
        assertEquals("", assess.err());
        assertEquals("", lgaDefault.err());
        assertEquals(3, listing.exitCode(), listing.err());
        assertEquals("eflg: " + why + "\n", listing.err(), "the listing reads every profile");
    }

    @Test
    void everyTypoOfAProfileFileIsShownInOneRun() throws IOException {
        Path profile = Files.writeString(dir.resolve("council.yaml"), """
                id: council
                base: lga-defualt
                descripton: Our profile.
                rules:
                  lga.claim-without-evidense:
                    severity: warn
                """);

        Run run = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--profile", profile.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(
                profile + ":2:7: base: unknown base profile 'lga-defualt'; did you mean 'lga-default'?\n"
                        + profile + ":3:1: descripton: unknown field 'descripton'; did you mean 'description'?\n"
                        + profile + ":5:3: rules.lga.claim-without-evidense: unknown rule 'lga.claim-without-evidense';"
                        + " did you mean 'lga.claim-without-evidence'?\n"
                        + profile
                        + ":6:15: rules.lga.claim-without-evidense.severity: unknown value 'warn'; expected one of:"
                        + " info, warning, error\n",
                run.err());
    }
}
