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

    /** This self-assessment with {@code organisation} in place of its own. */
    public SelfAssessment withOrganisation(Organisation organisation) {
        return toBuilder().organisation(organisation).build();
    }

    /** This self-assessment with {@code framework} in place of its own. */
    public SelfAssessment withFramework(String framework) {
        return toBuilder().framework(framework).build();
    }

    /** This self-assessment with {@code period} in place of its own. */
    public SelfAssessment withPeriod(AssessmentPeriod period) {
        return toBuilder().period(period).build();
    }

    /** This self-assessment with {@code scope} in place of its own. */
    public SelfAssessment withScope(Scope scope) {
        return toBuilder().scope(scope).build();
    }

    /** This self-assessment with {@code localCharacteristics} in place of its own. */
    public SelfAssessment withLocalCharacteristics(List<Characteristic> localCharacteristics) {
        return toBuilder().localCharacteristics(localCharacteristics).build();
    }

    /** This self-assessment with {@code claims} in place of its own. */
    public SelfAssessment withClaims(List<Claim> claims) {
        return toBuilder().claims(claims).build();
    }

    /**
     * A builder with no component set: {@link Builder#build()} gives what the canonical constructor gives for the
     * components left unset ({@code null}; empty lists and defaults where the constructor supplies them).
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this self-assessment's components. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a self-assessment a component at a time, for callers that set a few of its many components by name.
     * {@link #build()} calls the canonical constructor, so the result is the same immutable record, with the same
     * defaults and copies, as the constructor would give; lists are copied when it is built. A builder is not
     * thread-safe; it may build any number of records.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private Organisation organisation;
        private String framework;
        private AssessmentPeriod period;
        private Scope scope;
        private List<Characteristic> localCharacteristics;
        private List<Claim> claims;
        private List<EvidenceItem> evidence;
        private PeerReview peerReview;
        private ActionPlan actionPlan;

        private Builder() {}

        private Builder(SelfAssessment from) {
            organisation = from.organisation;
            framework = from.framework;
            period = from.period;
            scope = from.scope;
            localCharacteristics = from.localCharacteristics;
            claims = from.claims;
            evidence = from.evidence;
            peerReview = from.peerReview;
            actionPlan = from.actionPlan;
        }

        /** Sets {@link SelfAssessment#organisation()}. */
        public Builder organisation(Organisation organisation) {
            this.organisation = organisation;
            return this;
        }

        /** Sets {@link SelfAssessment#framework()}. */
        public Builder framework(String framework) {
            this.framework = framework;
            return this;
        }

        /** Sets {@link SelfAssessment#period()}. */
        public Builder period(AssessmentPeriod period) {
            this.period = period;
            return this;
        }

        /** Sets {@link SelfAssessment#scope()}. */
        public Builder scope(Scope scope) {
            this.scope = scope;
            return this;
        }

        /** Sets {@link SelfAssessment#localCharacteristics()}. */
        public Builder localCharacteristics(List<Characteristic> localCharacteristics) {
            this.localCharacteristics = localCharacteristics;
            return this;
        }

        /** Sets {@link SelfAssessment#claims()}. */
        public Builder claims(List<Claim> claims) {
            this.claims = claims;
            return this;
        }

        /** Sets {@link SelfAssessment#evidence()}. */
        public Builder evidence(List<EvidenceItem> evidence) {
            this.evidence = evidence;
            return this;
        }

        /** Sets {@link SelfAssessment#peerReview()}. */
        public Builder peerReview(PeerReview peerReview) {
            this.peerReview = peerReview;
            return this;
        }

        /** Sets {@link SelfAssessment#actionPlan()}. */
        public Builder actionPlan(ActionPlan actionPlan) {
            this.actionPlan = actionPlan;
            return this;
        }

        /** A new self-assessment of the components set. */
        public SelfAssessment build() {
            return new SelfAssessment(
                    organisation,
                    framework,
                    period,
                    scope,
                    localCharacteristics,
                    claims,
                    evidence,
                    peerReview,
                    actionPlan);
        }
    }
}
