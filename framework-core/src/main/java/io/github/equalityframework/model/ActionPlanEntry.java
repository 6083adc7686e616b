package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The council's answer to one recommendation (or to an area it chose to improve).
 *
 * @param recommendation the recommendation id of the peer review, or a short statement when there is no review
 * @param response       how the council responds
 * @param comment        the council's comment on the recommendation, may be {@code null}
 * @param actions        the actions agreed, never {@code null}
 */
@API(status = STABLE, since = "0.1")
public record ActionPlanEntry(
        @NotBlank String recommendation,
        @NotNull RecommendationResponse response,
        String comment,
        List<@NotNull @Valid PlannedAction> actions) {

    public ActionPlanEntry {
        actions = Lists.copy(actions);
    }
}
