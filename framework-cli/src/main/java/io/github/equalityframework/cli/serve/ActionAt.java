package io.github.equalityframework.cli.serve;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.spi.ActionInPlan;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where an action is in its plan: action {@code action} of entry {@code entry}. The plan page keys each action's
 * form, its field ids and the checks' warnings by it.
 */
record ActionAt(int entry, int action) {
    /** Where a plan's entries are in an assessment, as engine findings about actions write their paths. */
    private static final DataPath IN_ASSESSMENT =
            DataPath.root().field("actionPlan").field("entries");
    /** Where a plan's entries are in the plan file. */
    private static final DataPath IN_PLAN = DataPath.root().field("entries");

    /**
     * The action a finding is about, from its data path (a finding carries no more than the path), or empty when the
     * path is not within one action.
     */
    static Optional<ActionAt> ofFinding(String path) {
        return DataPath.parse(path).flatMap(at -> within(at, IN_ASSESSMENT));
    }

    /** The action a path lies in, given where the plan's entries are. */
    private static Optional<ActionAt> within(DataPath path, DataPath entries) {
        OptionalInt entry = path.indexWithin(entries);
        OptionalInt action = entry.isPresent()
                ? path.indexWithin(entries.index(entry.getAsInt()).field("actions"))
                : OptionalInt.empty();
        return action.isPresent() ? Optional.of(new ActionAt(entry.getAsInt(), action.getAsInt())) : Optional.empty();
    }

    /** Where the action of that id is in the plan, or empty. */
    static Optional<ActionAt> of(ActionPlan plan, String id) {
        return ActionInPlan.in(plan, DataPath.root()).stream()
                .filter(a -> id.equals(a.action().id()))
                .findFirst()
                .flatMap(a -> within(a.path(), IN_PLAN));
    }

    /** The action in the plan. */
    PlannedAction in(ActionPlan plan) {
        return plan.entries().get(entry).actions().get(action);
    }

    /** The data path of the action within the plan file. */
    String path() {
        return IN_PLAN.index(entry).field("actions").index(action).toString();
    }

    /** What the ids of the action's form fields end with: {@code -ENTRY-ACTION}. */
    String suffix() {
        return "-" + entry + "-" + action;
    }
}
