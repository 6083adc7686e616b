package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.spi.AssessmentCheck;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Building an engine reports every problem of the profile in one go, after the plugin problems that may
 * cause them; and a profile may say whose rules it runs.
 */
class ProfileProblemsTest {
    private static final String RESOURCES = "io/github/equalityframework/engine/";

    @TempDir
    Path dir;

    @Test
    void everyTypoOfAProfileFileIsReportedInOneRunInFileOrder() throws IOException {
        Path file = Files.writeString(dir.resolve("council.yaml"), """
                id: council
                base: test-strickt
                descripton: Our own profile.
                rules:
                  test.unused-evidense:
                    enabled: false
                  test.unused-evidence:
                    severity: warn
                    parameters:
                      minimun: 2
                """);

        var e = assertThrows(
                InvalidProfileException.class,
                () -> AssessmentEngine.builder()
                        .plugin(new TestFramework.Plugin())
                        .profileFile(file)
                        .build());

        assertEquals(
                List.of(
                        file + ":2:7: base: unknown base profile 'test-strickt'; did you mean 'test-strict'?",
                        file + ":3:1: descripton: unknown field 'descripton'; did you mean 'description'?",
                        file + ":5:3: rules.test.unused-evidense: unknown rule 'test.unused-evidense';"
                                + " did you mean 'test.unused-evidence'?",
                        file + ":8:15: rules.test.unused-evidence.severity: unknown value 'warn';"
                                + " expected one of: info, warning, error",
                        file + ":10:16: rules.test.unused-evidence.parameters.minimun: rule test.unused-evidence has no"
                                + " parameter 'minimun'; did you mean 'minimum'?"),
                formatted(e.problems()));
        assertEquals(List.of(), e.pluginProblems());
    }

    @Test
    void aProfileFileThatCannotBeReadIsReportedWhenTheEngineIsBuilt() {
        Path missing = dir.resolve("council.yaml");
        AssessmentEngine.Builder builder =
                AssessmentEngine.builder().plugin(new TestFramework.Plugin()).profileFile(missing);

        var e = assertThrows(InvalidProfileException.class, builder::build);

        assertEquals(missing + ": file not found", e.getMessage());
    }

    @Test
    void anUnknownProfileNamesThePluginThatNeedsAnotherSdkAndWhy() {
        var e = assertThrows(
                InvalidProfileException.class,
                () -> AssessmentEngine.builder()
                        .plugin(new TestFramework.Plugin())
                        .plugin(new Extra("[9.0,10.0)", RESOURCES + "extra-default.yaml"))
                        .profile("extra-default")
                        .build());

        String notLoaded = "plugin extra: version 2.0 needs SDK [9.0,10.0) but this is SDK "
                + io.github.equalityframework.spi.Sdk.version() + "; it is not loaded";
        assertEquals(
                List.of(new PluginProblem("extra", notLoaded.substring("plugin extra: ".length()))),
                e.pluginProblems());
        assertEquals(
                List.of("unknown profile 'extra-default'; it may be shipped by a plugin that did not load: "
                        + notLoaded),
                formatted(e.problems()));
        assertEquals(
                notLoaded + "\nunknown profile 'extra-default'; it may be shipped by a plugin that did not load: "
                        + notLoaded,
                e.getMessage(),
                "the plugin problem comes first");
    }

    @Test
    void aMistypedProfileNameIsSuggestedAfterThePluginThatDidNotLoad() {
        var e = assertThrows(
                InvalidProfileException.class,
                () -> AssessmentEngine.builder()
                        .plugin(new TestFramework.Plugin())
                        .plugin(new Extra("[9.0,10.0)", RESOURCES + "extra-default.yaml"))
                        .profile("test-strickt")
                        .build());

        assertEquals(
                List.of("unknown profile 'test-strickt'; it may be shipped by a plugin that did not load: plugin extra:"
                        + " version 2.0 needs SDK [9.0,10.0) but this is SDK "
                        + io.github.equalityframework.spi.Sdk.version()
                        + "; it is not loaded (or did you mean 'test-strict'?)"),
                formatted(e.problems()));
    }

    @Test
    void anUnknownProfileNamesThePluginWhoseProfileFileIsBroken() {
        var e = assertThrows(
                InvalidProfileException.class,
                () -> AssessmentEngine.builder()
                        .plugin(new TestFramework.Plugin())
                        .plugin(new Extra("[0.1,1.0)", RESOURCES + "extra-broken.yaml"))
                        .profile("extra-default")
                        .build());

        String broken = e.pluginProblems().get(0).toString();
        assertEquals(
                "plugin extra: " + RESOURCES + "extra-broken.yaml:3:15: rules.extra.note:"
                        + " expected an object (RuleSetting) but found a list",
                broken);
        assertEquals(
                List.of("unknown profile 'extra-default'; it may be shipped by a plugin that did not load: " + broken),
                formatted(e.problems()));
    }

    @Test
    void anUnknownProfileNamesAProfileResourceThatIsNotFound() {
        var e = assertThrows(
                InvalidProfileException.class,
                () -> AssessmentEngine.builder()
                        .plugin(new Extra("[0.1,1.0)", RESOURCES + "extra-missing.yaml"))
                        .profile("extra-default")
                        .build());

        assertEquals(
                "plugin extra: resource " + RESOURCES + "extra-missing.yaml not found\n"
                        + "unknown profile 'extra-default'; it may be shipped by a plugin that did not load:"
                        + " plugin extra: resource " + RESOURCES + "extra-missing.yaml not found",
                e.getMessage());
    }

    @Test
    void aMissingPluginDirectoryIsAPluginProblemThatNamesIt() {
        Path missing = dir.resolve("plugins");
        var e = assertThrows(
                InvalidProfileException.class,
                () -> AssessmentEngine.builder()
                        .plugin(new TestFramework.Plugin())
                        .pluginPath(missing)
                        .profile("anytown-local")
                        .build());

        String problem = "plugin (plugin path): the plugin directory " + missing
                + " does not exist; no plugin is loaded from it";
        assertEquals(
                problem + "\nunknown profile 'anytown-local'; it may be shipped by a plugin that did not load: "
                        + problem,
                e.getMessage());
    }

    @Test
    void aFileGivenAsThePluginDirectoryIsAPluginProblem() throws IOException {
        Path file = Files.writeString(dir.resolve("plugins.jar"), "");
        try (PluginRegistry registry = PluginRegistry.builder().pluginPath(file).build()) {
            assertEquals(
                    List.of(new PluginProblem(
                            "(plugin path)",
                            "the plugin directory " + file
                                    + " is a file, not a directory; no plugin is loaded from it")),
                    registry.problems());
        }
    }

    @Test
    void aProfileThatListsItsPluginsRunsNoRuleOfAnyOther() {
        try (AssessmentEngine engine = AssessmentEngine.builder()
                .plugin(new TestFramework.Plugin())
                .plugin(new Extra("[0.1,1.0)", RESOURCES + "extra-default.yaml"))
                .profile("extra-default")
                .build()) {
            assertEquals(
                    Map.of("extra.note", true, "test.kinds", false, "test.unused-evidence", false),
                    engine.rules().stream().collect(Collectors.toMap(EffectiveRule::id, EffectiveRule::enabled)));
            assertEquals(
                    List.of("extra.note"),
                    engine.assess(TestFramework.sample()).findings().stream()
                            .map(Finding::rule)
                            .toList());
        }
    }

    @Test
    void aProfileWithoutPluginsTakesItsBasesList() throws IOException {
        Path file = Files.writeString(dir.resolve("council.yaml"), """
                id: council
                base: extra-default
                rules:
                  extra.note:
                    severity: error
                """);
        try (AssessmentEngine engine = AssessmentEngine.builder()
                .plugin(new TestFramework.Plugin())
                .plugin(new Extra("[0.1,1.0)", RESOURCES + "extra-default.yaml"))
                .profileFile(file)
                .build()) {
            assertEquals(
                    List.of("extra.note"),
                    engine.rules().stream()
                            .filter(EffectiveRule::enabled)
                            .map(EffectiveRule::id)
                            .toList());
        }
    }

    @Test
    void unknownListedPluginsAndSettingsOfRulesThatDoNotRunAreReported() throws IOException {
        Path file = Files.writeString(dir.resolve("council.yaml"), """
                id: council
                plugins: [tset, extra]
                rules:
                  test.unused-evidence:
                    severity: error
                """);
        Path none = Files.writeString(dir.resolve("none.yaml"), """
                id: none
                plugins: []
                """);

        var e = assertThrows(InvalidProfileException.class, () -> engine(file));
        var empty = assertThrows(InvalidProfileException.class, () -> engine(none));

        assertEquals(
                List.of(
                        file + ":2:11: plugins[0]: no installed plugin has the id 'tset'; did you mean 'test'?",
                        file
                                + ":4:3: rules.test.unused-evidence: rule test.unused-evidence is of plugin test, which the"
                                + " profile's plugins do not list, so it does not run; add test to plugins or remove"
                                + " this setting"),
                formatted(e.problems()));
        assertEquals(
                List.of(none + ":2:1: plugins: lists no plugin, so no rule would run; list the plugins whose rules"
                        + " this profile runs (extra, test), or leave plugins out to run them all"),
                formatted(empty.problems()));
    }

    @Test
    void anEmptyPluginIdAndAPluginThatDidNotLoadAreNamedInTheList() throws IOException {
        Path file = Files.writeString(dir.resolve("council.yaml"), """
                id: council
                plugins: [test, "", extra]
                """);

        var e = assertThrows(
                InvalidProfileException.class,
                () -> AssessmentEngine.builder()
                        .plugin(new TestFramework.Plugin())
                        .plugin(new Extra("[9.0,10.0)", RESOURCES + "extra-default.yaml"))
                        .profileFile(file)
                        .build());

        String notLoaded = "plugin extra: version 2.0 needs SDK [9.0,10.0) but this is SDK "
                + io.github.equalityframework.spi.Sdk.version() + "; it is not loaded";
        assertEquals(
                List.of(
                        file + ":2:17: plugins[1]: must be a plugin id, not empty",
                        file + ":2:21: plugins[2]: no installed plugin has the id 'extra'; it may be one that did not"
                                + " load: " + notLoaded),
                formatted(e.problems()));
    }

    @Test
    void aNullPluginIdIsALocatedProblemNotTheTextNull() throws IOException {
        Path file = Files.writeString(dir.resolve("council.yaml"), """
                id: council
                plugins: [test, ~, extra]
                """);

        var e = assertThrows(InvalidProfileException.class, () -> engine(file));

        assertEquals(List.of(file + ":2:17: plugins[1]: must be a plugin id, not empty"), formatted(e.problems()));
    }

    private static AssessmentEngine engine(Path profile) {
        return AssessmentEngine.builder()
                .plugin(new TestFramework.Plugin())
                .plugin(new Extra("[0.1,1.0)", RESOURCES + "extra-default.yaml"))
                .profileFile(profile)
                .build();
    }

    private static List<String> formatted(List<ValidationProblem> problems) {
        return problems.stream().map(ValidationProblem::format).toList();
    }

    /** A plugin with one check, which notes every assessment, and a profile resource. */
    private record Extra(String sdkRange, String profile) implements EqualityFrameworkPlugin {
        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor("extra", "Extra test plugin", "2.0", sdkRange);
        }

        @Override
        public void setup(PluginContext context) {
            context.addCheck(new AssessmentCheck() {
                @Override
                public String id() {
                    return "extra.note";
                }

                @Override
                public RuleDocumentation documentation() {
                    return new RuleDocumentation("Note", "Notes every assessment.", Severity.INFO, List.of());
                }

                @Override
                public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
                    return List.of(Finding.builder("noted", Severity.INFO)
                            .path("")
                            .message("Noted.")
                            .build());
                }
            });
            context.addProfileResource(profile);
        }
    }
}
