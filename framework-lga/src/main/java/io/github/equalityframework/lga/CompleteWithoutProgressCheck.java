package io.github.equalityframework.lga;

import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.ActionInPlan;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;

/** An action stated complete needs a dated progress note that says what was done. */
final class CompleteWithoutProgressCheck extends LgaCheck {
    static final String ID = "lga.complete-without-progress";

    CompleteWithoutProgressCheck() {
        super(
                ID,
                "Action complete without a progress note",
                "An action of the action plan marked complete with no progress note. Why: cabinet, scrutiny and peers "
                        + "need to see what was done and to whom it was reported.",
                Severity.WARNING);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        List<Finding> found = new ArrayList<>();
        for (ActionInPlan planned : context.plannedActions()) {
            PlannedAction action = planned.action();
            if (action.status() == ActionStatus.COMPLETE && action.progress().isEmpty()) {
                found.add(Finding.builder("complete-without-progress", severity())
                        .path(planned.path())
                        .message("Action " + action.id()
                                + " is marked complete but has no progress note. Add a dated note of what "
                                + "was done and to whom it was reported.")
                        .build());
            }
        }
        return found;
    }
}
