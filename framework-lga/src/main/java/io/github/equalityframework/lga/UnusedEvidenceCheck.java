package io.github.equalityframework.lga;

import io.github.equalityframework.internal.ids.IdPositions;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;

/** Evidence in the register that no claim links to. */
final class UnusedEvidenceCheck extends LgaCheck {
    static final String ID = "lga.unused-evidence";

    UnusedEvidenceCheck() {
        super(
                ID,
                "Evidence no claim uses",
                "An entry of the evidence register that no claim links to. It may belong to a claim that forgot it, "
                        + "or be left over. Link it to the claim it supports, or remove it.",
                Severity.INFO);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        SelfAssessment assessment = context.assessment();
        IdPositions used = new IdPositions(assessment.evidence().size());
        for (Claim claim : assessment.claims()) {
            for (String id : claim.evidence()) {
                if (id != null) {
                    used.putIfAbsent(id, 0);
                }
            }
        }
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < assessment.evidence().size(); i++) {
            EvidenceItem item = assessment.evidence().get(i);
            if (!used.contains(item.id())) {
                found.add(Finding.builder("unused-evidence", severity())
                        .path(DataPath.root().field("evidence").index(i))
                        .message("Evidence " + item.id() + " ('" + item.title()
                                + "') supports no claim. Link it to the claim it shows, or remove it.")
                        .build());
            }
        }
        return found;
    }
}
