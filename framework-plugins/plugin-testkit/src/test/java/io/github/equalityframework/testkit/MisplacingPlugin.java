package io.github.equalityframework.testkit;

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

/** A check whose findings name {@code claim[i]}, a path that is not in any self-assessment, for {@code claims[i]}. */
public final class MisplacingPlugin implements EqualityFrameworkPlugin {
    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("misplacing", "Misplacing test plugin", "1.0.0", "[0.1,1.0)");
    }

    @Override
    public void setup(PluginContext context) {
        context.addCheck(new ClaimPathTypo());
        context.addProfileResource("io/github/equalityframework/testkit/misplacing-default.yaml");
    }

    static final class ClaimPathTypo implements AssessmentCheck {
        @Override
        public String id() {
            return "misplacing.claim-path";
        }

        @Override
        public RuleDocumentation documentation() {
            return new RuleDocumentation(
                    "Every claim", "Names every claim, at a mistyped path.", Severity.INFO, List.of());
        }

        @Override
        public boolean appliesTo(FrameworkDefinition framework) {
            return framework.id().equals(WellBehavedPlugin.FRAMEWORK);
        }

        @Override
        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
            List<Finding> found = new ArrayList<>();
            for (int i = 0; i < context.assessment().claims().size(); i++) {
                found.add(Finding.builder("claimed", Severity.INFO)
                        .path("claim[" + i + "]")
                        .message("A claim.")
                        .build());
            }
            return found;
        }
    }
}
