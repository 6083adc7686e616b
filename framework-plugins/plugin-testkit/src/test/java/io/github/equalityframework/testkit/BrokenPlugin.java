package io.github.equalityframework.testkit;

import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Severity;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plugin with every fault the kit must catch. It is deliberately not listed in META-INF/services, needs
 * an SDK from the future, ships a framework whose criterion m1/c2 lacks the "excellent" descriptor, scores
 * with a counter and has a check that throws.
 */
public final class BrokenPlugin implements EqualityFrameworkPlugin {
    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("broken", "Deliberately broken test plugin", "0.0.1", "[9.0,10.0)");
    }

    @Override
    public void setup(PluginContext context) {
        context.addFramework(TidyFramework.definition("broken-valid"));
        context.addFramework(TidyFramework.definition("broken-gappy", List.of("developing", "achieving")));
        context.addScoringRule(new CountingRule());
        context.addCheck(new ThrowingCheck());
        context.addProfileResource("io/github/equalityframework/testkit/broken-default.yaml");
    }

    /**
     * Nondeterministic: it scores a claim at the top level the first time it sees it and at the bottom level after
     * that, so assessing anything with a claim again gives another report, whatever the claims are.
     */
    static final class CountingRule implements ScoringRule {
        private final Set<List<Object>> seen = ConcurrentHashMap.newKeySet();

        @Override
        public String id() {
            return "broken.counter";
        }

        @Override
        public RuleDocumentation documentation() {
            return new RuleDocumentation("Counter", "Scores by what it saw before.", Severity.INFO, List.of());
        }

        @Override
        public Score score(ClaimContext context, RuleParameters parameters) {
            List<MaturityLevel> levels = context.framework().scale().levels();
            boolean first = seen.add(List.of(context.assessment(), String.valueOf(context.claim())));
            return new Score(first ? levels.get(levels.size() - 1) : levels.get(0), List.of());
        }
    }

    static final class ThrowingCheck implements AssessmentCheck {
        @Override
        public String id() {
            return "broken.throws";
        }

        @Override
        public RuleDocumentation documentation() {
            return new RuleDocumentation("Throws", "Throws on every assessment.", Severity.ERROR, List.of());
        }

        @Override
        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
            throw new IllegalStateException("kaboom");
        }
    }
}
