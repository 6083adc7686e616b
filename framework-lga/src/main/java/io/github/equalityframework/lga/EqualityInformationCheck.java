package io.github.equalityframework.lga;

import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.RuleParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** PSED: equality information published in the period, or in the year before it ends. */
final class EqualityInformationCheck extends LgaCheck {
    static final String ID = "lga.psed-equality-information";
    static final Set<String> KINDS = Set.of("annual-report", "equality-data");
    private static final PublicSectorEqualityDuty.SpecificDuty DUTY =
            PublicSectorEqualityDuty.ENGLAND.duty(PublicSectorEqualityDuty.EQUALITY_INFORMATION);
    static final Parameter<Long> WINDOW = Parameter.integer(
            "windowMonths",
            DUTY.everyMonths(),
            "Months before the period end within which equality information counts, when the period is shorter");

    EqualityInformationCheck() {
        super(
                ID,
                "Annual equality information (PSED)",
                "Looks for published equality information (evidence of kind annual-report or equality-data) dated "
                        + "within the assessment period or the windowMonths before its end, whichever reaches further "
                        + "back, and not after the period. Why: " + PublicSectorEqualityDuty.ENGLAND.citation() + " ("
                        + DUTY.provision() + ") require equality information to be published at least once a year. "
                        + "Publish this year's information and add it to the register.",
                Severity.WARNING,
                WINDOW);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        SelfAssessment assessment = context.assessment();
        AssessmentPeriod period = assessment.period();
        LocalDate windowStart = Lga.cutOff(assessment, parameters.get(WINDOW));
        LocalDate from = windowStart.isBefore(period.from()) ? windowStart : period.from();
        boolean published = assessment.evidence().stream()
                .filter(e -> KINDS.contains(e.kind()))
                .anyMatch(e -> !e.date().isBefore(from) && !e.date().isAfter(period.to()));
        return published
                ? List.of()
                : List.of(Finding.builder("psed-no-annual-equality-information", severity())
                        .path(DataPath.root().field("evidence"))
                        .message(
                                "No equality information (evidence of kind annual-report or equality-data) is dated between "
                                        + from
                                        + " and " + period.to() + ". The PSED (" + DUTY.provision()
                                        + ") requires it to be published at "
                                        + "least once a year: add this year's equality information to the register.")
                        .build());
    }
}
