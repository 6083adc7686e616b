package io.github.equalityframework.lga;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;

/** A claim that links to no evidence. */
final class ClaimWithoutEvidenceCheck extends LgaCheck {
    static final String ID = "lga.claim-without-evidence";

    ClaimWithoutEvidenceCheck() {
        super(
                ID,
                "Claim without evidence",
                "A claim at any level that links to no evidence in the register. Peers cannot validate a level "
                        + "nothing shows. Add the documents or data that show the level and list their ids in the claim.",
                Severity.ERROR);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        List<Finding> found = new ArrayList<>();
        SelfAssessment assessment = context.assessment();
        for (Claim claim : assessment.claims()) {
            if (claimed(context.framework(), claim) && claim.evidence().isEmpty()) {
                found.add(Finding.builder("claim-without-evidence", severity())
                        .path(Lga.path(assessment, claim))
                        .message(
                                "The claim for " + claim.criterion() + " at "
                                        + Lga.label(context.framework(), claim.level())
                                        + " links to no evidence. Add the evidence that shows it to the register and list its ids in the claim.")
                        .build());
            }
        }
        return found;
    }

    /** A claim at a level of the scale (not "not assessed"). */
    private static boolean claimed(FrameworkDefinition framework, Claim claim) {
        return framework.scale().levels().stream().anyMatch(l -> l.id().equals(claim.level()));
    }
}
