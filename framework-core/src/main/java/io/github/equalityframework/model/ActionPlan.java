package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * An action plan: the council's answer to a peer challenge, its own equality objectives, or both.
 *
 * @param title     what the plan is called, e.g. "Equality objectives action plan 2025-2029", may be {@code null}
 * @param status    draft or adopted; {@code null} is read as adopted (plans written before this field)
 * @param adoptedBy the body that agreed it, e.g. Cabinet, may be {@code null}
 * @param agreedOn  when the plan was agreed, may be {@code null}; periods such as "within 6 months" run from it
 * @param entries   one entry per recommendation or objective, never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ActionPlan(
        String title,
        PlanStatus status,
        String adoptedBy,
        LocalDate agreedOn,
        List<@NotNull @Valid ActionPlanEntry> entries) {

    /**
     * What a plan template holds where the council has still to decide (response, description, lead,
     * timescale); validation reports every value that is or starts with it.
     */
    public static final String PLACEHOLDER = "TO DO";

    public ActionPlan {
        entries = Lists.copy(entries);
    }

    /** An adopted plan with no title. */
    public ActionPlan(LocalDate agreedOn, List<ActionPlanEntry> entries) {
        this(null, null, null, agreedOn, entries);
    }

    /** Whether the plan is a draft: proposed, not yet in force. */
    public boolean inDraft() {
        return status == PlanStatus.DRAFT;
    }

    /**
     * Whether this plan can answer that peer review: it was agreed on or after the visit began (or gives no date),
     * and the review records recommendations (or areas to develop) to answer. A plan agreed before a review answers
     * an earlier one, and is not held to the later review's recommendations.
     */
    public boolean canAnswer(PeerReview review) {
        return review != null
                && (agreedOn == null || review.visitFrom() == null || !agreedOn.isBefore(review.visitFrom()))
                && !review.recommendationIds().isEmpty();
    }

    /** Every action of every entry, in plan order. */
    public Stream<PlannedAction> actions() {
        return entries.stream().flatMap(e -> e.actions().stream());
    }
}
