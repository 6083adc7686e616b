package io.github.equalityframework.lga;

import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.ParameterSpec;
import io.github.equalityframework.spi.ParameterType;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Severity;
import java.time.LocalDate;
import java.util.List;

/** PSED: equality information published within the last year of the period. */
final class EqualityInformationCheck extends LgaCheck {
    private static final PublicSectorEqualityDuty PSED = PublicSectorEqualityDuty.ENGLAND;

    static final String WINDOW = "windowMonths";

    EqualityInformationCheck() {
        super("lga.psed-equality-information", "Annual equality information (PSED)",
                "Looks for published equality information (evidence of kind annual-report or equality-data) dated "
                        + "within windowMonths before the end of the period. Why: " + PSED.citation()
                        + " require equality information to be published at least once a year. Publish this year's "
                        + "information and add it to the register.",
                Severity.WARNING,
                new ParameterSpec(WINDOW, ParameterType.INTEGER, PSED.duty("equality-information").everyMonths(),
                        "Months before the period end within which equality information must have been published"));
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        SelfAssessment assessment = context.assessment();
        LocalDate from = Lga.cutOff(assessment, parameters.integer(WINDOW));
        boolean published = assessment.evidence().stream()
                .filter(e -> e.kind().equals("annual-report") || e.kind().equals("equality-data"))
                .anyMatch(e -> !e.date().isBefore(from) && !e.date().isAfter(assessment.period().to()));
        return published ? List.of() : List.of(Finding.of("psed-no-annual-equality-information", severity(), "evidence",
                "No equality information (annual report or equality data) is dated between " + from + " and "
                        + assessment.period().to() + ". The PSED requires it at least once a year; publish it and add it to the register."));
    }
}
