package io.github.equalityframework.lga;

import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.model.Timescale;
import io.github.equalityframework.spi.ActionInPlan;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * Actions of an adopted action plan past the end of their current target and not complete: overdue whatever they
 * state ({@link PlannedAction#statusOn}). A draft plan's actions are proposals and are never overdue.
 */
final class OverdueActionsCheck extends LgaCheck {
    static final String ID = "lga.overdue-actions";

    OverdueActionsCheck() {
        super(
                ID,
                "Action past due and not complete",
                "An action of the action plan that is not complete after the last day of its target, by the engine's "
                        + "clock: its due date, or the end of the period its timescale names ('by March 2025' ends on 31 "
                        + "March 2025, '2024/25' on 31 March 2025, 'Q3 2024/25' on 31 December 2024, 'within 6 months' six "
                        + "months after the plan was agreed), or of its latest agreed revision. It is overdue whatever "
                        + "status it states. Due today is not yet overdue; a draft plan's actions are never overdue. "
                        + "Report progress to cabinet or scrutiny, and agree a new date (a revision) or close the action.",
                Severity.WARNING);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        List<Finding> found = new ArrayList<>();
        context.assessment().plan().filter(plan -> !plan.inDraft()).ifPresent(plan -> {
            for (ActionInPlan planned : context.plannedActions()) {
                PlannedAction action = planned.action();
                if (action.statusOn(context.today(), plan.agreedOn()) != ActionStatus.OVERDUE) {
                    continue;
                }
                String stated = action.status() == ActionStatus.OVERDUE
                        ? ""
                        : " (stated: " + PlanActions.words(action.status()) + ")";
                Timescale target = action.currentTarget(plan.agreedOn());
                String revised = action.revisions().isEmpty() ? "" : " as revised";
                String words = target.text().equals(target.end().orElseThrow().toString())
                        ? "on " + PlanActions.day(target.end().orElseThrow())
                        : "'" + target.text().strip() + "' (by "
                                + PlanActions.day(target.end().orElseThrow()) + ")";
                found.add(Finding.builder("action-overdue", severity())
                        .path(planned.path())
                        .message("Action " + action.id() + " (lead: " + action.lead() + ") was due " + words + revised
                                + " and is not complete, so it is overdue" + stated
                                + ". Report its progress and agree a new date, or close it.")
                        .build());
            }
        });
        return found;
    }
}
