package io.github.equalityframework.lga;

import io.github.equalityframework.spi.PluginContext;

/** Registers the LGA plugin's scoring rules and checks. */
final class LgaRules {
    private LgaRules() {}

    /** Adds every LGA rule and check to a plugin context. */
    static void register(PluginContext context) {
        context.addScoringRule(new EvidenceKindsRule());
        context.addScoringRule(new EvidenceRecencyRule());
        context.addScoringRule(new CharacteristicCoverageRule());
        context.addScoringRule(new ExcellentNeedsValidationRule());
        context.addCheck(new ClaimWithoutEvidenceCheck());
        context.addCheck(new ClaimAboveEvidenceCheck());
        context.addCheck(new NarrativeMissingCheck());
        context.addCheck(new ExcellentAwaitingValidationCheck());
        context.addCheck(new UnusedEvidenceCheck());
        context.addCheck(new EvidenceDateCheck());
        context.addCheck(new CharacteristicWithoutEvidenceCheck());
        context.addCheck(new EqualityObjectivesCheck());
        context.addCheck(new EqualityInformationCheck());
        context.addCheck(new OverdueActionsCheck());
        context.addCheck(new CompleteWithoutProgressCheck());
        context.addCheck(new PlanTimescalesCheck());
        context.addCheck(new PlanDatesCheck());
        context.addCheck(new PlanReconciliationCheck());
        context.addCheck(new ReviewRationaleCheck());
        context.addCheck(new ReviewFeedbackCheck());
    }
}
