package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The council's answer to one recommendation (or to an area it chose to improve). Plans are organised by
 * the framework's modules; entries can also be tagged with the roles the council reports by.
 *
 * @param recommendation the recommendation id of the peer review, or a short statement when there is no review
 * @param module         the id of the framework module the entry belongs to, may be {@code null}
 * @param roles          the roles the entry concerns (community leader, employer, service provider), never {@code null}
 * @param response       how the council responds
 * @param comment        the council's comment on the recommendation; the reason when it is not accepted
 * @param actions        the actions agreed, never {@code null}
 */
@API(status = STABLE, since = "0.1")
public record ActionPlanEntry(
        @NotBlank String recommendation,
        String module,
        List<@NotNull CouncilRole> roles,
        @NotNull RecommendationResponse response,
        String comment,
        List<@NotNull @Valid PlannedAction> actions) {

    public ActionPlanEntry {
        roles = Lists.copy(roles);
        actions = Lists.copy(actions);
    }

    /** An entry with no module or roles. */
    public ActionPlanEntry(
            String recommendation, RecommendationResponse response, String comment, List<PlannedAction> actions) {
        this(recommendation, null, List.of(), response, comment, actions);
    }
}
