package io.github.equalityframework.testkit;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AssessmentCheck;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;

/** A plugin that does everything right: a framework in code, one scoring rule, one check, a profile. */
public final class WellBehavedPlugin implements EqualityFrameworkPlugin {
    static final String FRAMEWORK = "tidy-framework";

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("tidy", "Well-behaved test plugin", "1.0.0", "[0.1,1.0)");
    }

    @Override
    public void setup(PluginContext context) {
        context.addFramework(TidyFramework.definition(FRAMEWORK));
        context.addScoringRule(new TidyFramework.EvidenceKindsRule("tidy.evidence-kinds"));
        context.addCheck(new ClaimWithoutEvidence());
        context.addProfileResource("io/github/equalityframework/testkit/tidy-default.yaml");
    }

    /** Reports claims above a level that link no evidence. */
    static final class ClaimWithoutEvidence implements AssessmentCheck {
        static final Parameter<Boolean> IGNORE_NOT_ASSESSED =
                Parameter.bool("ignoreNotAssessed", true, "Whether claims at not-assessed are left alone");

        @Override
        public String id() {
            return "tidy.claim-without-evidence";
        }

        @Override
        public RuleDocumentation documentation() {
            return new RuleDocumentation(
                    "Claim without evidence",
                    "A claim that links no evidence cannot be checked; link some.",
                    Severity.WARNING,
                    List.of(IGNORE_NOT_ASSESSED));
        }

        @Override
        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
            List<Claim> claims = context.assessment().claims();
            List<Finding> found = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                Claim claim = claims.get(i);
                boolean skip =
                        parameters.get(IGNORE_NOT_ASSESSED) && claim.level().equals("not-assessed");
                if (claim.evidence().isEmpty() && !skip) {
                    found.add(Finding.builder("claim-without-evidence", Severity.WARNING)
                            .path("claims[" + i + "]")
                            .message("The claim for " + claim.criterion() + " links no evidence.")
                            .build());
                }
            }
            return found;
        }
    }
}
