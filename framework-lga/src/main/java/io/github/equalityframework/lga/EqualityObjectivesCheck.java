package io.github.equalityframework.lga;

import io.github.equalityframework.model.Criterion;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * PSED: equality objectives set within the last four years. Objectives are evidence of kind
 * {@code strategy} linked to a criterion tagged {@code psed-equality-objectives}.
 */
final class EqualityObjectivesCheck extends LgaCheck {
    static final String ID = "lga.psed-equality-objectives";
    static final String MAX_AGE = "maxAgeMonths";
    private static final PublicSectorEqualityDuty.SpecificDuty DUTY =
            PublicSectorEqualityDuty.ENGLAND.duty(PublicSectorEqualityDuty.EQUALITY_OBJECTIVES);

    EqualityObjectivesCheck() {
        super(
                ID,
                "Equality objectives at least every four years (PSED)",
                "Looks for evidence of kind strategy (the equality objectives) linked to a criterion about equality "
                        + "objectives (tagged psed-equality-objectives), and checks that the newest is dated no more than "
                        + "maxAgeMonths before the period end; exactly maxAgeMonths still counts. Why: "
                        + PublicSectorEqualityDuty.ENGLAND.citation() + " (" + DUTY.provision() + ") require specific, "
                        + "measurable equality objectives at least every four years. Publish current objectives and link "
                        + "them to that criterion.",
                Severity.WARNING,
                new ParameterSpec(
                        MAX_AGE,
                        ParameterType.INTEGER,
                        DUTY.everyMonths(),
                        "Months before the period end within which the newest objectives must have been published"));
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        SelfAssessment assessment = context.assessment();
        List<Criterion> criteria = context.framework()
                .criteria()
                .filter(c -> c.hasTag(Lga.PSED_OBJECTIVES))
                .toList();
        // Indexed once: looking each reference up in the register would be quadratic in its size.
        Map<String, EvidenceItem> register = new HashMap<>();
        assessment.evidence().forEach(e -> register.putIfAbsent(e.id(), e));
        List<EvidenceItem> objectives = criteria.stream()
                .flatMap(c -> assessment.claim(c.id()).stream())
                .flatMap(claim -> claim.evidence().stream())
                .map(register::get)
                .filter(Objects::nonNull)
                .filter(e -> e.kind().equals("strategy"))
                .toList();
        Optional<EvidenceItem> newest = objectives.stream().max(Comparator.comparing(EvidenceItem::date));
        if (newest.isEmpty()) {
            String where = String.join(
                    ", ",
                    criteria.stream().map(c -> c.id() + " (" + c.title() + ")").toList());
            String path = criteria.stream()
                    .flatMap(c -> assessment.claim(c.id()).stream())
                    .findFirst()
                    .map(claim -> Lga.path(assessment, claim))
                    .orElse("claims");
            return List.of(Finding.of(
                    "psed-no-equality-objectives",
                    severity(),
                    path,
                    "No equality objectives (evidence of kind strategy) are linked to " + where + ". The PSED ("
                            + DUTY.provision() + ") requires published objectives at least every four years: add the "
                            + "current objectives to the register and link them to the claim for that criterion."));
        }
        LocalDate cutOff = Lga.cutOff(assessment, parameters.integer(MAX_AGE));
        EvidenceItem item = newest.get();
        if (item.date().isBefore(cutOff)) {
            return List.of(Finding.of(
                    "psed-equality-objectives-old",
                    severity(),
                    Lga.path(assessment, item),
                    "The newest equality objectives (" + item.id() + ", " + item.date() + ") are dated before " + cutOff
                            + ", more than " + parameters.integer(MAX_AGE)
                            + " months before the period ends. The PSED ("
                            + DUTY.provision()
                            + ") requires new objectives at least every four years: publish refreshed "
                            + "objectives and add them to the register."));
        }
        return List.of();
    }
}
