package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What a council says about one criterion: the level it believes it has reached, why, and the
 * evidence that shows it.
 *
 * @param criterion the criterion id, e.g. {@code m1/c2}
 * @param level     the claimed level id on the framework's scale
 * @param narrative the council's explanation, may be {@code null}
 * @param evidence  ids of entries in the evidence register, never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Claim(
        @NotBlank String criterion, @NotBlank String level, String narrative, List<@NotBlank String> evidence) {

    public Claim {
        evidence = Lists.copy(evidence);
    }

    /** This claim with {@code criterion} in place of its own. */
    public Claim withCriterion(String criterion) {
        return new Claim(criterion, this.level, this.narrative, this.evidence);
    }

    /** This claim with {@code level} in place of its own. */
    public Claim withLevel(String level) {
        return new Claim(this.criterion, level, this.narrative, this.evidence);
    }

    /** This claim with {@code narrative} in place of its own. */
    public Claim withNarrative(String narrative) {
        return new Claim(this.criterion, this.level, narrative, this.evidence);
    }

    /** This claim with {@code evidence} in place of its own. */
    public Claim withEvidence(List<String> evidence) {
        return new Claim(this.criterion, this.level, this.narrative, evidence);
    }
}
