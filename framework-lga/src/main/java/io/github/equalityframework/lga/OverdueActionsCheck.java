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

/** Actions of the action plan past their due date and not complete. */
final class OverdueActionsCheck extends LgaCheck {
    static final String ID = "lga.overdue-actions";
    OverdueActionsCheck() {
        super(ID, "Action past due and not complete",
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
