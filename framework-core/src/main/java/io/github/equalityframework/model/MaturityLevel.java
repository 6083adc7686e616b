package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * One step on a framework's maturity scale, such as "Achieving".
 *
 * @param id        stable identifier used in data files, e.g. {@code achieving}
 * @param label     the name shown to people, e.g. {@code Achieving}
 * @param rank      position on the scale; higher is more mature; 0 or more for framework levels
 * @param strapline optional one-line meaning of the level, may be {@code null}
 * @param labels    the label in other languages, by language code, e.g. {@code cy: Datblygu}; the framework's
 *                  data gives them, as the level belongs to the framework, not to the product; never
 *                  {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MaturityLevel(
        @NotBlank String id,
        @NotBlank String label,
        @PositiveOrZero int rank,
        String strapline,
        Map<@NotBlank String, @NotBlank String> labels)
        implements Comparable<MaturityLevel> {

    public MaturityLevel {
        labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    /** A level labelled in one language. */
    public MaturityLevel(String id, String label, int rank, String strapline) {
        this(id, label, rank, strapline, Map.of());
    }

    /** The level of a criterion that nobody has assessed; it ranks below every framework level. */
    public static final MaturityLevel NOT_ASSESSED = new MaturityLevel("not-assessed", "Not assessed", -1, null);

    /** The label in a language: the framework's word for it in that language where it gives one, else {@link #label()}. */
    public String label(Locale language) {
        return language == null ? label : labels.getOrDefault(language.getLanguage(), label);
    }

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
