package io.github.equalityframework.nhseds;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.CriterionResult;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;

/** EDS rates every outcome, every year: an outcome without a rating, or a domain out of scope, leaves no overall rating. */
final class OutcomeNotRatedCheck extends EdsCheck {
    static final String ID = "nhs-eds.outcome-not-rated";

    OutcomeNotRatedCheck() {
        super(
                ID,
                "Outcome not rated",
                "An EDS outcome with no rating, or a domain left out of the assessment's scope. Why: the EDS score card "
                        + "adds up the scores of all eleven outcomes, so without every rating there is no overall EDS "
                        + "rating, and the outcome's domain is not rated either. Rate the outcome (Undeveloped is a rating).",
                Severity.WARNING);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        FrameworkDefinition framework = context.framework();
        List<Finding> found = new ArrayList<>();
        for (FrameworkModule domain : framework.modules()) {
            boolean inScope =
                    context.criteria().stream().anyMatch(r -> r.module().equals(domain.id()));
            if (!inScope) {
                found.add(Finding.builder("domain-out-of-scope", severity())
                        .path("scope")
                        .message("Domain " + domain.id() + " ("
                                + domain.title()
                                + ") is outside the assessment's scope, so there is no overall EDS rating. "
                                + "Bring it into scope and rate its outcomes.")
                        .build());
            }
        }
        for (CriterionResult result : context.criteria()) {
            if (MaturityLevel.NOT_ASSESSED.id().equals(result.claimed())) {
                found.add(Finding.builder("outcome-not-rated", severity())
                        .path("claims")
                        .message("Outcome "
                                + outcome(framework, result.criterion())
                                + " has no rating, so neither its domain nor the "
                                + "organisation has an EDS rating. Rate it; Undeveloped (0) is a rating.")
                        .build());
            }
        }
        return found;
    }
}
