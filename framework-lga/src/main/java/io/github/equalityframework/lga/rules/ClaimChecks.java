package io.github.equalityframework.lga.rules;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.CriterionResult;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Severity;
import java.util.ArrayList;
import java.util.List;

/** Checks of each claim against its evidence and the scoring results. */
final class ClaimChecks {
    private ClaimChecks() {}

    static final class WithoutEvidence extends LgaCheck {
        WithoutEvidence() {
            super("lga.claim-without-evidence", "Claim without evidence",
                    "A claim at any level that links to no evidence in the register. Peers cannot validate a level "
                            + "nothing shows. Add the documents or data that show the level and list their ids in the claim.",
                    Severity.ERROR);
        }

        @Override
        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
            List<Finding> found = new ArrayList<>();
            SelfAssessment assessment = context.assessment();
            for (Claim claim : assessment.claims()) {
                if (claimed(context.framework(), claim) && claim.evidence().isEmpty()) {
                    found.add(Finding.of("claim-without-evidence", severity(), Lga.path(assessment, claim),
                            "The claim for " + claim.criterion() + " at " + Lga.label(context.framework(), claim.level())
                                    + " links to no evidence. Add the evidence that shows it to the register and list its ids in the claim."));
                }
            }
            return found;
        }
    }

    static final class AboveEvidence extends LgaCheck {
        AboveEvidence() {
            super("lga.claim-above-evidence", "Claim above what the evidence supports",
                    "A claimed level higher than the level the evidence supports by the scoring rules, for a criterion "
                            + "no peer review has validated. The finding repeats the scoring rules' reasons: add what they name, "
                            + "or lower the claim.",
                    Severity.WARNING);
        }

        @Override
        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
            List<Finding> found = new ArrayList<>();
            FrameworkDefinition framework = context.framework();
            for (CriterionResult result : context.criteria()) {
                if (result.evidenced() == null || result.validated() != null) {
                    continue;
                }
                MaturityLevel claimed = Lga.level(framework, result.claimed());
                MaturityLevel evidenced = Lga.level(framework, result.evidenced());
                Claim claim = context.assessment().claim(result.criterion()).orElse(null);
                // A claim with no evidence at all is the claim-without-evidence check's finding.
                if (claim != null && !claim.evidence().isEmpty() && claimed.compareTo(evidenced) > 0) {
                    found.add(Finding.of("claim-above-evidence", severity(), Lga.path(context.assessment(), claim),
                            "The claim for " + result.criterion() + " is " + claimed.label() + " but the evidence supports "
                                    + evidenced.label() + ": " + String.join("; ", result.reasons()) + "."));
                }
            }
            return found;
        }
    }

    static final class NarrativeMissing extends LgaCheck {
        NarrativeMissing() {
            super("lga.narrative-missing", "Narrative missing",
                    "A claim at Achieving or above with no narrative. The narrative is where a council explains how the "
                            + "evidence shows the level; peers read it first. Write two or three sentences that link the "
                            + "evidence to the level descriptor.",
                    Severity.WARNING);
        }

        @Override
        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
            List<Finding> found = new ArrayList<>();
            FrameworkDefinition framework = context.framework();
            List<MaturityLevel> levels = framework.scale().levels();
            MaturityLevel second = levels.get(Math.min(1, levels.size() - 1));
            for (Claim claim : context.assessment().claims()) {
                boolean blank = claim.narrative() == null || claim.narrative().isBlank();
                if (blank && Lga.level(framework, claim.level()).compareTo(second) >= 0) {
                    found.add(Finding.of("narrative-missing", severity(), Lga.path(context.assessment(), claim),
                            "The claim for " + claim.criterion() + " at " + Lga.label(framework, claim.level())
                                    + " has no narrative. Explain how the evidence shows the level."));
                }
            }
            return found;
        }
    }

    static final class AwaitingValidation extends LgaCheck {
        AwaitingValidation() {
            super("lga.excellent-awaiting-validation", "Excellent awaiting peer validation",
                    "A claim at Excellent that no peer review has validated. It is shown as claimed, awaiting peer "
                            + "validation, and counted as Achieving at most until a peer challenge validates it.",
                    Severity.INFO);
        }

        @Override
        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
            List<Finding> found = new ArrayList<>();
            MaturityLevel highest = context.framework().scale().highest();
            for (CriterionResult result : context.criteria()) {
                if (result.claimed().equals(highest.id()) && result.validated() == null) {
                    Claim claim = context.assessment().claim(result.criterion()).orElseThrow();
                    found.add(Finding.of("excellent-awaiting-validation", severity(), Lga.path(context.assessment(), claim),
                            "The claim for " + result.criterion() + " at " + highest.label()
                                    + " is awaiting peer validation; it counts as at most the level below until then."));
                }
            }
            return found;
        }
    }

    /** A claim at a level of the scale (not "not assessed"). */
    private static boolean claimed(FrameworkDefinition framework, Claim claim) {
        return framework.scale().levels().stream().anyMatch(l -> l.id().equals(claim.level()));
    }
}
