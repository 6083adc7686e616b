package io.github.equalityframework.workforce;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AssessmentCheck;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import java.time.LocalDate;
import java.util.List;

/**
 * A council with 250 or more employees must publish its gender pay gap figures every year; its
 * self-assessment should hold a workforce report dated within the last twelve months of the period.
 */
final class WorkforceReportCheck implements AssessmentCheck {
    static final String ID = "workforce.pay-gap-report";
    static final Parameter<Long> EMPLOYEES = Parameter.integer(
            "employees", -1, "The council's number of employees on the snapshot date; -1 when not stated");
    static final Parameter<Long> THRESHOLD = Parameter.integer(
            "threshold", WorkforceAnalysis.STATUTORY_THRESHOLD, "The number of employees from which the duty applies");
    static final Parameter<Long> WINDOW =
            Parameter.integer("windowMonths", 12, "Months before the period end within which the report must be dated");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleDocumentation documentation() {
        return new RuleDocumentation(
                "Annual workforce pay gap report",
                "Looks for evidence of kind workforce-report dated within windowMonths before the end of the period, "
                        + "when the council has threshold (250) or more employees. Why: public authorities with 250 or more "
                        + "employees on the snapshot date (31 March) must publish their gender pay gap figures every year "
                        + "(Equality Act 2010 (Specific Duties and Public Authorities) Regulations 2017, Schedule 1), and the "
                        + "workforce module needs current figures. Set employees in the council's profile; while it is not "
                        + "set (-1) the check assumes the duty applies. Publish the figures and add the report to the register.",
                Severity.WARNING,
                List.of(EMPLOYEES, THRESHOLD, WINDOW));
    }

    /** The LGA editions' workforce modules; the check has no meaning for other frameworks. */
    @Override
    public boolean appliesTo(FrameworkDefinition framework) {
        return framework.id().startsWith("lga-eflg-");
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        long employees = parameters.get(EMPLOYEES);
        long threshold = parameters.get(THRESHOLD);
        if (employees >= 0 && employees < threshold) {
            return List.of();
        }
        SelfAssessment assessment = context.assessment();
        LocalDate to = assessment.period().to();
        LocalDate from = to.minusMonths(parameters.get(WINDOW));
        boolean recent = assessment.evidence().stream()
                .filter(e -> e.kind().equals(WorkforceReport.EVIDENCE_KIND))
                .anyMatch(e -> !e.date().isBefore(from) && !e.date().isAfter(to));
        if (recent) {
            return List.of();
        }
        String who = employees < 0
                ? "The profile does not give the council's number of employees, so this assumes " + threshold
                        + " or more; set the parameter " + EMPLOYEES.name() + " if the council employs fewer."
                : "The council has " + employees + " employees.";
        return List.of(Finding.builder("no-recent-workforce-report", Severity.WARNING)
                .path("evidence")
                .message("No workforce report (evidence of kind workforce-report) is dated between " + from + " and "
                        + to
                        + ". A council with " + threshold
                        + " or more employees must publish its gender pay gap figures "
                        + "every year; publish them and add the report to the register. " + who)
                .build());
    }
}
