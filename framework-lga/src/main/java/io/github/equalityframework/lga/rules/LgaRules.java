package io.github.equalityframework.lga.rules;

import io.github.equalityframework.spi.PluginContext;

/** Registers the LGA plugin's scoring rules and checks. */
public final class LgaRules {
    private LgaRules() {}

    /** Adds every LGA rule and check to a plugin context. */
    public static void register(PluginContext context) {
        context.addScoringRule(new EvidenceKindsRule());
        context.addScoringRule(new EvidenceRecencyRule());
        context.addScoringRule(new CharacteristicCoverageRule());
        context.addScoringRule(new ExcellentNeedsValidationRule());
        context.addCheck(new ClaimChecks.WithoutEvidence());
        context.addCheck(new ClaimChecks.AboveEvidence());
        context.addCheck(new ClaimChecks.NarrativeMissing());
        context.addCheck(new ClaimChecks.AwaitingValidation());
        context.addCheck(new EvidenceChecks.Unused());
        context.addCheck(new EvidenceChecks.Dated());
        context.addCheck(new EvidenceChecks.CharacteristicWithoutEvidence());
        context.addCheck(new DutyChecks.EqualityObjectives());
        context.addCheck(new DutyChecks.EqualityInformation());
        context.addCheck(new DutyChecks.OverdueActions());
    }
}
