package io.github.equalityframework.lga;

import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.Revision;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.model.Timescale;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.spi.ActionInPlan;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Timescales that can never fall due: missing, open-ended, unreadable, running from a plan with no agreement date,
 * far from the plan's own date, or disagreeing with the due date beside them. None blocks anything: a plan is
 * valid without dates, but an action without one can never be shown as overdue.
 */
final class PlanTimescalesCheck extends LgaCheck {
    static final String ID = "lga.plan-timescales";
    /** A target ending this long before the plan was agreed is more likely a typing slip than a plan. */
    static final int YEARS_BEFORE = 1;
    /** A target starting this long after the plan was agreed is more likely a typing slip than a plan. */
    static final int YEARS_AFTER = 10;

    PlanTimescalesCheck() {
        super(
                ID,
                "Action timescales that can be tracked",
                "Every action (and every revision of its target) should have a timescale eflg can date: "
                        + Timescale.FORMS
                        + ". Warns when an action has no timescale; when it is open-ended ('ongoing', 'at an appropriate "
                        + "time') or cannot be read; when it runs from the plan's agreement ('within 6 months') but the plan "
                        + "has no agreedOn date; when it ends more than " + YEARS_BEFORE
                        + " year before the plan was agreed "
                        + "or starts more than " + YEARS_AFTER
                        + " years after (the plan's date, else the period start); "
                        + "and when a due date lies outside the timescale written beside it. Why: an action without a date "
                        + "can never be reported as due or overdue, so slippage goes unseen.",
                Severity.WARNING);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        List<Finding> found = new ArrayList<>();
        context.assessment().plan().ifPresent(plan -> {
            LocalDate reference = plan.agreedOn() != null
                    ? plan.agreedOn()
                    : context.assessment().period().from();
            for (ActionInPlan planned : context.plannedActions()) {
                PlannedAction action = planned.action();
                DataPath path = planned.path();
                if (action.hasNoTarget()) {
                    found.add(finding(
                            "timescale-missing",
                            path,
                            "Action " + action.id() + " has no timescale, so it can never be shown as due or overdue. "
                                    + "Give a due date (due: YYYY-MM-DD) or a timescale: " + Timescale.FORMS + "."));
                    continue;
                }
                String name = "Action " + action.id() + "'s timescale";
                check(name, action.due(), action.timescale(), plan.agreedOn(), reference, path, found);
                for (int k = 0; k < action.revisions().size(); k++) {
                    Revision r = action.revisions().get(k);
                    if (r != null && (r.due() != null || r.timescale() != null)) {
                        LocalDate from = r.agreed() != null ? r.agreed() : plan.agreedOn();
                        check(
                                "Action " + action.id() + "'s revised timescale",
                                r.due(),
                                r.timescale(),
                                from,
                                reference,
                                path.field("revisions").index(k),
                                found);
                    }
                }
            }
        });
        return found;
    }

    private void check(
            String name,
            LocalDate due,
            String words,
            LocalDate from,
            LocalDate reference,
            DataPath path,
            List<Finding> found) {
        Timescale written = words == null || words.isBlank() ? null : Timescale.parse(words);
        if (written != null) {
            String quoted = name + " '" + words.strip() + "'";
            switch (written.kind()) {
                case OPEN_ENDED -> {
                    if (due == null) {
                        found.add(
                                finding(
                                        "timescale-open-ended",
                                        path,
                                        quoted
                                                + " has no date, so it can never be shown as due or overdue. If the work has an end, "
                                                + "give it; if it is ongoing, say in the next steps when it will next be reported."));
                    }
                }
                case UNREADABLE -> {
                    if (due == null) {
                        found.add(finding(
                                "timescale-unreadable",
                                path,
                                quoted + " cannot be read as a date, so it can never be shown as due or overdue. eflg "
                                        + "understands " + Timescale.FORMS
                                        + "; or give a due date (due: YYYY-MM-DD)."));
                    }
                }
                case RELATIVE -> {
                    if (from == null && due == null) {
                        found.add(
                                finding(
                                        "timescale-from-undated-plan",
                                        path,
                                        quoted
                                                + " runs from the plan's agreement, but the plan has no 'agreedOn' date, so it cannot "
                                                + "be dated. Give the plan's agreedOn date (or the revision's 'agreed' date)."));
                    }
                }
                default -> {
                    // dated or impossible (validation refuses the impossible)
                }
            }
        }
        Timescale target = due != null ? Timescale.parse(due.toString()) : written == null ? null : written.from(from);
        if (target == null || !target.isDated()) {
            return;
        }
        LocalDate start = target.start().orElseThrow();
        LocalDate end = target.end().orElseThrow();
        if (end.isBefore(reference.minusYears(YEARS_BEFORE)) || start.isAfter(reference.plusYears(YEARS_AFTER))) {
            found.add(finding(
                    "timescale-implausible",
                    path,
                    name + " (" + describe(target) + ") is " + (end.isBefore(reference) ? "long before" : "long after")
                            + " the plan's date (" + PlanActions.day(reference) + "): is the year right?"));
        }
        if (due != null && written != null) {
            Timescale range = written.from(from);
            if (range.isDated()
                    && (due.isBefore(range.start().orElseThrow())
                            || due.isAfter(range.end().orElseThrow()))) {
                found.add(finding(
                        "due-outside-timescale",
                        path,
                        name + ": the due date " + PlanActions.day(due)
                                + " is outside the timescale written beside it, '"
                                + words.strip() + "' (" + describe(range)
                                + "). The due date counts; correct whichever is "
                                + "wrong."));
            }
        }
    }

    static String describe(Timescale dated) {
        LocalDate start = dated.start().orElseThrow();
        LocalDate end = dated.end().orElseThrow();
        return start.equals(end) ? PlanActions.day(end) : PlanActions.day(start) + " to " + PlanActions.day(end);
    }

    private Finding finding(String code, DataPath path, String message) {
        return Finding.builder(code, severity()).path(path).message(message).build();
    }
}
