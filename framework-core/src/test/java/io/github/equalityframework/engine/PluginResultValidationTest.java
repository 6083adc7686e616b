package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Severity;
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
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Results a plugin returns are checked before the engine uses them: a level that is not on the
 * framework's scale, or a finding without a code or message, fails that rule with a finding naming it
 * and its plugin; the rest of the report is what it would have been without the plugin. A finding about a
 * path that is not in the assessment is kept for the whole assessment, with an error finding that says so.
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
        Plugin plugin = Plugin.check(List.of(Finding.builder("odd-code", Severity.WARNING)
                .path("claims[0]")
                .message(" ")
                .build()));

        assertFailedOnly(
                assess(plugin),
                "The check odd.rule of plugin odd returned a finding without a message;"
                        + " its results are left out and this report is incomplete.");
    }

    @Test
    void aFindingWithoutACodeFailsTheCheck() {
        Plugin plugin = Plugin.check(List.of(Finding.builder("", Severity.WARNING)
                .path("claims[0]")
                .message("Something")
                .build()));

        assertFailedOnly(
                assess(plugin),
                "The check odd.rule of plugin odd returned a finding without a code;"
                        + " its results are left out and this report is incomplete.");
    }

    @Test
    void aFindingAboutAPathThatIsNotInTheAssessmentIsKeptForTheWholeAssessmentAndReported() {
        assertKeptForTheWhole(
                "claim[0]",
                "The check odd.rule of plugin odd gave a finding (odd) about claim[0], which is not in the assessment"
                        + " (the self-assessment has no field 'claim'; did you mean 'claims'?); it is shown for the"
                        + " whole assessment.");
        assertKeptForTheWhole(
                "claims[3].level",
                "The check odd.rule of plugin odd gave a finding (odd) about claims[3].level, which is not in the"
                        + " assessment (claims has 3 entries); it is shown for the whole assessment.");
        assertKeptForTheWhole(
                "evidence[99999999999]",
                "The check odd.rule of plugin odd gave a finding (odd) about evidence[99999999999], which is not in"
                        + " the assessment (it is not a data path such as claims[0].narrative); it is shown for the"
                        + " whole assessment.");
        assertKeptForTheWhole(
                "claims[0].levle",
                "The check odd.rule of plugin odd gave a finding (odd) about claims[0].levle, which is not in the"
                        + " assessment (claims[0] has no field 'levle'; did you mean 'level'?); it is shown for the"
                        + " whole assessment.");
        assertKeptForTheWhole(
                "peerReview.feedback[0]",
                "The check odd.rule of plugin odd gave a finding (odd) about peerReview.feedback[0], which is not in"
                        + " the assessment (the assessment has no peerReview); it is shown for the whole assessment.");
        assertKeptForTheWhole(
                "organisation[0]",
                "The check odd.rule of plugin odd gave a finding (odd) about organisation[0], which is not in the"
                        + " assessment (organisation is not a list); it is shown for the whole assessment.");
        assertKeptForTheWhole(
                "scope.characteristics[2]",
                "The check odd.rule of plugin odd gave a finding (odd) about scope.characteristics[2], which is not"
                        + " in the assessment (scope.characteristics has 2 entries); it is shown for the whole"
                        + " assessment.");
        assertKeptForTheWhole(
                "localCharacteristics[0]",
                "The check odd.rule of plugin odd gave a finding (odd) about localCharacteristics[0], which is not in"
                        + " the assessment (localCharacteristics is empty); it is shown for the whole assessment.");
        assertKeptForTheWhole(
                "framework.id",
                "The check odd.rule of plugin odd gave a finding (odd) about framework.id, which is not in the"
                        + " assessment (framework is a value with no fields); it is shown for the whole assessment.");
    }

    @Test
    void aFindingAboutAFieldThatIsAbsentButPartOfTheModelIsKeptWhereItSays() {
        for (String path : List.of("claims[2].narrative", "peerReview", "actionPlan.entries", "scope", "claims", "")) {
            AssessmentReport report = assess(Plugin.check(List.of(Finding.builder("odd", Severity.INFO)
                    .path(path)
                    .message("Hm")
                    .build())));

            assertEquals(
                    List.of(new Finding("odd", Severity.INFO, "Hm", path, "odd.rule", "odd")),
                    report.findings().stream()
                            .filter(f -> f.rule().equals("odd.rule"))
                            .toList(),
                    path);
        }
    }

    private void assertKeptForTheWhole(String path, String message) {
        AssessmentReport report = assess(Plugin.check(List.of(
                Finding.builder("odd", Severity.INFO).path(path).message("Hm").build())));

        assertEquals(
                List.of(
                        new Finding("finding-outside-assessment", Severity.ERROR, message, "", "odd.rule", "odd"),
                        new Finding("odd", Severity.INFO, "Hm", "", "odd.rule", "odd")),
                report.findings().stream()
                        .filter(f -> f.rule().equals("odd.rule"))
                        .toList());
        assertEquals(intact.criteria(), report.criteria());
        assertTrue(report.complete(), "nothing the check found is left out");
    }

    @Test
    void aValidFindingIsKeptAndAttributed() {
        AssessmentReport report = assess(Plugin.check(List.of(Finding.builder("odd", Severity.INFO)
                .path("evidence[3]")
                .message("Hm")
                .build())));

        List<Finding> expected = new java.util.ArrayList<>(intact.findings());
        // The finding keeps the severity its check gave it (no profile sets one); findings are in their usual order.
        expected.add(new Finding("odd", Severity.INFO, "Hm", "evidence[3]", "odd.rule", "odd"));
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
