package io.github.equalityframework.lga;

import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Actions of the action plan past their due date and not complete: overdue whatever they state
 * ({@link PlannedAction#statusOn}).
 */
final class OverdueActionsCheck extends LgaCheck {
    static final String ID = "lga.overdue-actions";

    OverdueActionsCheck() {
        super(
                ID,
                "Action past due and not complete",
                "An action of the action plan whose due date (or the end of the month its timescale names, e.g. 'by March "
                        + "2025') is before today by the engine's clock, and that is not complete: it is overdue whatever status "
                        + "it states. Due today is not yet overdue. Report progress to cabinet or scrutiny, and agree a new date "
                        + "or close the action.",
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
                    boolean pastDue = action.dueDate()
                            .filter(d -> d.isBefore(context.today()))
                            .isPresent();
                    if (pastDue && action.status() != ActionStatus.COMPLETE) {
                        String stated = action.status() == ActionStatus.OVERDUE
                                ? ""
                                : " (stated: "
                                        + action.status()
                                                .name()
                                                .toLowerCase(Locale.ROOT)
                                                .replace('_', ' ') + ")";
                        String due = action.due() != null
                                ? "on " + action.due()
                                : "'" + action.timescale().strip() + "' ("
                                        + action.dueDate().orElseThrow() + ")";
                        found.add(Finding.of(
                                "action-overdue",
                                severity(),
                                "actionPlan.entries[" + i + "].actions[" + j + "]",
                                "Action " + action.id() + " (lead: " + action.lead() + ") was due " + due
                                        + " and is not complete, so it is overdue" + stated
                                        + ". Report its progress and agree a new date, or close it."));
                    }
                }
            }
        });
        return found;
    }
}
