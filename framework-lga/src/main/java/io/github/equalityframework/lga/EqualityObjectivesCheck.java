package io.github.equalityframework.lga;

import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.RuleParameters;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * PSED: equality objectives published within the last four years, judged at the end of the period and on
 * the report date. The objectives are the register's evidence of kind {@code equality-objectives}; the date
 * that counts is their latest publication, so objectives reviewed and published again count from then.
 */
final class EqualityObjectivesCheck extends LgaCheck {
    static final String ID = "lga.psed-equality-objectives";
    private static final PublicSectorEqualityDuty.SpecificDuty DUTY =
            PublicSectorEqualityDuty.ENGLAND.duty(PublicSectorEqualityDuty.EQUALITY_OBJECTIVES);
    static final Parameter<Long> MAX_AGE = Parameter.integer(
            "maxAgeMonths",
            DUTY.everyMonths(),
            "Months before the period end, and before the report date, within which the newest objectives "
                    + "must have been published");

    EqualityObjectivesCheck() {
        super(
                ID,
                "Equality objectives at least every four years (PSED)",
                "Looks for the published equality objectives (evidence of kind equality-objectives) and checks that "
                        + "the newest is dated no more than maxAgeMonths before the period end, and no more than "
                        + "maxAgeMonths before the report date; exactly maxAgeMonths still counts. The date that counts "
                        + "is the latest publication: objectives reviewed and published again, changed or not, count "
                        + "from then. Evidence of kind strategy does not count; when a strategy is linked to the "
                        + "criterion about equality objectives (tagged psed-equality-objectives) and no objectives are "
                        + "in the register, the finding asks to give the objectives kind equality-objectives. Why: "
                        + PublicSectorEqualityDuty.ENGLAND.citation() + " (" + DUTY.provision() + ") require one or "
                        + "more specific and measurable equality objectives to be published at intervals of not more "
                        + "than four years. Publish current objectives and add them to the register.",
                Severity.WARNING,
                MAX_AGE);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        SelfAssessment assessment = context.assessment();
        Optional<EvidenceItem> newest = assessment.evidence().stream()
                .filter(e -> e != null && Lga.OBJECTIVES_KIND.equals(e.kind()) && e.date() != null)
                .max(Comparator.comparing(EvidenceItem::date));
        if (newest.isEmpty()) {
            return List.of(missing(context));
        }
        long months = parameters.get(MAX_AGE);
        EvidenceItem item = newest.get();
        LocalDate periodEnd = assessment.period().to();
        String age = age(months);
        if (item.date().isBefore(periodEnd.minusMonths(months))) {
            return List.of(Finding.builder("psed-equality-objectives-old", severity())
                    .path(Lga.path(assessment, item))
                    .message("The newest equality objectives (" + item.id() + ", published " + item.date()
                            + ") were over " + age + " old at the end of the period (" + periodEnd + "). " + duty())
                    .build());
        }
        LocalDate today = context.today();
        if (item.date().isBefore(today.minusMonths(months))) {
            return List.of(Finding.builder("psed-equality-objectives-now-old", severity())
                    .path(Lga.path(assessment, item))
                    .message("The newest equality objectives (" + item.id() + ") are now over " + age
                            + " old (published "
                            + item.date() + "; they were due to be published again by "
                            + item.date().plusMonths(months) + "). " + duty())
                    .build());
        }
        return List.of();
    }

    /** No objectives in the register: point at a strategy that may hold them, or at the criterion's claim. */
    private Finding missing(AssessmentContext context) {
        SelfAssessment assessment = context.assessment();
        List<Criterion> criteria = context.framework()
                .criteria()
                .filter(c -> c.hasTag(Lga.PSED_OBJECTIVES))
                .toList();
        String where = String.join(
                ", ",
                criteria.stream().map(c -> c.id() + " (" + c.title() + ")").toList());
        List<String> linked = criteria.stream()
                .flatMap(c -> assessment.claim(c.id()).stream())
                .flatMap(claim -> claim.evidence().stream())
                .distinct()
                .toList();
        // One pass over the register, indexing only the items these claims link: looking each reference up by a
        // scan would be quadratic, and indexing every item holds a map entry per item of a large register.
        Set<String> wanted = new HashSet<>(linked);
        Map<String, EvidenceItem> register = new HashMap<>();
        assessment.evidence().stream()
                .filter(e -> e != null && wanted.contains(e.id()))
                .forEach(e -> register.putIfAbsent(e.id(), e));
        List<EvidenceItem> strategies = linked.stream()
                .map(register::get)
                .filter(Objects::nonNull)
                .filter(e -> Lga.STRATEGY_KIND.equals(e.kind()))
                .toList();
        if (!strategies.isEmpty()) {
            return Finding.builder("psed-equality-objectives-as-strategy", severity())
                    .path(Lga.path(assessment, strategies.get(0)))
                    .message("Evidence of kind strategy ("
                            + String.join(
                                    ", ",
                                    strategies.stream().map(EvidenceItem::id).toList())
                            + ") is linked to " + where + ", but the register has no evidence of kind "
                            + "equality-objectives. If it holds the council's published equality objectives, give it "
                            + "kind equality-objectives: only that kind meets the PSED (" + DUTY.provision()
                            + ", objectives at least every four years), and a strategy for another purpose does not.")
                    .build();
        }
        DataPath path = criteria.stream()
                .flatMap(c -> assessment.claim(c.id()).stream())
                .findFirst()
                .map(claim -> Lga.path(assessment, claim))
                .orElse(DataPath.root().field("claims"));
        return Finding.builder("psed-no-equality-objectives", severity())
                .path(path)
                .message("No equality objectives (evidence of kind equality-objectives) are in the register. The PSED ("
                        + DUTY.provision() + ") requires published objectives at least every four years: add the "
                        + "current objectives with kind equality-objectives"
                        + (criteria.isEmpty() ? "" : " and link them to the claim for " + where) + ".")
                .build();
    }

    private static String duty() {
        return "The PSED (" + DUTY.provision() + ") requires equality objectives to be published at least every four "
                + "years; objectives reviewed and published again, changed or not, count from their new publication. "
                + "Publish them again and give that date in the register.";
    }

    /** "4 years" for 48 months, "30 months" for 30. */
    private static String age(long months) {
        if (months % 12 != 0) {
            return months + " months";
        }
        return months == 12 ? "1 year" : months / 12 + " years";
    }
}
