package io.github.equalityframework.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.CouncilProgress.StatusToday;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * An action plan as it stands on a day: the plan as the council wrote it, and each action's status that day by
 * the rule {@code eflg progress} uses ({@link CouncilProgress.ActionProgress#today()}).
 *
 * @param asOf    the day the actions are judged on
 * @param plan    the plan as written, never {@code null}
 * @param actions each action's status on {@code asOf}, in plan order, never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PlanToday(LocalDate asOf, ActionPlan plan, List<ActionToday> actions) {

    public PlanToday {
        actions = List.copyOf(actions);
    }

    /**
     * One action's status on the day.
     *
     * @param action  the action's id
     * @param answers the id of the recommendation or objective it answers
     * @param status  complete, on track, at risk, overdue, not yet due, no date, or proposed (a draft plan's)
     */
    public record ActionToday(String action, String answers, StatusToday status) {}

    /**
     * The assessment's plan judged on {@code asOf}; {@code null} when it has none.
     *
     * @param framework the framework the assessment is against
     * @param report    the assessment's report
     */
    public static PlanToday of(
            SelfAssessment assessment, AssessmentReport report, FrameworkDefinition framework, LocalDate asOf) {
        ActionPlan plan = assessment.actionPlan();
        if (plan == null) {
            return null;
        }
        CouncilProgress progress = CouncilProgress.of(
                framework,
                List.of(new CouncilProgress.YearInput(
                        "", assessment, report, assessment.review().stream().toList(), List.of(plan))),
                asOf);
        Map<PlannedAction, StatusToday> today = new IdentityHashMap<>();
        progress.actions().forEach(a -> today.put(a.action(), a.today()));
        List<ActionToday> actions = new ArrayList<>();
        for (ActionPlanEntry entry : plan.entries()) {
            if (entry == null) {
                continue;
            }
            for (PlannedAction action : entry.actions()) {
                if (action != null) {
                    actions.add(new ActionToday(
                            action.id(), entry.id(), today.getOrDefault(action, fallback(plan, action, asOf))));
                }
            }
        }
        return new PlanToday(asOf, plan, actions);
    }

    /** For an action progress does not place: its stated status on the day (a draft's: proposed). */
    static StatusToday fallback(ActionPlan plan, PlannedAction action, LocalDate asOf) {
        if (plan.inDraft()) {
            return StatusToday.PROPOSED;
        }
        return switch (action.statusOn(asOf, plan.agreedOn())) {
            case COMPLETE -> StatusToday.COMPLETE;
            case OVERDUE -> StatusToday.OVERDUE;
            case AT_RISK -> StatusToday.AT_RISK;
            case ON_TRACK -> StatusToday.ON_TRACK;
            case NOT_STARTED -> StatusToday.NOT_YET_DUE;
        };
    }
}
