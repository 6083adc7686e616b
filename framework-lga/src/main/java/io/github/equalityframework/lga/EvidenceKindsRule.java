package io.github.equalityframework.lga;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.spi.ClaimContext;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Score;
import io.github.equalityframework.spi.ScoringRule;
import io.github.equalityframework.spi.Severity;
import java.util.List;

/** A level is evidenced when the claim's evidence covers the kinds the level (and every level below it) expects. */
final class EvidenceKindsRule implements ScoringRule {
    static final String ID = "lga.evidence-kinds";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleDocumentation documentation() {
        return new RuleDocumentation("Evidence kinds per level",
                "Looks at the kinds of the evidence a claim links to (policy, equality data, EIA, consultation, ...). "
                        + "Each level of a criterion expects some kinds, and levels are cumulative: Achieving needs what "
                        + "Developing needs and more. The evidenced level is the highest whose kinds are all present. "
                        + "Why: peers look for the kinds of evidence the framework's descriptors describe, not for volume. "
                        + "To raise the level, add evidence of the missing kinds the reasons name.",
                Severity.INFO, List.of());
    }

    @Override
    public boolean appliesTo(FrameworkDefinition framework) {
        return Lga.isLgaFramework(framework);
    }

    @Override
    public Score score(ClaimContext context, RuleParameters parameters) {
        FrameworkDefinition framework = context.framework();
        MaturityLevel level = Lga.levelCoveredBy(framework, context.criterion(), context.evidence());
        // Reasons explain the gap to the claimed level only: what is missing beyond it is not a problem.
        MaturityLevel claimed = context.claimed().map(c -> Lga.level(framework, c.level())).orElse(MaturityLevel.NOT_ASSESSED);
        if (level.compareTo(claimed) >= 0) {
            return new Score(level, List.of());
        }
        List<String> missing = Lga.missingFor(framework, context.criterion(), claimed, context.evidence());
        return new Score(level, List.of(claimed.label() + " needs evidence of kind " + String.join(", ", missing)
                + ", which the claim does not link to"));
    }
}
