package io.github.equalityframework.testkit;

import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AssessmentCheck;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import java.util.List;

/** The well-behaved plugin's framework and rule, but a profile file that is not valid YAML and one that is missing. */
public final class BrokenProfilePlugin implements EqualityFrameworkPlugin {
    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("unreadable", "Unreadable profile test plugin", "1.0.0", "[0.1,1.0)");
    }

    @Override
    public void setup(PluginContext context) {
        context.addFramework(TidyFramework.definition("unreadable-framework"));
        context.addCheck(new Quiet());
        context.addProfileResource("io/github/equalityframework/testkit/unreadable-default.yaml");
        context.addProfileResource("io/github/equalityframework/testkit/no-such-profile.yaml");
    }

    /** A rule that finds nothing. */
    static final class Quiet implements AssessmentCheck {
        @Override
        public String id() {
            return "unreadable.quiet";
        }

        @Override
        public RuleDocumentation documentation() {
            return new RuleDocumentation("Quiet", "Finds nothing.", Severity.INFO, List.of());
        }

        @Override
        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
            return List.of();
        }
    }
}
