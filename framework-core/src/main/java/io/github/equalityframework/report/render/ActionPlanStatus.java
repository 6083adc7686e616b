package io.github.equalityframework.report.render;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.PlannedAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an action plan stands at the end of the period assessed: how many actions have each status, and
 * which were due before that day and are not complete. The end of the period, not today, is the reference
 * so that the same assessment always gives the same report.
 *
 * @param asOf    the last day of the period assessed
 * @param counts  per status on {@code asOf} ({@link PlannedAction#statusOn}: overdue when past due and not
 *                complete), in the order of {@link ActionStatus}, zeros included
 * @param actions every action with its recommendation, in plan order
 * @param overdue the actions past due at {@code asOf} and not complete, in plan order
 */
record ActionPlanStatus(LocalDate asOf, Map<ActionStatus, Integer> counts, List<Item> actions, List<Item> overdue) {

    /** An action and the recommendation it answers. */
    record Item(String recommendation, PlannedAction action) {}

    static Optional<ActionPlanStatus> of(ReportInput in) {
        var period = in.report().period() != null
                ? in.report().period()
                : in.assessment().period();
        return in.assessment().plan().map(plan -> of(plan, period.to()));
    }

    static ActionPlanStatus of(ActionPlan plan, LocalDate asOf) {
        Map<ActionStatus, Integer> counts = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            counts.put(status, 0);
        }
        List<Item> actions = new ArrayList<>();
        List<Item> overdue = new ArrayList<>();
        for (ActionPlanEntry entry : plan.entries()) {
            for (PlannedAction action : entry.actions()) {
                Item item = new Item(entry.id(), action);
                // A draft's actions are proposals: never overdue. A period after adoption runs from the plan's date.
                ActionStatus status = plan.inDraft() ? action.status() : action.statusOn(asOf, plan.agreedOn());
                counts.merge(status, 1, Integer::sum);
                actions.add(item);
                if (status == ActionStatus.OVERDUE) {
                    overdue.add(item);
                }
            }
        }
        return new ActionPlanStatus(
                asOf, Collections.unmodifiableMap(counts), List.copyOf(actions), List.copyOf(overdue));
    }

    /** Whether this action of the plan is overdue on {@code asOf}, as the counts say. */
    boolean isOverdue(PlannedAction action) {
        return overdue.stream().anyMatch(item -> item.action() == action);
    }
}
