package io.github.equalityframework.lga;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.model.ValidatedLevel;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.CriterionResult;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;

/** A level peers validated above what the evidence supports, with no rationale for it. */
final class ReviewRationaleCheck extends LgaCheck {
    static final String ID = "lga.validated-above-evidence-rationale";

    ReviewRationaleCheck() {
        super(
                ID,
                "Validated above the evidence without a rationale",
                "A peer review that validates a criterion at a level higher than the evidence in the register supports "
                        + "must say why. Why: peers may have seen what the register does not hold (interviews, site visits), "
                        + "and the council and next year's reviewers need to know what. Write the rationale.",
                Severity.WARNING);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        PeerReview review = context.assessment().peerReview();
        if (review == null) {
            return List.of();
        }
        FrameworkDefinition framework = context.framework();
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < review.validatedLevels().size(); i++) {
            ValidatedLevel v = review.validatedLevels().get(i);
            CriterionResult result = context.result(v.criterion()).orElse(null);
            if (result == null
                    || result.evidenced() == null
                    || (v.rationale() != null && !v.rationale().isBlank())) {
                continue;
            }
            MaturityLevel validated = Lga.level(framework, v.level());
            MaturityLevel evidenced = Lga.level(framework, result.evidenced());
            if (validated.compareTo(evidenced) > 0) {
                found.add(Finding.builder("validated-above-evidence-without-rationale", severity())
                        .path(DataPath.root()
                                .field("peerReview")
                                .field("validatedLevels")
                                .index(i))
                        .message(
                                "Peers validated " + v.criterion() + " at " + validated.label() + ", above the "
                                        + evidenced.label()
                                        + " the evidence supports, without a rationale. Record what the peers saw that the register does not show.")
                        .build());
            }
        }
        return found;
    }
}
