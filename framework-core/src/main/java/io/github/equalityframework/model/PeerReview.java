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
}
