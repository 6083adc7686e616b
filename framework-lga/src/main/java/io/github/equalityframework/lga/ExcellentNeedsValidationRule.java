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

/** The top level is recognised only through a peer challenge: without a validated level, evidence supports one below it. */
final class ExcellentNeedsValidationRule implements ScoringRule {
    static final String ID = "lga.excellent-needs-validation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleDocumentation documentation() {
        return new RuleDocumentation("Excellent awaits peer validation",
                "Excellent is shown as claimed and awaiting peer validation until a peer review validates a level "
                        + "for the criterion; until then the evidenced level is at most Achieving. Why: under the LGA's "
                        + "process the upper levels are recognised after a peer challenge, not by self-assessment alone.",
                Severity.INFO, List.of());
    }

    @Override
    public boolean appliesTo(FrameworkDefinition framework) {
        return Lga.isLgaFramework(framework);
    }

    @Override
    public Score score(ClaimContext context, RuleParameters parameters) {
        List<MaturityLevel> levels = context.framework().scale().levels();
        MaturityLevel highest = levels.get(levels.size() - 1);
        boolean validated = context.assessment().review()
                .map(r -> r.validatedLevels().stream().anyMatch(v -> v.criterion().equals(context.criterion().id())))
                .orElse(false);
        if (validated || levels.size() < 2) {
            return new Score(highest, List.of());
        }
        boolean claimedHighest = context.claimed().map(c -> c.level().equals(highest.id())).orElse(false);
        return new Score(levels.get(levels.size() - 2), claimedHighest
                ? List.of(highest.label() + " is claimed and awaits peer validation") : List.of());
    }
}
