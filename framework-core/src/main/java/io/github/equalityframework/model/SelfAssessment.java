package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A council's self-assessment against one framework edition.
 *
 * @param organisation         who assesses itself
 * @param framework            the framework edition id, e.g. {@code lga-eflg-2021}
 * @param period               the period assessed
 * @param scope                the characteristics and modules in scope ({@link Scope#ALL} by default)
 * @param localCharacteristics characteristics the council adds for itself, never {@code null}
 * @param claims               one claim per criterion assessed, never {@code null}
 * @param evidence             the evidence register, never {@code null}
 * @param peerReview           the peer challenge outcome, may be {@code null}
 * @param actionPlan           the action plan, may be {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SelfAssessment(
        @NotNull @Valid Organisation organisation,
        @NotBlank String framework,
        @NotNull @Valid AssessmentPeriod period,
        @Valid Scope scope,
        List<@NotNull @Valid Characteristic> localCharacteristics,
        List<@NotNull @Valid Claim> claims,
        List<@NotNull @Valid EvidenceItem> evidence,
        @Valid PeerReview peerReview,
        @Valid ActionPlan actionPlan) {

    public SelfAssessment {
        scope = scope == null ? Scope.ALL : scope;
        localCharacteristics = Lists.copy(localCharacteristics);
        claims = Lists.copy(claims);
        evidence = Lists.copy(evidence);
    }

    /** The evidence entry with this id. */
    public Optional<EvidenceItem> evidence(String id) {
        return evidence.stream().filter(e -> e != null && id.equals(e.id())).findFirst();
    }

    /** The claim for this criterion. */
    public Optional<Claim> claim(String criterionId) {
        return claims.stream()
                .filter(c -> c != null && criterionId.equals(c.criterion()))
                .findFirst();
    }

    /** The peer review, if there is one. */
    public Optional<PeerReview> review() {
        return Optional.ofNullable(peerReview);
    }

    /** The action plan, if there is one. */
    public Optional<ActionPlan> plan() {
        return Optional.ofNullable(actionPlan);
    }

    /** This self-assessment with {@code review} as its peer review ({@code null}: none). */
    public SelfAssessment withPeerReview(PeerReview review) {
        return new SelfAssessment(
                organisation, framework, period, scope, localCharacteristics, claims, evidence, review, actionPlan);
    }

    /** This self-assessment with {@code plan} as its action plan ({@code null}: none). */
    public SelfAssessment withActionPlan(ActionPlan plan) {
        return new SelfAssessment(
                organisation, framework, period, scope, localCharacteristics, claims, evidence, peerReview, plan);
    }

    /** This self-assessment with {@code register} as its evidence register. */
    public SelfAssessment withEvidence(List<EvidenceItem> register) {
        return new SelfAssessment(
                organisation, framework, period, scope, localCharacteristics, claims, register, peerReview, actionPlan);
    }
}
