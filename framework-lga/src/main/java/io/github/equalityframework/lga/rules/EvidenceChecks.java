package io.github.equalityframework.lga.rules;

import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks of the evidence register. */
final class EvidenceChecks {
    private EvidenceChecks() {}

    static final class Unused extends LgaCheck {
        Unused() {
            super("lga.unused-evidence", "Evidence no claim uses",
                    "An entry of the evidence register that no claim links to. It may belong to a claim that forgot it, "
                            + "or be left over. Link it to the claim it supports, or remove it.",
                    Severity.INFO);
        }

        @Override
        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
            SelfAssessment assessment = context.assessment();
            Set<String> used = new HashSet<>();
            assessment.claims().forEach(c -> used.addAll(c.evidence()));
            List<Finding> found = new ArrayList<>();
            for (int i = 0; i < assessment.evidence().size(); i++) {
                EvidenceItem item = assessment.evidence().get(i);
                if (!used.contains(item.id())) {
                    found.add(Finding.of("unused-evidence", severity(), "evidence[" + i + "]", "Evidence " + item.id() + " ('"
                            + item.title() + "') supports no claim. Link it to the claim it shows, or remove it."));
                }
            }
            return found;
        }
    }

    static final class Dated extends LgaCheck {
        Dated() {
            super("lga.evidence-date", "Evidence dated after the period or in the future",
                    "Evidence dated after the end of the assessment period, or after today. Evidence from after the period "
                            + "did not exist when the period was assessed, and a future date is usually a typing error. "
                            + "Correct the date, or keep the item for next year's assessment.",
                    Severity.WARNING);
        }

        @Override
        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
            SelfAssessment assessment = context.assessment();
            List<Finding> found = new ArrayList<>();
            for (int i = 0; i < assessment.evidence().size(); i++) {
                EvidenceItem item = assessment.evidence().get(i);
                String path = "evidence[" + i + "]";
                if (item.date().isAfter(context.today())) {
                    found.add(Finding.of("evidence-in-future", severity(), path, "Evidence " + item.id() + " is dated "
                            + item.date() + ", which is in the future. Correct the date."));
                } else if (item.date().isAfter(assessment.period().to())) {
                    found.add(Finding.of("evidence-after-period", severity(), path, "Evidence " + item.id() + " is dated "
                            + item.date() + ", after the period ends (" + assessment.period().to()
                            + "). Correct the date, or keep it for the next assessment."));
                }
            }
            return found;
        }
    }

    static final class CharacteristicWithoutEvidence extends LgaCheck {
        CharacteristicWithoutEvidence() {
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
}
