package io.github.equalityframework.lga;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.CriterionResult;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;

/** Excellent claimed but not validated by a peer review: shown as claimed, awaiting peer validation. */
final class ExcellentAwaitingValidationCheck extends LgaCheck {
    static final String ID = "lga.excellent-awaiting-validation";

    ExcellentAwaitingValidationCheck() {
        super(
                ID,
                "Excellent claimed, awaiting peer validation",
                "A claim at Excellent for a criterion that no peer review has validated. It is shown as claimed, "
                        + "awaiting peer validation, and the evidence counts for Achieving at most until a peer "
                        + "challenge validates it (lga.excellent-needs-validation). Nothing is wrong: include the "
                        + "criterion in the scope of the next peer challenge.",
                Severity.INFO);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        List<Finding> found = new ArrayList<>();
        FrameworkDefinition framework = context.framework();
        MaturityLevel highest = framework.scale().highest();
        String below = Lga.below(framework, highest).map(MaturityLevel::label).orElse(highest.label());
        for (CriterionResult result : context.criteria()) {
            if (result.claimed().equals(highest.id()) && result.validated() == null) {
                Claim claim = context.assessment().claim(result.criterion()).orElseThrow();
                found.add(Finding.builder("excellent-awaiting-validation", severity())
                        .path(Lga.path(context.assessment(), claim))
                        .message("The claim for " + result.criterion() + " at " + highest.label()
                                + " is claimed, awaiting peer "
                                + "validation; until a peer challenge validates it, it counts as " + below
                                + " at most. Include it in the scope of your next peer challenge.")
                        .build());
            }
        }
        return found;
    }
}
