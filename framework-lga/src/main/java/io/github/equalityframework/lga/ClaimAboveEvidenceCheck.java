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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A claim above the level its evidence supports by the scoring rules. */
final class ClaimAboveEvidenceCheck extends LgaCheck {
    static final String ID = "lga.claim-above-evidence";

    ClaimAboveEvidenceCheck() {
        super(
                ID,
                "Claim above what the evidence supports",
                "A claimed level higher than the level the evidence supports by the scoring rules. The finding "
                        + "repeats the scoring rules' reasons, and the validated level when peers validated one: the "
                        + "register should show what peers saw. Add the evidence the reasons name, or lower the claim. "
                        + "A claim with no evidence at all is left to lga.claim-without-evidence, and an Excellent "
                        + "claim held back only because peers have not validated it is left to "
                        + "lga.excellent-awaiting-validation.",
                Severity.WARNING);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        List<Finding> found = new ArrayList<>();
        FrameworkDefinition framework = context.framework();
        String awaiting =
                ExcellentNeedsValidationRule.awaiting(framework.scale().highest(), Optional.empty());
        // Each criterion's claim from one pass over the claims (the first for a criterion, as SelfAssessment.claim).
        Map<String, Claim> claims = new HashMap<>();
        for (Claim c : context.assessment().claims()) {
            if (c != null) {
                claims.putIfAbsent(c.criterion(), c);
            }
        }
        for (CriterionResult result : context.criteria()) {
            Claim claim = claims.get(result.criterion());
            if (claim == null || claim.evidence().isEmpty() || result.evidenced() == null) {
                continue;
            }
            MaturityLevel claimed = Lga.level(framework, result.claimed());
            MaturityLevel evidenced = Lga.level(framework, result.evidenced());
            List<String> reasons = result.reasons().stream()
                    .filter(r -> !r.equals(awaiting) && !EvidenceKindsRule.isNextLevel(r))
                    .toList();
            if (claimed.compareTo(evidenced) <= 0 || reasons.isEmpty()) {
                continue;
            }
            String supports = evidenced.equals(MaturityLevel.NOT_ASSESSED) ? "no level" : evidenced.label();
            String validated = result.validated() == null
                    ? ""
                    : " (peers validated " + Lga.label(framework, result.validated()) + ")";
            found.add(Finding.builder("claim-above-evidence", severity())
                    .path(Lga.path(context.assessment(), claim))
                    .message("The claim for " + result.criterion() + " is " + claimed.label()
                            + " but its evidence supports "
                            + supports + validated + ": " + String.join("; ", reasons)
                            + ". Add or refresh the evidence the reasons name, or lower the claim.")
                    .build());
        }
        return found;
    }
}
