package io.github.equalityframework.cli.serve;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.PlannedAction;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an action is in its plan: action {@code action} of entry {@code entry}. The plan page keys each action's
 * form, its field ids and the checks' warnings by it.
 */
record ActionAt(int entry, int action) {
    /** The path of an engine finding about one action of the plan, e.g. {@code actionPlan.entries[0].actions[2].due}. */
    private static final Pattern FINDING =
            Pattern.compile("actionPlan\\.entries\\[(\\d{1,9})]\\.actions\\[(\\d{1,9})](?:\\..*)?");

    /**
     * The action a finding is about, from its data path (a finding carries no more than the path), or empty when the
     * path is not within one action.
     */
    static Optional<ActionAt> ofFinding(String path) {
        Matcher m = FINDING.matcher(path == null ? "" : path);
        return m.matches()
                ? Optional.of(new ActionAt(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /** Where the action of that id is in the plan, or empty. */
    static Optional<ActionAt> of(ActionPlan plan, String id) {
        for (int i = 0; i < plan.entries().size(); i++) {
            ActionPlanEntry entry = plan.entries().get(i);
            for (int j = 0; entry != null && j < entry.actions().size(); j++) {
                PlannedAction action = entry.actions().get(j);
                if (action != null && id.equals(action.id())) {
                    return Optional.of(new ActionAt(i, j));
                }
            }
        }
        return Optional.empty();
    }

    /** The action in the plan. */
    PlannedAction in(ActionPlan plan) {
        return plan.entries().get(entry).actions().get(action);
    }

    /** The data path of the action within the plan file. */
    String path() {
        return "entries[" + entry + "].actions[" + action + "]";
    }

    /** What the ids of the action's form fields end with: {@code -ENTRY-ACTION}. */
    String suffix() {
        return "-" + entry + "-" + action;
    }
}
