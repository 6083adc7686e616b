package io.github.equalityframework.testkit;

import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.ClaimContext;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Score;
import io.github.equalityframework.spi.ScoringRule;
import java.util.List;

/** A plugin whose one rule is deterministic on one thread but keeps state in a field, so is not thread-safe. */
public final class RacyPlugin implements EqualityFrameworkPlugin {
    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("racy", "Thread-unsafe test plugin", "1.0.0", "[0.1,1.0)");
    }

    @Override
    public void setup(PluginContext context) {
        context.addFramework(TidyFramework.definition("racy-framework"));
        context.addScoringRule(new RememberingRule());
        context.addProfileResource("io/github/equalityframework/testkit/racy-default.yaml");
    }

    static final class RememberingRule implements ScoringRule {
        private ClaimContext current;

        @Override
        public String id() {
            return "racy.remembering";
        }

        @Override
        public RuleDocumentation documentation() {
            return new RuleDocumentation(
                    "Remembering", "Keeps the criterion it scores in a field.", Severity.INFO, List.of());
        }

        @Override
        public Score score(ClaimContext context, RuleParameters parameters) {
            current = context;
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Score(
                    context.framework().scale().lowest(),
                    List.of("scored " + current.criterion().id() + " of "
                            + current.assessment().organisation().name() + " "
                            + current.assessment().period()));
        }
    }
}
