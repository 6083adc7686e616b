package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.SelfAssessment;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The engine's work grows linearly with the evidence register: counted in look-ups and rule calls, not
 * time, so that the check is the same on every machine. A quadratic look-up (scanning the register for
 * each reference) would either bypass the index, which this test sees as missing look-ups, or multiply them.
 */
class AssessmentScalingTest {
    static final List<String> CRITERIA = List.of("m1/c1", "m1/c2", "m2/c1");
    static final List<String> KINDS = List.of("policy", "equality-data", "outcome-measure", "minutes");

    /** The work one assessment did. */
    record Work(long lookups, long inserts, long scoreCalls, long evidenceSeenByRules, long checkCalls) {}

    @Test
    void tenTimesTheEvidenceIsAtMostElevenTimesTheWork() {
        Work small = assess(10_000);
        Work large = assess(100_000);

        // Every claim reference is resolved through the index exactly once, and every item is indexed once.
        assertEquals(10_000, small.lookups());
        assertEquals(10_000, small.inserts());
        assertEquals(100_000, large.lookups());
        assertTrue(
                large.lookups() <= 11 * small.lookups(),
                () -> "look-ups grew from " + small.lookups() + " to " + large.lookups());
        // Rules are called once per criterion and checks once per assessment, however large the register.
        assertEquals(CRITERIA.size(), small.scoreCalls());
        assertEquals(small.scoreCalls(), large.scoreCalls());
        assertEquals(1, small.checkCalls());
        assertEquals(1, large.checkCalls());
        // Rules are handed each linked item once.
        assertEquals(10_000, small.evidenceSeenByRules());
        assertEquals(100_000, large.evidenceSeenByRules());
    }

    private static Work assess(int items) {
        CountingRule rule = new CountingRule();
        CountingCheck check = new CountingCheck();
        try (PluginRegistry registry =
                        PluginRegistry.builder().add(new Plugin(rule, check)).build();
                RuleRunner runner = new RuleRunner(null)) {
            SelfAssessment assessment = assessment(items);
            CountingMap register = new CountingMap();
            AssessmentReport report = new Assessment(
                            assessment,
                            registry,
                            new ProfileResolver(registry).defaults(),
                            runner,
                            Clock.systemUTC(),
                            null,
                            size -> register)
                    .run(null);
            assertTrue(report.complete(), () -> report.findings().toString());
            return new Work(
                    register.lookups.get(),
                    register.inserts.get(),
                    rule.calls.get(),
                    rule.evidence.get(),
                    check.calls.get());
        }
    }

    /** {@code items} evidence items spread over the three criteria, each linked from one claim. */
    static SelfAssessment assessment(int items) {
        List<EvidenceItem> evidence = new ArrayList<>(items);
        List<List<String>> links = new ArrayList<>();
        CRITERIA.forEach(c -> links.add(new ArrayList<>()));
        for (int i = 0; i < items; i++) {
            String id = "ev-" + i;
            evidence.add(TestFramework.evidence(id, KINDS.get(i % KINDS.size()), i % 2 == 0 ? "age" : "race"));
            links.get(i % CRITERIA.size()).add(id);
        }
        List<Claim> claims = new ArrayList<>();
        for (int c = 0; c < CRITERIA.size(); c++) {
            claims.add(new Claim(CRITERIA.get(c), "achieving", "Narrative.", links.get(c)));
        }
        return TestFramework.assessment(claims, evidence, null);
    }

    /** The register index, counting what the engine asks of it. */
    static final class CountingMap extends HashMap<String, EvidenceItem> {
        final AtomicLong lookups = new AtomicLong();
        final AtomicLong inserts = new AtomicLong();

        @Override
        public EvidenceItem get(Object key) {
            lookups.incrementAndGet();
            return super.get(key);
        }

        @Override
        public EvidenceItem put(String key, EvidenceItem value) {
            inserts.incrementAndGet();
            return super.put(key, value);
        }
    }

    static final class CountingRule implements ScoringRule {
        final AtomicLong calls = new AtomicLong();
        final AtomicLong evidence = new AtomicLong();

        @Override
        public String id() {
            return "count.score";
        }

        @Override
        public RuleDocumentation documentation() {
            return new RuleDocumentation("Counts", "Counts its calls.", Severity.INFO, List.of());
        }

        @Override
        public Score score(ClaimContext context, RuleParameters parameters) {
            calls.incrementAndGet();
            evidence.addAndGet(context.evidence().size());
            return new Score(context.framework().scale().lowest(), List.of());
        }
    }

    static final class CountingCheck implements AssessmentCheck {
        final AtomicLong calls = new AtomicLong();

        @Override
        public String id() {
            return "count.check";
        }

        @Override
        public RuleDocumentation documentation() {
            return new RuleDocumentation("Counts", "Counts its calls.", Severity.INFO, List.of());
        }

        @Override
        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
            calls.incrementAndGet();
            return List.of();
        }
    }

    record Plugin(CountingRule rule, CountingCheck check) implements EqualityFrameworkPlugin {
        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor("counting", "Counting", "1", "[0.1,1.0)");
        }

        @Override
        public void setup(PluginContext context) {
            context.addFramework(TestFramework.definition());
            context.addScoringRule(rule);
            context.addCheck(check);
        }
    }
}
