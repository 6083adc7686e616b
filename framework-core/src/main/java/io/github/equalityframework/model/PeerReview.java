package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The outcome of a peer challenge.
 *
 * @param team            the peer team, never {@code null}
 * @param visitFrom       first day of the on-site visit
 * @param visitTo         last day of the on-site visit, may be {@code null}
 * @param scope           what the challenge looked at, never {@code null} ({@link Scope#ALL} by default)
 * @param validatedLevels per criterion, the level the peers validated, never {@code null}
 * @param feedback        per module, strengths, areas to develop and recommendations, never {@code null}
 * @param award           an award made, may be {@code null}
 */
@API(status = STABLE, since = "0.1")
public record PeerReview(
        List<@NotNull @Valid PeerReviewer> team,
        @NotNull LocalDate visitFrom,
        LocalDate visitTo,
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
}
