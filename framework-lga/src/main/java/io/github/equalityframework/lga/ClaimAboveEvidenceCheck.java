package io.github.equalityframework.lga;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.report.CriterionResult;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Severity;
import java.util.ArrayList;
import java.util.List;

/** A claim above the level its evidence supports by the scoring rules. */
final class ClaimAboveEvidenceCheck extends LgaCheck {
    ClaimAboveEvidenceCheck() {
        super("lga.claim-above-evidence", "Claim above what the evidence supports",
                "A claimed level higher than the level the evidence supports by the scoring rules, for a criterion "
                        + "no peer review has validated. The finding repeats the scoring rules' reasons: add what they name, "
                        + "or lower the claim.",
                Severity.WARNING);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        List<Finding> found = new ArrayList<>();
        FrameworkDefinition framework = context.framework();
        for (CriterionResult result : context.criteria()) {
            if (result.evidenced() == null || result.validated() != null) {
                continue;
            }
            MaturityLevel claimed = Lga.level(framework, result.claimed());
            MaturityLevel evidenced = Lga.level(framework, result.evidenced());
            Claim claim = context.assessment().claim(result.criterion()).orElse(null);
            // A claim with no evidence at all is the claim-without-evidence check's finding.
            if (claim != null && !claim.evidence().isEmpty() && claimed.compareTo(evidenced) > 0) {
                found.add(Finding.of("claim-above-evidence", severity(), Lga.path(context.assessment(), claim),
                        "The claim for " + result.criterion() + " is " + claimed.label() + " but the evidence supports "
                                + evidenced.label() + ": " + String.join("; ", result.reasons()) + "."));
            }
        }
        return found;
    }
}
