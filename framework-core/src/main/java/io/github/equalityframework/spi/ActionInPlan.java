package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.problem.DataPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One planned action of an action plan, with the entry (recommendation or objective) it belongs to and its data
 * path, so that a check reporting on an action need not rebuild the path by hand. A check gets those of the
 * assessment's plan from {@link AssessmentContext#plannedActions()}; a tool that reads a plan on its own uses
 * {@link #in(ActionPlan, DataPath)} with the root.
 *
 * @param entry  the entry the action belongs to
 * @param action the action
 * @param path   its data path, e.g. {@code actionPlan.entries[0].actions[2]}, or {@code entries[0].actions[2]} in
 *               a plan file of its own
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ActionInPlan(ActionPlanEntry entry, PlannedAction action, DataPath path) {

    public ActionInPlan {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(path, "path");
    }

    /**
     * Every action of a plan that lies at {@code plan}, in plan order, skipping the missing entries and actions
     * that validation reports; empty for a {@code null} plan.
     *
     * @param plan the plan, or {@code null}
     * @param at   where the plan is: {@code actionPlan} in a self-assessment, the root in a plan file of its own
     */
    public static List<ActionInPlan> in(ActionPlan plan, DataPath at) {
        Objects.requireNonNull(at, "at");
        if (plan == null) {
            return List.of();
        }
        List<ActionInPlan> actions = new ArrayList<>();
        DataPath entries = at.field("entries");
        for (int i = 0; i < plan.entries().size(); i++) {
            ActionPlanEntry entry = plan.entries().get(i);
            if (entry == null) {
                continue;
            }
            DataPath entryActions = entries.index(i).field("actions");
            for (int j = 0; j < entry.actions().size(); j++) {
                PlannedAction action = entry.actions().get(j);
                if (action != null) {
                    actions.add(new ActionInPlan(entry, action, entryActions.index(j)));
                }
            }
        }
        return List.copyOf(actions);
    }

    /** The data path of the entry the action belongs to, e.g. {@code actionPlan.entries[0]}. */
    public DataPath entryPath() {
        return path.parent().parent();
    }
}
