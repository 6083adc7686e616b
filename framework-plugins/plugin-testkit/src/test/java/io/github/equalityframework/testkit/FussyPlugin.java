package io.github.equalityframework.testkit;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
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

/**
 * A check that fails on some generated assessments only: those with a claim whose narrative is long, as councils paste
 * from their reports. Its faults show up in the completeness check and nowhere else.
 */
public final class FussyPlugin implements EqualityFrameworkPlugin {
    static final int LONGEST_NARRATIVE = 1000;

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("fussy", "Fussy test plugin", "1.0.0", "[0.1,1.0)");
    }

    @Override
    public void setup(PluginContext context) {
        context.addCheck(new ShortNarratives());
        context.addProfileResource("io/github/equalityframework/testkit/fussy-default.yaml");
    }

    /** Whether the check fails on an assessment. */
    static boolean failsOn(SelfAssessment assessment) {
        return assessment.claims().stream()
                .map(Claim::narrative)
                .anyMatch(n -> n != null && n.length() > LONGEST_NARRATIVE);
    }

    static final class ShortNarratives implements AssessmentCheck {
        @Override
        public String id() {
            return "fussy.short-narratives";
        }

        @Override
        public RuleDocumentation documentation() {
            return new RuleDocumentation(
                    "Short narratives", "Cannot cope with a long narrative.", Severity.INFO, List.of());
        }

        @Override
        public boolean appliesTo(FrameworkDefinition framework) {
            return framework.id().equals(WellBehavedPlugin.FRAMEWORK);
        }

        @Override
        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
            if (failsOn(context.assessment())) {
                throw new IllegalStateException("narrative too long");
            }
            return List.of();
        }
    }
}
