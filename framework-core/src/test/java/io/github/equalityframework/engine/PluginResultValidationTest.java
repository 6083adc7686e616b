package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.AssessmentCheck;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.ClaimContext;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Score;
import io.github.equalityframework.spi.ScoringRule;
import io.github.equalityframework.spi.Severity;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Results a plugin returns are checked before the engine uses them: a level that is not on the
 * framework's scale, a finding without a code or message, or one about a claim or evidence item that
 * does not exist fails that rule with a finding naming it and its plugin; the rest of the report is
 * what it would have been without the plugin.
 */
class PluginResultValidationTest {
    private final AssessmentReport intact = assess(null);

    @Test
    void aLevelThatIsNotOnTheScaleFailsTheRuleInsteadOfTheEngine() {
        Plugin plugin =
                Plugin.scoring(context -> new Score(new MaturityLevel("platinum", "Platinum", 9, null), List.of()));

        assertFailedOnly(
                assess(plugin),
                "The scoring rule odd.rule of plugin odd returned the level 'platinum' for m1/c1,"
                        + " which is not on the scale of test-framework; its results are left out and this report is incomplete.");
    }

    @Test
    void aLevelWithTheRightIdButAnotherRankIsTakenAsTheScalesOwn() {
        Plugin plugin =
                Plugin.scoring(context -> new Score(new MaturityLevel("excellent", "Excellent", -50, null), List.of()));

        AssessmentReport report = assess(plugin);

        assertEquals(intact.criteria(), report.criteria(), "excellent does not lower any evidenced level");
        assertEquals(intact.findings(), report.findings());
    }

    @Test
    void aFindingWithoutAMessageFailsTheCheck() {
        Plugin plugin = Plugin.check(List.of(Finding.of("odd-code", Severity.WARNING, "claims[0]", " ")));

        assertFailedOnly(
                assess(plugin),
                "The check odd.rule of plugin odd returned a finding without a message;"
                        + " its results are left out and this report is incomplete.");
    }

    @Test
    void aFindingWithoutACodeFailsTheCheck() {
        Plugin plugin = Plugin.check(List.of(Finding.of("", Severity.WARNING, "claims[0]", "Something")));

        assertFailedOnly(
                assess(plugin),
                "The check odd.rule of plugin odd returned a finding without a code;"
                        + " its results are left out and this report is incomplete.");
    }

    @Test
    void aFindingAboutAClaimOrEvidenceThatDoesNotExistFailsTheCheck() {
        assertFailedOnly(
                assess(Plugin.check(List.of(Finding.of("odd", Severity.INFO, "claims[3].level", "Hm")))),
                "The check odd.rule of plugin odd returned a finding about claims[3].level, which is not in the assessment;"
                        + " its results are left out and this report is incomplete.");
        assertFailedOnly(
                assess(Plugin.check(List.of(Finding.of("odd", Severity.INFO, "evidence[99999999999]", "Hm")))),
                "The check odd.rule of plugin odd returned a finding about evidence[99999999999], which is not in the"
                        + " assessment; its results are left out and this report is incomplete.");
    }

    @Test
    void aValidFindingIsKeptAndAttributed() {
        AssessmentReport report = assess(Plugin.check(List.of(Finding.of("odd", Severity.INFO, "evidence[3]", "Hm"))));

        List<Finding> expected = new java.util.ArrayList<>(intact.findings());
        // The profile gives the rule's default severity, warning; findings are in their usual order.
        expected.add(new Finding("odd", Severity.WARNING, "Hm", "evidence[3]", "odd.rule", "odd"));
        expected.sort(Finding.ORDER);
        assertEquals(expected, report.findings());
        assertEquals(intact.criteria(), report.criteria());
    }

    private void assertFailedOnly(AssessmentReport report, String message) {
        assertFalse(report.complete());
        assertEquals(intact.criteria(), report.criteria());
        assertEquals(intact.overall(), report.overall());
        assertEquals(
                new Finding("rule-failed", Severity.ERROR, message, "", "odd.rule", "odd"),
                report.findings().get(0));
        assertEquals(
                intact.findings(),
                report.findings().subList(1, report.findings().size()));
    }

    private static AssessmentReport assess(Plugin plugin) {
        var builder =
                AssessmentEngine.builder().plugin(new TestFramework.Plugin()).clock(AssessmentEngineTest.DECEMBER_2024);
        if (plugin != null) {
            builder.plugin(plugin);
        }
        try (AssessmentEngine engine = builder.build()) {
            return engine.assess(TestFramework.sample());
        }
    }

    /** A plugin with one rule, named odd.rule, whose results the test gives. */
    private record Plugin(Function<ClaimContext, Score> scores, List<Finding> findings)
            implements EqualityFrameworkPlugin {
        static Plugin scoring(Function<ClaimContext, Score> scores) {
            return new Plugin(scores, null);
        }

        static Plugin check(List<Finding> findings) {
            return new Plugin(null, findings);
        }

        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor("odd", "Plugin returning odd results", "1.0", "[0.1,1.0)");
        }

        @Override
        public void setup(PluginContext context) {
            RuleDocumentation doc =
                    new RuleDocumentation("Odd", "Returns what the test says.", Severity.WARNING, List.of());
            if (scores != null) {
                context.addScoringRule(new ScoringRule() {
                    @Override
                    public String id() {
                        return "odd.rule";
                    }

                    @Override
                    public RuleDocumentation documentation() {
                        return doc;
                    }

                    @Override
                    public Score score(ClaimContext context, RuleParameters parameters) {
                        return scores.apply(context);
                    }
                });
            } else {
                context.addCheck(new AssessmentCheck() {
                    @Override
                    public String id() {
                        return "odd.rule";
                    }

                    @Override
                    public RuleDocumentation documentation() {
                        return doc;
                    }

                    @Override
                    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
                        return findings;
                    }
                });
            }
        }
    }
}
