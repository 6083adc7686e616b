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

    /** This action plan with {@code status} in place of its own. */
    public ActionPlan withStatus(PlanStatus status) {
        return toBuilder().status(status).build();
    }

    /** This action plan with {@code agreedOn} in place of its own. */
    public ActionPlan withAgreedOn(LocalDate agreedOn) {
        return toBuilder().agreedOn(agreedOn).build();
    }

    /** This action plan with {@code entries} in place of its own. */
    public ActionPlan withEntries(List<ActionPlanEntry> entries) {
        return toBuilder().entries(entries).build();
    }

    /**
     * A builder with no component set: {@link Builder#build()} gives what the canonical constructor gives for the
     * components left unset ({@code null}; empty lists and defaults where the constructor supplies them).
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this action plan's components. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds an action plan a component at a time, for callers that set a few of its many components by name.
     * {@link #build()} calls the canonical constructor, so the result is the same immutable record, with the same
     * defaults and copies, as the constructor would give; lists are copied when it is built. A builder is not
     * thread-safe; it may build any number of records.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private String title;
        private PlanStatus status;
        private String adoptedBy;
        private LocalDate agreedOn;
        private List<ActionPlanEntry> entries;

        private Builder() {}

        private Builder(ActionPlan from) {
            title = from.title;
            status = from.status;
            adoptedBy = from.adoptedBy;
            agreedOn = from.agreedOn;
            entries = from.entries;
        }

        /** Sets {@link ActionPlan#title()}. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Sets {@link ActionPlan#status()}. */
        public Builder status(PlanStatus status) {
            this.status = status;
            return this;
        }

        /** Sets {@link ActionPlan#adoptedBy()}. */
        public Builder adoptedBy(String adoptedBy) {
            this.adoptedBy = adoptedBy;
            return this;
        }

        /** Sets {@link ActionPlan#agreedOn()}. */
        public Builder agreedOn(LocalDate agreedOn) {
            this.agreedOn = agreedOn;
            return this;
        }

        /** Sets {@link ActionPlan#entries()}. */
        public Builder entries(List<ActionPlanEntry> entries) {
            this.entries = entries;
            return this;
        }

        /** A new action plan of the components set. */
        public ActionPlan build() {
            return new ActionPlan(title, status, adoptedBy, agreedOn, entries);
        }
    }
}
