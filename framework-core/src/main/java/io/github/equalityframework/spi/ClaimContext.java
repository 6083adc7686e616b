package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a scoring rule sees for one criterion.
 *
 * @param assessment the whole self-assessment
 * @param framework  its framework edition
 * @param criterion  the criterion being scored
 * @param claim      the council's claim for it, or {@code null} when there is none
 * @param evidence   the evidence the claim links to that resolves in the register, in claim order
 * @param today      the engine's "today", from its clock
 */
@API(status = STABLE, since = "0.1")
public record ClaimContext(
        SelfAssessment assessment,
        FrameworkDefinition framework,
        Criterion criterion,
        Claim claim,
        List<EvidenceItem> evidence,
        LocalDate today) {

    public ClaimContext {
        evidence = List.copyOf(evidence);
    }

    /** The claim, if the council made one. */
    public Optional<Claim> claimed() {
        return Optional.ofNullable(claim);
    }

    /** The data path of the claim, e.g. {@code claims[3]}, or empty when there is none. */
    public String claimPath() {
        int index = claim == null ? -1 : assessment.claims().indexOf(claim);
        return index < 0 ? "" : "claims[" + index + "]";
    }
}
