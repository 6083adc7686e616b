package io.github.equalityframework.testkit;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AssessmentCheck;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;

/** A council's local rules for another plugin's framework, with a profile built on that plugin's profile. */
public final class LocalRulesPlugin implements EqualityFrameworkPlugin {
    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("local", "Local rules test plugin", "1.0.0", "[0.1,1.0)");
    }

    @Override
    public void setup(PluginContext context) {
        context.addCheck(new NoNarrative());
        context.addProfileResource("io/github/equalityframework/testkit/local-default.yaml");
    }

    static final class NoNarrative implements AssessmentCheck {
        @Override
        public String id() {
            return "local.no-narrative";
        }

        @Override
        public RuleDocumentation documentation() {
            return new RuleDocumentation(
                    "No narrative", "Our cabinet wants a narrative for every claim.", Severity.INFO, List.of());
        }

        @Override
        public boolean appliesTo(FrameworkDefinition framework) {
            return framework.id().equals(WellBehavedPlugin.FRAMEWORK);
        }

        @Override
        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
            List<Claim> claims = context.assessment().claims();
            List<Finding> found = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                if (claims.get(i).narrative() == null) {
                    found.add(Finding.builder("no-narrative", Severity.INFO)
                            .path("claims[" + i + "]")
                            .message("Add a narrative.")
                            .build());
                }
            }
            return found;
        }
    }
}
