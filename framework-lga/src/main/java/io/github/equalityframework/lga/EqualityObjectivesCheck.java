package io.github.equalityframework.lga;

import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.ParameterSpec;
import io.github.equalityframework.spi.ParameterType;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Severity;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** PSED: equality objectives set within the last four years. */
final class EqualityObjectivesCheck extends LgaCheck {
    private static final PublicSectorEqualityDuty PSED = PublicSectorEqualityDuty.ENGLAND;

    static final String MAX_AGE = "maxAgeMonths";

    EqualityObjectivesCheck() {
        super("lga.psed-equality-objectives", "Equality objectives at least every four years (PSED)",
                "Looks for evidence of kind strategy (equality objectives) linked to a criterion about equality "
                        + "objectives, and checks that the newest is no older than maxAgeMonths before the period end. "
                        + "Why: " + PSED.citation() + " require specific, measurable equality objectives at least every "
                        + "four years. Publish current objectives and link them to that criterion.",
                Severity.WARNING,
                new ParameterSpec(MAX_AGE, ParameterType.INTEGER, PSED.duty("equality-objectives").everyMonths(),
                        "Months before the period end within which the objectives must have been set"));
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        SelfAssessment assessment = context.assessment();
        List<EvidenceItem> objectives = context.framework().criteria()
                .filter(c -> c.hasTag(Lga.PSED_OBJECTIVES))
                .flatMap(c -> assessment.claim(c.id()).stream())
                .flatMap(claim -> claim.evidence().stream())
                .flatMap(id -> assessment.evidence(id).stream())
                .filter(e -> e.kind().equals("strategy"))
                .toList();
        LocalDate cutOff = Lga.cutOff(assessment, parameters.integer(MAX_AGE));
        Optional<EvidenceItem> newest = objectives.stream().max(Comparator.comparing(EvidenceItem::date));
        if (newest.isEmpty()) {
            return List.of(Finding.of("psed-no-equality-objectives", severity(), "claims",
                    "No equality objectives (evidence of kind strategy) are linked to a criterion about equality objectives. "
                            + "The PSED requires them at least every four years; link the current objectives."));
        }
        if (newest.get().date().isBefore(cutOff)) {
            return List.of(Finding.of("psed-equality-objectives-old", severity(), evidencePath(assessment, newest.get()),
                    "The newest equality objectives (" + newest.get().id() + ", " + newest.get().date() + ") were set more than "
                            + parameters.integer(MAX_AGE) + " months before the period end. The PSED requires new objectives at "
                            + "least every four years; publish refreshed objectives."));
        }
        return List.of();
    }

    private static String evidencePath(SelfAssessment assessment, EvidenceItem item) {
        return "evidence[" + assessment.evidence().indexOf(item) + "]";
    }
}
