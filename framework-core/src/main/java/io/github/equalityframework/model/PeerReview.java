package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * The outcome of a peer challenge.
 *
 * @param team            the peer team, never {@code null}
 * @param visitFrom       first day of the on-site visit
 * @param visitTo         last day of the on-site visit, may be {@code null}
 * @param feedbackOn      the day the peers gave their feedback (the letter or report), may be {@code null};
 *                        not before the visit
 * @param scope           what the challenge looked at, never {@code null} ({@link Scope#ALL} by default)
 * @param validatedLevels per criterion, the level the peers validated, never {@code null}
 * @param feedback        per module, strengths, areas to develop and recommendations, never {@code null}
 * @param award           an award made, may be {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PeerReview(
        List<@NotNull @Valid PeerReviewer> team,
        @NotNull LocalDate visitFrom,
        LocalDate visitTo,
        LocalDate feedbackOn,
        @Valid Scope scope,
        List<@NotNull @Valid ValidatedLevel> validatedLevels,
        List<@NotNull @Valid ModuleFeedback> feedback,
        @Valid Award award) {

    public PeerReview {
        team = Lists.copy(team);
        scope = scope == null ? Scope.ALL : scope;
        validatedLevels = Lists.copy(validatedLevels);
        feedback = Lists.copy(feedback);
    }

    /** A review whose feedback date is not recorded. */
    public PeerReview(
            List<PeerReviewer> team,
            LocalDate visitFrom,
            LocalDate visitTo,
            Scope scope,
            List<ValidatedLevel> validatedLevels,
            List<ModuleFeedback> feedback,
            Award award) {
        this(team, visitFrom, visitTo, null, scope, validatedLevels, feedback, award);
    }

    /** This review with the day the peers gave their feedback. */
    public PeerReview withFeedbackOn(LocalDate feedbackOn) {
        return new PeerReview(team, visitFrom, visitTo, feedbackOn, scope, validatedLevels, feedback, award);
    }

    /**
     * The feedback an action plan answers: each module's numbered recommendations; or, for a review that numbered
     * none (as many did before 2014: strengths and areas to develop only), each area to develop as a recommendation
     * with the id {@code MODULE-area-N} (e.g. {@code m3-area-2}, numbered from 1 within its module) and its words.
     */
    public List<ModuleFeedback> feedbackToAnswer() {
        if (numbersRecommendations()) {
            return feedback.stream().filter(Objects::nonNull).toList();
        }
        return feedback.stream()
                .filter(Objects::nonNull)
                .map(f -> new ModuleFeedback(
                        f.module(),
                        f.strengths(),
                        f.areasToDevelop(),
                        IntStream.range(0, f.areasToDevelop().size())
                                .mapToObj(i -> new Recommendation(
                                        f.module() + "-area-" + (i + 1),
                                        f.areasToDevelop().get(i)))
                                .toList()))
                .toList();
    }

    /**
     * Whether the review numbers any recommendation; one that does not (strengths and areas to develop only) is
     * answered area by area ({@link #feedbackToAnswer()}).
     */
    public boolean numbersRecommendations() {
        return feedback.stream().anyMatch(f -> f != null && !f.recommendations().isEmpty());
    }

    /** The ids of every recommendation an action plan answers ({@link #feedbackToAnswer()}), in review order. */
    public List<String> recommendationIds() {
        return feedbackToAnswer().stream()
                .flatMap(f -> f.recommendations().stream())
                .filter(r -> r != null && r.id() != null)
                .map(Recommendation::id)
                .toList();
    }

    /** This peer review with {@code team} in place of its own. */
    public PeerReview withTeam(List<PeerReviewer> team) {
        return toBuilder().team(team).build();
    }

    /** This peer review with {@code scope} in place of its own. */
    public PeerReview withScope(Scope scope) {
        return toBuilder().scope(scope).build();
    }

    /** This peer review with {@code validatedLevels} in place of its own. */
    public PeerReview withValidatedLevels(List<ValidatedLevel> validatedLevels) {
        return toBuilder().validatedLevels(validatedLevels).build();
    }

    /** This peer review with {@code feedback} in place of its own. */
    public PeerReview withFeedback(List<ModuleFeedback> feedback) {
        return toBuilder().feedback(feedback).build();
    }

    /** This peer review with {@code award} in place of its own. */
    public PeerReview withAward(Award award) {
        return toBuilder().award(award).build();
    }

    /**
     * A builder with no component set: {@link Builder#build()} gives what the canonical constructor gives for the
     * components left unset ({@code null}; empty lists and defaults where the constructor supplies them).
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this peer review's components. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a peer review a component at a time, for callers that set a few of its many components by name.
     * {@link #build()} calls the canonical constructor, so the result is the same immutable record, with the same
     * defaults and copies, as the constructor would give; lists are copied when it is built. A builder is not
     * thread-safe; it may build any number of records.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private List<PeerReviewer> team;
        private LocalDate visitFrom;
        private LocalDate visitTo;
        private LocalDate feedbackOn;
        private Scope scope;
        private List<ValidatedLevel> validatedLevels;
        private List<ModuleFeedback> feedback;
        private Award award;

        private Builder() {}

        private Builder(PeerReview from) {
            team = from.team;
            visitFrom = from.visitFrom;
            visitTo = from.visitTo;
            feedbackOn = from.feedbackOn;
            scope = from.scope;
            validatedLevels = from.validatedLevels;
            feedback = from.feedback;
            award = from.award;
        }

        /** Sets {@link PeerReview#team()}. */
        public Builder team(List<PeerReviewer> team) {
            this.team = team;
            return this;
        }

        /** Sets {@link PeerReview#visitFrom()}. */
        public Builder visitFrom(LocalDate visitFrom) {
            this.visitFrom = visitFrom;
            return this;
        }

        /** Sets {@link PeerReview#visitTo()}. */
        public Builder visitTo(LocalDate visitTo) {
            this.visitTo = visitTo;
            return this;
        }

        /** Sets {@link PeerReview#feedbackOn()}. */
        public Builder feedbackOn(LocalDate feedbackOn) {
            this.feedbackOn = feedbackOn;
            return this;
        }

        /** Sets {@link PeerReview#scope()}. */
        public Builder scope(Scope scope) {
            this.scope = scope;
            return this;
        }

        /** Sets {@link PeerReview#validatedLevels()}. */
        public Builder validatedLevels(List<ValidatedLevel> validatedLevels) {
            this.validatedLevels = validatedLevels;
            return this;
        }

        /** Sets {@link PeerReview#feedback()}. */
        public Builder feedback(List<ModuleFeedback> feedback) {
            this.feedback = feedback;
            return this;
        }

        /** Sets {@link PeerReview#award()}. */
        public Builder award(Award award) {
            this.award = award;
            return this;
        }

        /** A new peer review of the components set. */
        public PeerReview build() {
            return new PeerReview(team, visitFrom, visitTo, feedbackOn, scope, validatedLevels, feedback, award);
        }
    }
}
