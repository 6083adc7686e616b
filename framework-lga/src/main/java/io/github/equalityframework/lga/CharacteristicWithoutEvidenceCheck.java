package io.github.equalityframework.lga;

import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A characteristic in scope that no evidence in the register covers. */
final class CharacteristicWithoutEvidenceCheck extends LgaCheck {
    CharacteristicWithoutEvidenceCheck() {
        super("lga.characteristic-without-evidence", "Characteristic in scope with no evidence",
                "A characteristic in the assessment's scope that no entry of the evidence register covers. An "
                        + "assessment cannot show outcomes for a group it has no evidence about. Add equality data, "
                        + "consultation or impact assessments that cover it.",
                Severity.WARNING);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        Set<String> covered = new HashSet<>();
        context.assessment().evidence().forEach(e -> covered.addAll(e.characteristics()));
        return Lga.characteristicsInScope(context.assessment()).stream()
                .filter(c -> !covered.contains(c))
                .map(c -> Finding.of("characteristic-without-evidence", severity(), "scope",
                        "The characteristic " + c + " is in scope but no evidence covers it. Add evidence about it, "
                                + "or take it out of the scope."))
                .toList();
    }
}
