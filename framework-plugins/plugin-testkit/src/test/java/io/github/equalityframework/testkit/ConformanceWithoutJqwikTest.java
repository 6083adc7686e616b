package io.github.equalityframework.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The kit as a council's plugin project uses it, with no jqwik on the test class path: pom.xml runs this class in a
 * surefire execution of its own that leaves jqwik out ({@code without-jqwik}) and sets the property that enables it.
 */
@EnabledIfSystemProperty(named = "testkit.withoutJqwik", matches = "true")
class ConformanceWithoutJqwikTest {
    @Test
    void jqwikIsNotOnTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("net.jqwik.api.Arbitrary"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("net.jqwik.engine.JqwikTestEngine"));
    }

    @Test
    void wellBehavedPluginConforms() {
        assertEquals(
                "Plugin tidy conforms.",
                PluginConformance.of(WellBehavedPlugin.class).check().toString());
    }

    @Test
    void brokenPluginFailsEveryCheckItBreaks() {
        List<String> checks = PluginConformance.of(BrokenPlugin.class).quick().check().failures().stream()
                .map(f -> f.substring(0, f.indexOf(':')))
                .toList();

        assertEquals(
                List.of("discovery", "descriptor", "frameworks", "robustness", "completeness", "determinism"), checks);
    }

    @Test
    void aRuleVerifierFixtureRuns() throws URISyntaxException {
        RuleVerifier.of(new LocalRulesPlugin())
                .alongside(new WellBehavedPlugin())
                .verify(Path.of(ConformanceWithoutJqwikTest.class
                        .getResource("/io/github/equalityframework/testkit/fixtures/narratives.yaml")
                        .toURI()));
    }

    @Test
    void aFailureOnGeneratedAssessmentsNamesTheSeedAndTheCodeThatGivesTheFirstAgain() {
        long seed = 7;
        int count = 40;
        try (AssessmentEngine engine =
                AssessmentEngine.builder().plugin(new WellBehavedPlugin()).build()) {
            FrameworkDefinition framework =
                    engine.catalogue().framework(WellBehavedPlugin.FRAMEWORK).orElseThrow();
            SelfAssessments source = SelfAssessments.of(framework, engine.catalogue());
            List<SelfAssessment> sample = source.sample(count, seed);
            List<Integer> failing = IntStream.range(0, count)
                    .filter(i -> FussyPlugin.failsOn(sample.get(i)))
                    .boxed()
                    .toList();
            assertFalse(failing.isEmpty(), "the sample must have a long narrative for this test to mean anything");
            int first = failing.get(0);

            List<String> failures = PluginConformance.of(FussyPlugin.class)
                    .alongside(new WellBehavedPlugin())
                    .assessments(count)
                    .seed(seed)
                    .check()
                    .failures();

            assertEquals(
                    List.of(
                            "completeness: against tidy-framework, The check fussy.short-narratives of plugin fussy threw"
                                    + " java.lang.IllegalStateException: narrative too long (on " + failing.size()
                                    + " generated self-assessment" + (failing.size() == 1 ? "" : "s")
                                    + " (seed 7), first generated #" + first
                                    + "; to reproduce it: SelfAssessments.of(framework, catalogue).sample("
                                    + (first + 1)
                                    + ", 7L).get(" + first + "))"),
                    failures);
            SelfAssessment again = source.sample(first + 1, seed).get(first);
            assertEquals(sample.get(first), again);
            assertEquals(true, FussyPlugin.failsOn(again));
        }
    }
}
