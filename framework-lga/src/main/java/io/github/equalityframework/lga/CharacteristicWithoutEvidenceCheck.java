package io.github.equalityframework.lga;

import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import java.util.List;
import java.util.Set;

/** A characteristic in scope that no evidence in the register covers. */
final class CharacteristicWithoutEvidenceCheck extends LgaCheck {
    static final String ID = "lga.characteristic-without-evidence";

    CharacteristicWithoutEvidenceCheck() {
        super(
                ID,
                "Characteristic in scope with no evidence",
                "A characteristic in the assessment's scope (the listed ones, or the edition's characteristics and "
                        + "the council's local ones: the nine protected characteristics, or for the 2009 edition the six "
                        + "equality strands of its time) that no entry of the evidence register covers. An assessment "
                        + "cannot show outcomes for a group it has no evidence about. Add equality data, consultation "
                        + "or impact assessments that cover it, or take it out of the scope.",
                Severity.WARNING);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        SelfAssessment assessment = context.assessment();
        // Gathered by the engine in its pass over the register.
        Set<String> covered = context.characteristicsCovered();
        return Lga.characteristicsInScope(context.framework(), assessment).stream()
                .filter(c -> !covered.contains(c))
                .map(c -> Finding.builder("characteristic-without-evidence", severity())
                        .path(path(assessment, c))
                        .message("The characteristic " + c
                                + " is in scope but no evidence in the register covers it. Add "
                                + "evidence about it and list " + c
                                + " among the characteristics it covers, or take it "
                                + "out of the scope.")
                        .build())
                .toList();
    }

    /** Where the characteristic is brought into scope: the scope's list, the local characteristics, or the whole scope. */
    private static DataPath path(SelfAssessment assessment, String characteristic) {
        int listed = assessment.scope().characteristics().indexOf(characteristic);
        if (listed >= 0) {
            return DataPath.root().field("scope").field("characteristics").index(listed);
        }
        List<String> local = assessment.localCharacteristics().stream()
                .map(Characteristic::id)
                .toList();
        int declared = local.indexOf(characteristic);
        return declared >= 0
                ? DataPath.root().field("localCharacteristics").index(declared)
                : DataPath.root().field("scope");
    }
}
