package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.github.equalityframework.spi.Sdk;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A plugin that misbehaves gives the documented outcome, and the rest of the report stays intact: the
 * well-behaved test plugin is always installed alongside, and its results are compared with a run
 * without the faulty plugin.
 */
class PluginFaultIsolationTest {
    private static final Duration BUDGET = Duration.ofMillis(200);

    /** The report of the well-behaved test plugin alone. */
    private final AssessmentReport intact = assess();

    @Test
    void pluginThatThrowsInSetupIsReportedAndNothingOfItIsLoaded() {
        var faulty = new FaultyPlugin("broken-setup", context -> {
            context.addCheck(new FixedCheck("broken-setup.never", List.of()));
            throw new IllegalStateException("no database");
        });
        try (AssessmentEngine engine = engine(faulty)) {
            assertEquals(
                    List.of(
                            new PluginProblem(
                                    "broken-setup",
                                    "failed while setting up, so nothing of it is loaded: java.lang.IllegalStateException: no database")),
                    engine.plugins().problems());
            assertTrue(
                    engine.plugins().rule("broken-setup.never").isEmpty(),
                    "its rule added before the throw is dropped");
            assertEquals(
                    List.of("test"),
                    engine.plugins().plugins().stream()
                            .map(PluginDescriptor::id)
                            .toList());
            assertEquals(intact, engine.assess(TestFramework.sample()));
        }
    }

    @Test
    void checkThatThrowsGivesAnErrorFindingNamingRuleAndPlugin() {
        var faulty = new FaultyPlugin(
                "throwing-check",
                context -> context.addCheck(new AssessmentCheck() {
                    @Override
                    public String id() {
                        return "throwing-check.boom";
                    }

                    @Override
                    public RuleDocumentation documentation() {
                        return documented("Throws");
                    }

                    @Override
                    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
                        throw new IllegalArgumentException("boom");
                    }
                }));

        AssessmentReport report = assess(faulty);

        assertFailedOnly(
                report,
                new Finding(
                        "rule-failed",
                        Severity.ERROR,
                        "The check throwing-check.boom of plugin throwing-check"
                                + " threw java.lang.IllegalArgumentException: boom; its results are left out and this report is incomplete.",
                        "",
                        "throwing-check.boom",
                        "throwing-check"));
    }

    @Test
    void checkThatReturnsNullGivesAnErrorFinding() {
        var faulty =
                new FaultyPlugin("null-check", context -> context.addCheck(new FixedCheck("null-check.nothing", null)));

        AssessmentReport report = assess(faulty);

        assertFailedOnly(
                report,
                new Finding(
                        "rule-failed",
                        Severity.ERROR,
                        "The check null-check.nothing of plugin null-check"
                                + " returned nothing (null); its results are left out and this report is incomplete.",
                        "",
                        "null-check.nothing",
                        "null-check"));
    }

    @Test
    void scoringRuleThatRunsPastItsBudgetIsAbandonedAndLeftOutOfTheEvidencedLevel() {
        var faulty = new FaultyPlugin(
                "slow",
                context -> context.addScoringRule(new ScoringRule() {
                    @Override
                    public String id() {
                        return "slow.sleeper";
                    }

                    @Override
                    public RuleDocumentation documentation() {
                        return documented("Sleeps");
                    }

                    @Override
                    public Score score(ClaimContext context, RuleParameters parameters) {
                        try {
                            Thread.sleep(Duration.ofSeconds(30).toMillis());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return new Score(context.framework().scale().lowest(), List.of("slept"));
                    }
                }));

        long started = System.nanoTime();
        AssessmentReport report = assess(faulty);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "abandoned after its budget, took " + took);
        assertFailedOnly(
                report,
                new Finding(
                        "rule-failed",
                        Severity.ERROR,
                        "The scoring rule slow.sleeper of plugin slow"
                                + " ran past its time budget of 200 ms; its results are left out and this report is incomplete.",
                        "",
                        "slow.sleeper",
                        "slow"));
    }

    @Test
    void missingResourceIsAProblemOfThePluginAndTheRestOfItLoads() {
        var careless = new FaultyPlugin("careless", context -> {
            context.addFrameworkResource("io/github/equalityframework/engine/no-such-framework.yaml");
            context.addCheck(new FixedCheck("careless.check", List.of()));
        });
        try (AssessmentEngine engine = engine(careless)) {
            assertEquals(
                    List.of(new PluginProblem(
                            "careless",
                            "resource io/github/equalityframework/engine/no-such-framework.yaml not found")),
                    engine.plugins().problems());
            assertTrue(engine.plugins().rule("careless.check").isPresent());
            assertEquals(intact, engine.assess(TestFramework.sample()));
        }
    }

    @Test
    void pluginNeedingAnotherSdkIsRefusedNamingThePluginAndBothVersions() {
        var future = new FaultyPlugin(
                "future", "[9.0,10.0)", context -> context.addCheck(new FixedCheck("future.check", List.of())));
        try (AssessmentEngine engine = engine(future)) {
            assertEquals(
                    List.of(new PluginProblem(
                            "future",
                            "version 2.3.4 needs SDK [9.0,10.0) but this is SDK " + Sdk.version()
                                    + "; it is not loaded")),
                    engine.plugins().problems());
            assertEquals(
                    "plugin future: version 2.3.4 needs SDK [9.0,10.0) but this is SDK " + Sdk.version()
                            + "; it is not loaded",
                    engine.plugins().problems().get(0).toString());
            assertTrue(engine.plugins().rule("future.check").isEmpty());
            assertEquals(intact, engine.assess(TestFramework.sample()));
        }
    }

    @Test
    void secondPluginWithTheSameIdIsRefusedAndTheFirstKept() {
        var first = new FaultyPlugin("twin", context -> context.addCheck(new FixedCheck("twin.first", List.of())));
        var second = new FaultyPlugin("twin", context -> context.addCheck(new FixedCheck("twin.second", List.of())));
        try (AssessmentEngine engine = engine(first, second)) {
            String name = FaultyPlugin.class.getName();
            assertEquals(
                    List.of(new PluginProblem(
                            "twin",
                            "two plugins have this id (" + name + " and " + name + "); only the first is loaded")),
                    engine.plugins().problems());
            assertTrue(engine.plugins().rule("twin.first").isPresent());
            assertTrue(engine.plugins().rule("twin.second").isEmpty());
            assertEquals(intact, engine.assess(TestFramework.sample()));
        }
    }

    @Test
    void everyFaultAtOnceStillLeavesTheWellBehavedPluginsResultsIntact() {
        var throwing = new FaultyPlugin(
                "throwing",
                context -> context.addCheck(new FixedCheck("throwing.boom", null) {
                    @Override
                    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
                        throw new UnsupportedOperationException();
                    }
                }));
        var empty = new FaultyPlugin("empty", context -> context.addCheck(new FixedCheck("empty.nothing", null)));
        var reporting = new FaultyPlugin(
                "reporting",
                context -> context.addCheck(new FixedCheck(
                        "reporting.note",
                        List.of(Finding.builder("note", Severity.INFO)
                                .path("")
                                .message("A note.")
                                .build()))));

        AssessmentReport report = assess(throwing, empty, reporting);

        assertFalse(report.complete());
        assertEquals(intact.criteria(), report.criteria());
        // The note keeps the severity its check gave it (info), so it sorts after the warning.
        assertEquals(
                List.of(
                        "rule-failed/empty.nothing",
                        "rule-failed/throwing.boom",
                        "unused-evidence/test.unused-evidence",
                        "note/reporting.note"),
                report.findings().stream().map(f -> f.code() + "/" + f.rule()).toList());
    }

    /** The report has the intact report's results plus exactly one failure finding, and is incomplete. */
    private void assertFailedOnly(AssessmentReport report, Finding failure) {
        assertFalse(report.complete());
        assertEquals(intact.criteria(), report.criteria());
        assertEquals(intact.modules(), report.modules());
        assertEquals(intact.overall(), report.overall());
        assertEquals(intact.coverage(), report.coverage());
        assertEquals(List.of(failure, intact.findings().get(0)), report.findings());
        assertEquals(1, intact.findings().size(), "the intact report has the unused-evidence warning");
    }

    private static AssessmentReport assess(EqualityFrameworkPlugin... plugins) {
        try (AssessmentEngine engine = engine(plugins)) {
            return engine.assess(TestFramework.sample());
        }
    }

    private static AssessmentEngine engine(EqualityFrameworkPlugin... plugins) {
        var builder = AssessmentEngine.builder()
                .plugin(new TestFramework.Plugin())
                .clock(AssessmentEngineTest.DECEMBER_2024)
                .ruleTimeBudget(BUDGET);
        for (EqualityFrameworkPlugin plugin : plugins) {
            builder.plugin(plugin);
        }
        return builder.build();
    }

    private static RuleDocumentation documented(String title) {
        return new RuleDocumentation(title, "A rule of a faulty test plugin.", Severity.WARNING, List.of());
    }

    /** A plugin whose setup is given by the test. */
    private static final class FaultyPlugin implements EqualityFrameworkPlugin {
        private final PluginDescriptor descriptor;
        private final Consumer<PluginContext> setup;

        FaultyPlugin(String id, Consumer<PluginContext> setup) {
            this(id, "[0.1,1.0)", setup);
        }

        FaultyPlugin(String id, String sdkRange, Consumer<PluginContext> setup) {
            this.descriptor = new PluginDescriptor(id, "Faulty plugin " + id, "2.3.4", sdkRange);
            this.setup = setup;
        }

        @Override
        public PluginDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public void setup(PluginContext context) {
            setup.accept(context);
        }
    }

    /** A check that always returns the same findings (or {@code null}). */
    private static class FixedCheck implements AssessmentCheck {
        private final String id;
        private final List<Finding> findings;

        FixedCheck(String id, List<Finding> findings) {
            this.id = id;
            this.findings = findings;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public RuleDocumentation documentation() {
            return documented(id);
        }

        @Override
        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
            return findings;
        }
    }
}
