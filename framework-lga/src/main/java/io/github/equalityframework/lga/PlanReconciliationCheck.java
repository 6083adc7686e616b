package io.github.equalityframework.lga;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The action plan against the peer review it answers: every recommendation has an entry, accepted entries have
 * actions, and a response other than acceptance gives its reason. (An entry for a recommendation the review does
 * not make is refused by validation, with "did you mean".)
 */
final class PlanReconciliationCheck extends LgaCheck {
    static final String ID = "lga.plan-reconciliation";

    PlanReconciliationCheck() {
        super(
                ID,
                "Action plan answers its peer review",
                "With a peer review and an action plan: warns for each recommendation (or, in a review that numbered "
                        + "none, each area to develop) that has no entry in the plan; for each entry accepted, met by a "
                        + "different approach, or stating one of the council's own objectives, that has no actions "
                        + "('already_completed' needs none); and for each 'different_approach' or 'not_accepted' without "
                        + "its reason in 'comment'. Why: a recommendation left out of the plan is easily lost, and "
                        + "committees and peers ask why a recommendation was not taken up.",
                Severity.WARNING);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        ActionPlan plan = context.assessment().actionPlan();
        if (plan == null) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>();
        PeerReview review = context.assessment().peerReview();
        // Only a plan in force that answers recommendations is held to the whole review: a draft, or a plan of the
        // council's own objectives kept beside the review, is not.
        boolean answers = plan.entries().stream().anyMatch(e -> e != null && e.recommendation() != null);
        if (plan.canAnswer(review) && !plan.inDraft() && answers) {
            unanswered(review, plan, found);
        }
        for (int i = 0; i < plan.entries().size(); i++) {
            ActionPlanEntry entry = plan.entries().get(i);
            if (entry == null || entry.id() == null) {
                continue;
            }
            DataPath path = DataPath.root().field("actionPlan").field("entries").index(i);
            String what = entry.answersObjective() ? "Objective " + entry.id() : "Recommendation " + entry.id();
            RecommendationResponse response = entry.response();
            boolean needsActions = entry.answersObjective()
                    || response == RecommendationResponse.ACCEPTED
                    || response == RecommendationResponse.DIFFERENT_APPROACH;
            if (needsActions && entry.actions().isEmpty()) {
                found.add(Finding.builder("entry-without-actions", severity())
                        .path(path)
                        .message(what
                                + (entry.answersObjective()
                                        ? " has"
                                        : " is " + PlanActions.words(response) + " but has")
                                + " no actions: say what will be done, who leads it and by when.")
                        .build());
            }
            boolean needsReason = !entry.answersObjective()
                    && (response == RecommendationResponse.DIFFERENT_APPROACH
                            || response == RecommendationResponse.NOT_ACCEPTED);
            if (needsReason && (entry.comment() == null || entry.comment().isBlank())) {
                found.add(Finding.builder("response-without-reason", severity())
                        .path(path)
                        .message(what + " is answered '" + PlanActions.words(response)
                                + "' without a reason: write it in " + "'comment'. Committees and peers will ask why.")
                        .build());
            }
        }
        return found;
    }

    private void unanswered(PeerReview review, ActionPlan plan, List<Finding> found) {
        Set<String> answered = new HashSet<>();
        plan.entries().stream()
                .filter(e -> e != null && e.recommendation() != null)
                .forEach(e -> answered.add(e.recommendation()));
        boolean areas = !review.numbersRecommendations();
        List<ModuleFeedback> feedback = review.feedbackToAnswer();
        for (int i = 0; i < feedback.size(); i++) {
            ModuleFeedback f = feedback.get(i);
            int index = review.feedback().indexOf(f);
            for (int j = 0; j < f.recommendations().size(); j++) {
                Recommendation r = f.recommendations().get(j);
                if (r == null || r.id() == null || answered.contains(r.id())) {
                    continue;
                }
                DataPath path = DataPath.root()
                        .field("peerReview")
                        .field("feedback")
                        .index(index < 0 ? i : index)
                        .field(areas ? "areasToDevelop" : "recommendations")
                        .index(j);
                found.add(Finding.builder("recommendation-unanswered", severity())
                        .path(path)
                        .message((areas ? "Area to develop " : "Recommendation ") + r.id()
                                + " has no entry in the action plan: add one with the council's response ("
                                + "accepted, different_approach, already_completed or not_accepted).")
                        .build());
            }
        }
    }
}
