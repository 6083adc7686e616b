package io.github.equalityframework.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import io.github.equalityframework.spi.Sdk;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class PluginConformanceTest {
    private static final String SERVICES = "META-INF/services/" + EqualityFrameworkPlugin.class.getName();

    @Test
    void wellBehavedPluginConforms() {
        ConformanceReport report = PluginConformance.of(WellBehavedPlugin.class).check();

        assertEquals(new ConformanceReport("tidy", List.of()), report);
        assertTrue(report.passed());
        assertEquals("Plugin tidy conforms.", report.toString());
        PluginConformance.of(new WellBehavedPlugin()).assessments(10).assertConforms();
    }

    @Test
    void brokenPluginFailsWithEveryFaultOnItsOwnLine() {
        List<String> failures = PluginConformance.of(BrokenPlugin.class).check().failures();

        assertEquals(
                List.of(
                        "discovery: ServiceLoader does not find " + BrokenPlugin.class.getName() + "; list it in "
                                + SERVICES
                                + " (class path) or declare 'provides " + EqualityFrameworkPlugin.class.getName()
                                + " with "
                                + BrokenPlugin.class.getName() + "' in module-info.java (module path)",
                        "descriptor: SDK range [9.0,10.0) does not contain this SDK, version " + Sdk.version()
                                + ", so the engine will not load the plugin (the other checks ran as if it would)",
                        "frameworks: framework broken-gappy is invalid: modules[0].criteria[1].descriptors:"
                                + " criterion 'm1/c2' has no descriptor for level 'excellent'",
                        "robustness: against broken-valid, The check broken.throws of plugin broken threw"
                                + " java.lang.IllegalStateException: kaboom (on the minimal self-assessment;"
                                + " every criterion claimed at developing; every criterion claimed at achieving;"
                                + " every criterion claimed at excellent)",
                        "completeness: against broken-valid, The check broken.throws of plugin broken threw"
                                + " java.lang.IllegalStateException: kaboom (on 50 generated self-assessments (seed 20210401),"
                                + " first generated #0; to reproduce it: SelfAssessments.of(framework, catalogue)"
                                + ".sample(1, 20210401L).get(0))"),
                failures.subList(0, 5));
        assertEquals(6, failures.size(), String.join("\n", failures));
        String determinism = failures.get(5);
        assertTrue(
                determinism.startsWith(
                        "determinism: against broken-valid, assessing again gives a different report for "),
                determinism);
        assertTrue(determinism.contains(" of 54 self-assessments (seed 20210401); first, "), determinism);
    }

    @Test
    void assertConformsThrowsWithEveryFailureOnItsOwnLine() {
        var conformance = PluginConformance.of(BrokenPlugin.class);

        AssertionFailedError error = assertThrows(AssertionFailedError.class, conformance::assertConforms);

        List<String> lines = error.getMessage().lines().toList();
        assertEquals("Plugin broken does not conform (6 failures):", lines.get(0));
        assertEquals(7, lines.size());
        assertTrue(lines.get(1).startsWith("  - discovery: "), lines.get(1));
        assertTrue(lines.get(6).startsWith("  - determinism: "), lines.get(6));
    }

    @Test
    void ruleThatKeepsStateInAFieldFailsOnlyTheThreadSafetyCheck() {
        List<String> failures = PluginConformance.of(RacyPlugin.class).check().failures();

        assertEquals(1, failures.size(), String.join("\n", failures));
        assertTrue(
                failures.get(0)
                        .startsWith("thread safety: against racy-framework, assessing from 8 threads at once"
                                + " gives a different report for "),
                failures.get(0));
        assertTrue(failures.get(0).contains(".reasons[0] was scored "), failures.get(0));
    }

    @Test
    void rulesOnlyPluginIsCheckedAlongsideThePluginWithItsFramework() {
        assertEquals(
                List.of(
                        "profiles: profile local-default does not resolve: io/github/equalityframework/testkit/local-default.yaml:2:7:"
                                + " base: unknown base profile 'tidy-default'; did you mean 'local-default'?",
                        "rules: none of the rules applies to an installed framework (none is installed); add the plugin that"
                                + " ships the frameworks with PluginConformance.alongside(...)"),
                PluginConformance.of(LocalRulesPlugin.class).check().failures());

        PluginConformance.of(LocalRulesPlugin.class)
                .alongside(new WellBehavedPlugin())
                .assertConforms();
    }

    @Test
    void aFindingAboutAPathThatIsNotInTheAssessmentFailsTheCheckThatGaveIt() {
        List<String> failures = PluginConformance.of(MisplacingPlugin.class)
                .alongside(new WellBehavedPlugin())
                .assessments(10)
                .check()
                .failures();

        String fault = "against tidy-framework, The check misplacing.claim-path of plugin misplacing gave a finding"
                + " (claimed) about claim[0], which is not in the assessment (the self-assessment has no field 'claim';"
                + " did you mean 'claims'?) (on ";
        assertEquals(2, failures.size(), String.join("\n", failures));
        assertTrue(
                failures.get(0).startsWith("robustness: " + fault + "every criterion claimed at developing; "),
                failures.get(0));
        assertTrue(failures.get(1).startsWith("completeness: " + fault), failures.get(1));
    }

    @Test
    void companionsFaultsAreNotBlamedOnThePluginUnderTest() {
        EqualityFrameworkPlugin noisy = new EqualityFrameworkPlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return new PluginDescriptor("noisy", "Faulty companion", "1", "[0.1,1.0)");
            }

            @Override
            public void setup(PluginContext context) {
                context.addCheck(new BrokenPlugin.ThrowingCheck());
                context.addFrameworkResource("io/github/equalityframework/testkit/missing.yaml");
            }
        };

        PluginConformance.of(LocalRulesPlugin.class)
                .alongside(noisy, new BrokenPlugin(), new WellBehavedPlugin())
                .assertConforms();
    }

    @Test
    void pluginThatCannotBeCreatedOrDescribedIsListedInFull() {
        String type = BadlyDescribedPlugin.class.getName();

        assertEquals(
                List.of(
                        "discovery: ServiceLoader does not find " + type + "; list it in " + SERVICES
                                + " (class path) or declare" + " 'provides " + EqualityFrameworkPlugin.class.getName()
                                + " with " + type + "' in module-info.java (module path)",
                        "constructor: " + type
                                + " has no public no-argument constructor, so ServiceLoader cannot create it",
                        "descriptor: id 'Badly Described' is not lower-case words joined by hyphens, e.g. anytown-local",
                        "descriptor: name is blank",
                        "descriptor: version is blank",
                        "descriptor: SDK range 'one point oh' is not a version range such as [0.1,1.0), so the engine will not"
                                + " load the plugin (the other checks ran as if it would)",
                        "rules: rule unprefixed is already provided by plugin Badly Described; this one is ignored",
                        "rules: id 'unprefixed' does not follow the convention Badly Described.<kebab-case name>,"
                                + " e.g. Badly Described.evidence-recency",
                        "rules: rule unprefixed has no description in its documentation",
                        "profiles: the plugin has rules but ships no profile; ship a default one with PluginContext.addProfileResource",
                        "rules: none of the rules applies to an installed framework (none is installed); add the plugin that ships"
                                + " the frameworks with PluginConformance.alongside(...)"),
                PluginConformance.of(new BadlyDescribedPlugin("")).check().failures());
    }

    @Test
    void settingsAreChecked() {
        var conformance = PluginConformance.of(WellBehavedPlugin.class);
        assertThrows(IllegalArgumentException.class, () -> conformance.assessments(0));
        assertThrows(IllegalArgumentException.class, () -> conformance.threads(1));
    }

    @Test
    void aBrokenProfileFileIsNamedWithWhatIsBroken() {
        List<String> failures =
                PluginConformance.of(BrokenProfilePlugin.class).check().failures();

        String unreadable = "io/github/equalityframework/testkit/unreadable-default.yaml";
        String missing = "io/github/equalityframework/testkit/no-such-profile.yaml";
        assertEquals(
                List.of(
                        "profiles: profile file is broken: " + unreadable
                                + ":4:21: rules.unreadable.quiet: expected an object (RuleSetting) but found a list",
                        "profiles: profile file is broken: " + unreadable
                                + ":5:1: rules.unreadable.quiet: cannot read the document: expected ',' or ']', but got"
                                + " <stream end> (while parsing a flow sequence that starts at line 4, column 21)",
                        "profiles: profile file " + missing + " not found",
                        "profiles: the plugin has rules but none of its profile files (" + unreadable + ", " + missing
                                + ") loaded, so it has no profile; see the failures of each file above"),
                failures);
    }

    @Test
    void quickModeRunsEveryCheckOnFewerAssessments() {
        List<String> failures =
                PluginConformance.of(BrokenPlugin.class).quick().check().failures();

        assertEquals(6, failures.size(), String.join("\n", failures));
        assertEquals(
                "completeness: against broken-valid, The check broken.throws of plugin broken threw"
                        + " java.lang.IllegalStateException: kaboom (on 5 generated self-assessments (seed 20210401),"
                        + " first generated #0; to reproduce it: SelfAssessments.of(framework, catalogue)"
                        + ".sample(1, 20210401L).get(0))",
                failures.get(4));
        assertTrue(failures.get(5).contains(" of 9 self-assessments (seed 20210401); first, "), failures.get(5));
        assertTrue(PluginConformance.of(WellBehavedPlugin.class).quick().check().passed());
    }
}
