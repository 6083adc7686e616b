package io.github.equalityframework.lga;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.report.CriterionResult;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Severity;
import java.util.ArrayList;
import java.util.List;

/** Excellent claimed but not validated by a peer review: shown as awaiting peer validation. */
final class ExcellentAwaitingValidationCheck extends LgaCheck {
    ExcellentAwaitingValidationCheck() {
        super("lga.excellent-awaiting-validation", "Excellent awaiting peer validation",
                "A claim at Excellent that no peer review has validated. It is shown as claimed, awaiting peer "
                        + "validation, and counted as Achieving at most until a peer challenge validates it.",
                Severity.INFO);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        List<Finding> found = new ArrayList<>();
        MaturityLevel highest = context.framework().scale().highest();
        for (CriterionResult result : context.criteria()) {
            if (result.claimed().equals(highest.id()) && result.validated() == null) {
                Claim claim = context.assessment().claim(result.criterion()).orElseThrow();
                found.add(Finding.of("excellent-awaiting-validation", severity(), Lga.path(context.assessment(), claim),
                        "The claim for " + result.criterion() + " at " + highest.label()
                                + " is awaiting peer validation; it counts as at most the level below until then."));
            }
        }
        return found;
    }
}
