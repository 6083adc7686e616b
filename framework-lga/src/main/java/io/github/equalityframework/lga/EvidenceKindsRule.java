package io.github.equalityframework.lga;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AbstractScoringRule;
import io.github.equalityframework.spi.ClaimContext;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Score;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A level is evidenced when the claim's evidence covers the kinds the level, and every level below it,
 * expects. Evidence age is {@link EvidenceRecencyRule}'s concern: the engine takes the lower of the two.
 */
final class EvidenceKindsRule extends AbstractScoringRule {
    static final String ID = "lga.evidence-kinds";
    private static final String NEXT_LEVEL = " would need evidence of kind ";

    EvidenceKindsRule() {
        super(
                ID,
                new RuleDocumentation(
                        "Evidence kinds per level",
                        "Looks at the kinds of the evidence a claim links to (policy, equality data, EIA, consultation, ...). "
                                + "Each level of a criterion expects some kinds, and levels are cumulative: Achieving needs what "
                                + "Developing needs and more. The evidenced level is the highest whose kinds are all present. "
                                + "The reasons name the missing kinds: up to the claimed level when the claim is higher, "
                                + "otherwise for the next level. Why: peers look for the kinds of evidence the framework's "
                                + "descriptors describe, not for volume. To raise the level, add evidence of the kinds the reasons name.",
                        Severity.INFO,
                        List.of()),
                Lga::isLgaFramework);
    }

    @Override
    public Score score(ClaimContext context, RuleParameters parameters) {
        FrameworkDefinition framework = context.framework();
        // The kinds once per claim: the level and the reasons both ask about them.
        Set<String> kinds = Lga.kinds(context.evidence());
        MaturityLevel level = Lga.levelCoveredBy(framework, context.criterion(), kinds);
        MaturityLevel claimed =
                context.claimed().map(c -> Lga.level(framework, c.level())).orElse(MaturityLevel.NOT_ASSESSED);
        if (claimed.compareTo(level) > 0) {
            return new Score(
                    level,
                    List.of(claimed.label() + " needs evidence of kind "
                            + String.join(", ", Lga.missingFor(framework, context.criterion(), claimed, kinds))
                            + ", which the claim does not link to"));
        }
        Optional<MaturityLevel> next = Lga.above(framework, level);
        return new Score(
                level,
                next.map(n -> List.of(nextLevel(n, Lga.missingFor(framework, context.criterion(), n, kinds))))
                        .orElse(List.of()));
    }

    /**
     * The reason that names what the level above the evidenced one would need. It explains no shortfall, so
     * {@link ClaimAboveEvidenceCheck} leaves it out of its findings.
     */
    static String nextLevel(MaturityLevel next, List<String> missing) {
        return next.label() + NEXT_LEVEL + String.join(", ", missing);
    }

    static boolean isNextLevel(String reason) {
        return reason.contains(NEXT_LEVEL);
    }
}
