package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.model.MaturityLevel;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The level that the evidence for one criterion supports, according to one scoring rule, and why.
 *
 * @param level   the highest level the evidence supports, or {@link MaturityLevel#NOT_ASSESSED} when
 *                it supports none
 * @param reasons plain-English reasons, e.g. what evidence kind is missing for the next level
 */
@API(status = STABLE, since = "0.1")
public record Score(MaturityLevel level, List<String> reasons) {
    public Score {
        Objects.requireNonNull(level, "level");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
