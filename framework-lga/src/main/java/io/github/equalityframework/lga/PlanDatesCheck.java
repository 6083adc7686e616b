package io.github.equalityframework.lga;

import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.PlanStatus;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Revision;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.spi.ActionInPlan;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates in an action plan that cannot be right: progress notes, completions and revisions after today, progress
 * notes before the plan was agreed, and complete actions with no completion date (the progress report then cannot
 * tell on time from late, and never guesses it from notes).
 */
final class PlanDatesCheck extends LgaCheck {
    static final String ID = "lga.plan-dates";

    PlanDatesCheck() {
        super(
                ID,
                "Dates in the action plan",
                "Warns when a progress note, a completion date or a revision's agreement is dated after today (by the "
                        + "engine's clock, eflg's --today); when a progress note is dated before the plan was agreed; when "
                        + "a complete action has no completion date (completed: YYYY-MM-DD); and when an adopted plan has no "
                        + "agreedOn date. Why: the progress report judges on time and late from the completion date, and "
                        + "never from the date of a note, which is often written months later for a committee.",
                Severity.WARNING);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        List<Finding> found = new ArrayList<>();
        LocalDate today = context.today();
        context.assessment().plan().ifPresent(plan -> {
            if (plan.status() == PlanStatus.ADOPTED && plan.agreedOn() == null) {
                found.add(finding(
                        "plan-agreed-date-missing",
                        DataPath.root().field("actionPlan"),
                        "The plan is adopted but has no 'agreedOn' date: give the date "
                                + (plan.adoptedBy() != null ? plan.adoptedBy().strip() : "the council")
                                + " agreed it."));
            }
            for (ActionInPlan planned : context.plannedActions()) {
                PlannedAction action = planned.action();
                DataPath path = planned.path();
                for (int k = 0; k < action.progress().size(); k++) {
                    ProgressNote note = action.progress().get(k);
                    if (note == null || note.date() == null) {
                        continue;
                    }
                    DataPath at = path.field("progress").index(k).field("date");
                    if (note.date().isAfter(today)) {
                        found.add(finding(
                                "progress-note-in-future",
                                at,
                                "A progress note on action " + action.id() + " is dated " + PlanActions.day(note.date())
                                        + ", after today (" + PlanActions.day(today) + ")."));
                    } else if (plan.agreedOn() != null && note.date().isBefore(plan.agreedOn())) {
                        found.add(finding(
                                "progress-note-before-plan",
                                at,
                                "A progress note on action " + action.id() + " is dated " + PlanActions.day(note.date())
                                        + ", before the plan was agreed (" + PlanActions.day(plan.agreedOn())
                                        + "): is the year right?"));
                    }
                }
                if (action.completed() != null && action.completed().isAfter(today)) {
                    found.add(finding(
                            "completed-in-future",
                            path.field("completed"),
                            "Action " + action.id() + " is recorded as completed on "
                                    + PlanActions.day(action.completed()) + ", after today (" + PlanActions.day(today)
                                    + ")."));
                }
                boolean before = planned.entry().response() == RecommendationResponse.ALREADY_COMPLETED;
                if (action.status() == ActionStatus.COMPLETE && action.completed() == null && !before) {
                    found.add(finding(
                            "completion-date-missing",
                            path,
                            "Action " + action.id() + " is complete but has no completion date, so the progress report "
                                    + "cannot say whether it was on time: add 'completed: YYYY-MM-DD'."));
                }
                for (int k = 0; k < action.revisions().size(); k++) {
                    Revision r = action.revisions().get(k);
                    if (r != null && r.agreed() != null && r.agreed().isAfter(today)) {
                        found.add(finding(
                                "revision-in-future",
                                path.field("revisions").index(k).field("agreed"),
                                "A revision of action " + action.id() + "'s date is recorded as agreed on "
                                        + PlanActions.day(r.agreed()) + ", after today (" + PlanActions.day(today)
                                        + ")."));
                    }
                }
            }
        });
        return found;
    }

    private Finding finding(String code, DataPath path, String message) {
        return Finding.builder(code, severity()).path(path).message(message).build();
    }
}
