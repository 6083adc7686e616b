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
        return new Contexts.Claim(assessment, framework, criterion, claim, evidence, today);
    }
}
