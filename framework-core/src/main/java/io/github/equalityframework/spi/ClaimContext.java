package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.DataPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a scoring rule sees for one criterion, and what a check sees for each claim
 * ({@link AssessmentContext#claims()}). An interface, so that it can grow by default methods without
 * breaking a plugin; the engine gives the implementation.
 */
@API(status = STABLE, since = "0.1")
public interface ClaimContext {

    /** The whole self-assessment. */
    SelfAssessment assessment();

    /** Its framework edition. */
    FrameworkDefinition framework();

    /** The criterion being scored. */
    Criterion criterion();

    /** The council's claim for it, or {@code null} when there is none; see {@link #claimed()}. */
    Claim claim();

    /** The evidence the claim links to that resolves in the register, in claim order; never {@code null}. */
    List<EvidenceItem> evidence();

    /** The engine's "today", from its clock. */
    LocalDate today();

    /** The claim, if the council made one. */
    default Optional<Claim> claimed() {
        return Optional.ofNullable(claim());
    }

    /**
     * How many of the evidence items name each characteristic, an item counted once for each characteristic it
     * names, in the order the characteristics are first named: the keys are the characteristics the claim's
     * evidence covers. The engine's contexts count when they are made, in one pass over the evidence, for every
     * rule and for the report's coverage matrix; this default counts on each call.
     */
    default Map<String, Integer> characteristicCounts() {
        return Contexts.characteristicCounts(evidence());
    }

    /** The data path of the claim, e.g. {@code claims[3]}, or empty when there is none. */
    default String claimPath() {
        int index = claim() == null ? -1 : assessment().claims().indexOf(claim());
        return index < 0 ? "" : DataPath.root().field("claims").index(index).toString();
    }

    /**
     * The context the engine gives a scoring rule; for the engine and for plugins' own tests.
     *
     * @param assessment the whole self-assessment
     * @param framework  its framework edition
     * @param criterion  the criterion being scored
     * @param claim      the council's claim for it, or {@code null} when there is none
     * @param evidence   the evidence the claim links to that resolves in the register, in claim order
     * @param today      the engine's "today", from its clock
     */
    static ClaimContext of(
            SelfAssessment assessment,
            FrameworkDefinition framework,
            Criterion criterion,
            Claim claim,
            List<EvidenceItem> evidence,
            LocalDate today) {
        List<EvidenceItem> linked = List.copyOf(evidence);
        return new Contexts.Claim(
                assessment, framework, criterion, claim, linked, Contexts.characteristicCounts(linked), today);
    }
}
