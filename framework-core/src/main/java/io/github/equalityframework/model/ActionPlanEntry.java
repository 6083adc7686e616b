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

    /** This action plan entry with {@code recommendation} in place of its own. */
    public ActionPlanEntry withRecommendation(String recommendation) {
        return toBuilder().recommendation(recommendation).build();
    }

    /** This action plan entry with {@code module} in place of its own. */
    public ActionPlanEntry withModule(String module) {
        return toBuilder().module(module).build();
    }

    /** This action plan entry with {@code response} in place of its own. */
    public ActionPlanEntry withResponse(RecommendationResponse response) {
        return toBuilder().response(response).build();
    }

    /** This action plan entry with {@code comment} in place of its own. */
    public ActionPlanEntry withComment(String comment) {
        return toBuilder().comment(comment).build();
    }

    /** This action plan entry with {@code actions} in place of its own. */
    public ActionPlanEntry withActions(List<PlannedAction> actions) {
        return toBuilder().actions(actions).build();
    }

    /**
     * A builder with no component set: {@link Builder#build()} gives what the canonical constructor gives for the
     * components left unset ({@code null}; empty lists and defaults where the constructor supplies them).
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this action plan entry's components. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds an action plan entry a component at a time, for callers that set a few of its many components by name.
     * {@link #build()} calls the canonical constructor, so the result is the same immutable record, with the same
     * defaults and copies, as the constructor would give; lists are copied when it is built. A builder is not
     * thread-safe; it may build any number of records.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private String recommendation;
        private String objective;
        private String text;
        private String module;
        private List<CouncilRole> roles;
        private RecommendationResponse response;
        private String comment;
        private List<PlannedAction> actions;

        private Builder() {}

        private Builder(ActionPlanEntry from) {
            recommendation = from.recommendation;
            objective = from.objective;
            text = from.text;
            module = from.module;
            roles = from.roles;
            response = from.response;
            comment = from.comment;
            actions = from.actions;
        }

        /** Sets {@link ActionPlanEntry#recommendation()}. */
        public Builder recommendation(String recommendation) {
            this.recommendation = recommendation;
            return this;
        }

        /** Sets {@link ActionPlanEntry#objective()}. */
        public Builder objective(String objective) {
            this.objective = objective;
            return this;
        }

        /** Sets {@link ActionPlanEntry#text()}. */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** Sets {@link ActionPlanEntry#module()}. */
        public Builder module(String module) {
            this.module = module;
            return this;
        }

        /** Sets {@link ActionPlanEntry#roles()}. */
        public Builder roles(List<CouncilRole> roles) {
            this.roles = roles;
            return this;
        }

        /** Sets {@link ActionPlanEntry#response()}. */
        public Builder response(RecommendationResponse response) {
            this.response = response;
            return this;
        }

        /** Sets {@link ActionPlanEntry#comment()}. */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** Sets {@link ActionPlanEntry#actions()}. */
        public Builder actions(List<PlannedAction> actions) {
            this.actions = actions;
            return this;
        }

        /** A new action plan entry of the components set. */
        public ActionPlanEntry build() {
            return new ActionPlanEntry(recommendation, objective, text, module, roles, response, comment, actions);
        }
    }
}
