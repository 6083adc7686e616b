package io.github.equalityframework.lga.rules;

import io.github.equalityframework.lga.PublicSectorEqualityDuty;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.ParameterSpec;
import io.github.equalityframework.spi.ParameterType;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Checks of the Public Sector Equality Duty's specific duties, and of the action plan's deadlines. */
final class DutyChecks {
    private static final PublicSectorEqualityDuty PSED = PublicSectorEqualityDuty.ENGLAND;

    private DutyChecks() {}

    static final class EqualityObjectives extends LgaCheck {
        static final String MAX_AGE = "maxAgeMonths";

        EqualityObjectives() {
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
    }

    static final class EqualityInformation extends LgaCheck {
        static final String WINDOW = "windowMonths";

        EqualityInformation() {
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

    static final class OverdueActions extends LgaCheck {
        OverdueActions() {
            super("lga.overdue-actions", "Action past due and not complete",
                    "An action of the action plan whose due date has passed (by the engine's clock) and that is not "
                            + "complete. Report progress to cabinet or scrutiny, and agree a new date or close the action.",
                    Severity.WARNING);
        }

        @Override
        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
            List<Finding> found = new ArrayList<>();
            context.assessment().plan().ifPresent(plan -> {
                for (int i = 0; i < plan.entries().size(); i++) {
                    ActionPlanEntry entry = plan.entries().get(i);
                    for (int j = 0; j < entry.actions().size(); j++) {
                        PlannedAction action = entry.actions().get(j);
                        if (action.status() != ActionStatus.COMPLETE && action.due().isBefore(context.today())) {
                            found.add(Finding.of("action-overdue", severity(), "actionPlan.entries[" + i + "].actions[" + j + "]",
                                    "Action " + action.id() + " (lead: " + action.lead() + ") was due on " + action.due()
                                            + " and is " + action.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                                            + ". Report its progress and agree a new date, or close it."));
                        }
                    }
                }
            });
            return found;
        }
    }

    private static String evidencePath(SelfAssessment assessment, EvidenceItem item) {
        return "evidence[" + assessment.evidence().indexOf(item) + "]";
    }


}
