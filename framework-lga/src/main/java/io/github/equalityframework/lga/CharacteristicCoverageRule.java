package io.github.equalityframework.lga;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AbstractScoringRule;
import io.github.equalityframework.spi.ClaimContext;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** For community-facing criteria, Achieving and above need evidence covering every characteristic in scope. */
final class CharacteristicCoverageRule extends AbstractScoringRule {
    static final String ID = "lga.characteristic-coverage";

    CharacteristicCoverageRule() {
        super(
                ID,
                new RuleDocumentation(
                        "Every characteristic in scope is covered",
                        "For criteria about the communities a council serves (tagged community-facing), Achieving and above "
                                + "need the claim's evidence, taken together, to cover every characteristic in the assessment's "
                                + "scope: the listed ones, or the edition's characteristics (the nine protected characteristics; for "
                                + "2009 the six equality strands) and the council's local ones. "
                                + "Otherwise the criterion is evidenced at Developing at most. Why: outcomes for one group cannot "
                                + "show outcomes for another. To fix, add evidence for the characteristics the reasons name.",
                        Severity.INFO,
                        List.of()),
                Lga::isLgaFramework);
    }

    @Override
    public Score score(ClaimContext context, RuleParameters parameters) {
        FrameworkDefinition framework = context.framework();
        MaturityLevel highest = framework.scale().highest();
        if (!context.criterion().hasTag(Lga.COMMUNITY_FACING)) {
            return new Score(highest, List.of());
        }
        // Counted once by the engine's context, which the coverage matrix reads as well.
        Set<String> covered = context.characteristicCounts().keySet();
        List<String> missing = new ArrayList<>();
        for (String c : Lga.characteristicsInScope(framework, context.assessment())) {
            if (!covered.contains(c)) {
                missing.add(c);
            }
        }
        if (missing.isEmpty()) {
            return new Score(highest, List.of());
        }
        MaturityLevel lowest = framework.scale().lowest();
        boolean claimedAbove = context.claimed()
                .map(c -> Lga.level(framework, c.level()).compareTo(lowest) > 0)
                .orElse(false);
        return new Score(
                lowest,
                claimedAbove
                        ? List.of("Above " + lowest.label()
                                + ", the evidence must cover every characteristic in scope; none of it covers "
                                + String.join(", ", missing))
                        : List.of());
    }
}
