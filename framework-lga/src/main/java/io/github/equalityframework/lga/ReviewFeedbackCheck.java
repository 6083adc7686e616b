package io.github.equalityframework.lga;

import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;

/** Recommendations and areas to develop come in pairs: each explains the other. */
final class ReviewFeedbackCheck extends LgaCheck {
    static final String ID = "lga.review-recommendations";

    ReviewFeedbackCheck() {
        super(
                ID,
                "Recommendations match areas to develop",
                "In a peer review's feedback on a module, recommendations should rest on areas to develop, and areas to "
                        + "develop should lead to recommendations. Why: a recommendation with nothing behind it is hard to act "
                        + "on, and an area to develop with no recommendation is easily lost from the action plan.",
                Severity.WARNING);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        PeerReview review = context.assessment().peerReview();
        if (review == null) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>();
        // A review that numbered no recommendation at all (as many did before 2014) is answered area by area.
        boolean numbered = review.numbersRecommendations();
        for (int i = 0; i < review.feedback().size(); i++) {
            ModuleFeedback feedback = review.feedback().get(i);
            DataPath path =
                    DataPath.root().field("peerReview").field("feedback").index(i);
            if (!feedback.recommendations().isEmpty()
                    && feedback.areasToDevelop().isEmpty()) {
                found.add(Finding.builder("recommendation-without-area", severity())
                        .path(path.field("recommendations"))
                        .message("The feedback on " + feedback.module()
                                + " makes recommendations but names no area to develop behind them. "
                                + "Add the areas to develop they answer.")
                        .build());
            }
            if (numbered
                    && !feedback.areasToDevelop().isEmpty()
                    && feedback.recommendations().isEmpty()) {
                found.add(Finding.builder("area-without-recommendation", severity())
                        .path(path.field("areasToDevelop"))
                        .message("The feedback on " + feedback.module()
                                + " names areas to develop but makes no recommendation. "
                                + "Add a recommendation for each, so that the action plan can answer it.")
                        .build());
            }
        }
        return found;
    }
}
