package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.apiguardian.api.API;

/**
 * One step on a framework's maturity scale, such as "Achieving".
 *
 * @param id        stable identifier used in data files, e.g. {@code achieving}
 * @param label     the name shown to people, e.g. {@code Achieving}
 * @param rank      position on the scale; higher is more mature; 0 or more for framework levels
 * @param strapline optional one-line meaning of the level, may be {@code null}
 */
@API(status = STABLE, since = "0.1")
public record MaturityLevel(
        @NotBlank String id,
        @NotBlank String label,
        @PositiveOrZero int rank,
        String strapline) implements Comparable<MaturityLevel> {

    /** The level of a criterion that nobody has assessed; it ranks below every framework level. */
    public static final MaturityLevel NOT_ASSESSED = new MaturityLevel("not-assessed", "Not assessed", -1, null);

    /** Orders by rank only; levels of one scale have distinct ranks. */
    @Override
    public int compareTo(MaturityLevel other) {
        return Integer.compare(rank, other.rank);
    }

    /** Whether this level is at least as mature as {@code other}. */
    public boolean isAtLeast(MaturityLevel other) {
        return rank >= other.rank;
    }
}
