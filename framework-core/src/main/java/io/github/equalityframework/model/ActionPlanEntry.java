package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One entry of an action plan: the council's answer to a peer recommendation, or one of the council's own equality
 * objectives with the actions that deliver it. Plans are organised by the framework's modules; entries and actions
 * can be tagged with the roles the council reports by.
 *
 * @param recommendation the id of the peer review's recommendation it answers; {@code null} for an objective
 * @param objective      the id of the council's own objective (e.g. {@code EO1}); {@code null} for a recommendation
 * @param text           what the objective is (for a recommendation, the review holds its text), may be {@code null}
 * @param module         the id of the framework module the entry belongs to, may be {@code null}
 * @param roles          the roles the entry concerns (community leader, employer, service provider), never {@code null}
 * @param response       how the council responds to a recommendation; {@code null} for an objective
 * @param comment        the council's comment; the reason when a recommendation is not accepted or met differently
 * @param actions        the actions agreed, never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ActionPlanEntry(
        String recommendation,
        String objective,
        String text,
        String module,
        List<@NotNull CouncilRole> roles,
        RecommendationResponse response,
        String comment,
        List<@NotNull @Valid PlannedAction> actions) {

    public ActionPlanEntry {
        roles = Lists.copy(roles);
        actions = Lists.copy(actions);
    }

    /** An answer to a recommendation. */
    public ActionPlanEntry(
            String recommendation,
            String module,
            List<CouncilRole> roles,
            RecommendationResponse response,
            String comment,
            List<PlannedAction> actions) {
        this(recommendation, null, null, module, roles, response, comment, actions);
    }

    /** An answer to a recommendation, with no module or roles. */
    public ActionPlanEntry(
            String recommendation, RecommendationResponse response, String comment, List<PlannedAction> actions) {
        this(recommendation, null, List.of(), response, comment, actions);
    }

    /** Whether this entry is one of the council's own objectives rather than an answer to a recommendation. */
    public boolean answersObjective() {
        return objective != null;
    }

    /** The id the entry is known by: the recommendation's, else the objective's. */
    public String id() {
        return recommendation != null ? recommendation : objective;
    }
}
