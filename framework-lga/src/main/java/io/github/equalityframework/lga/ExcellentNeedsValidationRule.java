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

/**
 * The top level is recognised only through a peer challenge: unless a peer review validated the top level
 * for the criterion, the evidence supports the level below it at most. The claim stays as the council
 * made it; {@link ExcellentAwaitingValidationCheck} shows it as claimed, awaiting peer validation.
 */
final class ExcellentNeedsValidationRule extends AbstractScoringRule {
    static final String ID = "lga.excellent-needs-validation";

    ExcellentNeedsValidationRule() {
        super(
                ID,
                new RuleDocumentation(
                        "Excellent awaits peer validation",
                        "Unless a peer review validated Excellent for the criterion, the evidenced level is at most Achieving, "
                                + "however complete the evidence. A claim at Excellent is shown as claimed, awaiting peer "
                                + "validation (see lga.excellent-awaiting-validation). Why: under the LGA's process the upper "
                                + "levels are recognised after a peer challenge, not by self-assessment alone.",
                        Severity.INFO,
                        List.of()),
                Lga::isLgaFramework);
    }

    @Override
    public Score score(ClaimContext context, RuleParameters parameters) {
        FrameworkDefinition framework = context.framework();
        MaturityLevel highest = framework.scale().highest();
        Optional<MaturityLevel> below = Lga.below(framework, highest);
        Optional<MaturityLevel> validated =
                Lga.validated(context.assessment(), context.criterion().id()).map(id -> Lga.level(framework, id));
        if (below.isEmpty() || validated.filter(highest::equals).isPresent()) {
            return new Score(highest, List.of());
        }
        boolean claimedHighest =
                context.claimed().map(c -> c.level().equals(highest.id())).orElse(false);
        return new Score(below.get(), claimedHighest ? List.of(awaiting(highest, validated)) : List.of());
    }

    /** The reason given for a claim at the top level that peers have not validated. */
    static String awaiting(MaturityLevel highest, Optional<MaturityLevel> validated) {
        return validated
                .map(v -> highest.label() + " is claimed but peers validated " + v.label())
                .orElse(highest.label() + " is claimed and awaits peer validation");
    }
}
