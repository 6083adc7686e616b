package io.github.equalityframework.lga;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.PlannedAction;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A walk over a plan's actions with the data path of each, shared by the plan checks. */
final class PlanActions {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PlanActions() {}

    /** One action of the plan, with the entry it belongs to and its data path. */
    interface Visitor {
        void visit(ActionPlanEntry entry, PlannedAction action, String path);
    }

    /** Visits every action (skipping the nulls validation reports), in plan order. */
    static void forEach(ActionPlan plan, Visitor visitor) {
        for (int i = 0; i < plan.entries().size(); i++) {
            ActionPlanEntry entry = plan.entries().get(i);
            if (entry == null) {
                continue;
            }
            for (int j = 0; j < entry.actions().size(); j++) {
                PlannedAction action = entry.actions().get(j);
                if (action != null) {
                    visitor.visit(entry, action, "actionPlan.entries[" + i + "].actions[" + j + "]");
                }
            }
        }
    }

    /** "31 March 2025": dates in messages as a committee paper writes them. */
    static String day(java.time.LocalDate date) {
        return date.format(DAY);
    }

    /** "on_track" as "on track". */
    static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
