package io.github.equalityframework.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.DataPath;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A check walks the planned actions with their paths: in the assessment's own plan under {@code actionPlan}, in a
 * plan file of its own from the root, skipping the missing entries and actions that validation reports.
 */
class ActionInPlanTest {
    static final PlannedAction A1 = action("A1");
    static final PlannedAction A2 = action("A2");
    static final PlannedAction A3 = action("A3");
    static final ActionPlanEntry R1 = new ActionPlanEntry("R1", RecommendationResponse.ACCEPTED, null, List.of(A1));
    static final ActionPlanEntry R2 =
            new ActionPlanEntry("R2", RecommendationResponse.ACCEPTED, null, Arrays.asList(A2, null, A3));
    static final ActionPlan PLAN = new ActionPlan(LocalDate.of(2024, 4, 15), Arrays.asList(R1, null, R2));

    static PlannedAction action(String id) {
        return new PlannedAction(
                id,
                "Action " + id,
                "Head of Policy",
                LocalDate.of(2025, 3, 31),
                ActionStatus.ON_TRACK,
                List.of(),
                null);
    }

    static List<String> paths(List<ActionInPlan> actions) {
        return actions.stream().map(a -> a.path().toString()).toList();
    }

    @Test
    void aCheckSeesEachActionOfTheAssessmentsPlanAtItsPathInTheAssessment() {
        SelfAssessment assessment = new SelfAssessment(
                new Organisation("Anytown Borough Council", null),
                "lga-eflg-2021",
                new AssessmentPeriod(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)),
                Scope.ALL,
                List.of(),
                List.of(),
                List.of(),
                null,
                PLAN);
        // The walk reads only the assessment; no framework or scoring is needed for it.
        AssessmentContext context =
                AssessmentContext.of(assessment, null, List.of(), List.of(), LocalDate.of(2024, 12, 1));

        List<ActionInPlan> actions = context.plannedActions();

        assertEquals(
                List.of(
                        "actionPlan.entries[0].actions[0]",
                        "actionPlan.entries[2].actions[0]",
                        "actionPlan.entries[2].actions[2]"),
                paths(actions));
        assertEquals(
                List.of(A1, A2, A3), actions.stream().map(ActionInPlan::action).toList());
        assertSame(R2, actions.get(2).entry());
        assertEquals("actionPlan.entries[2]", actions.get(2).entryPath().toString());
    }

    @Test
    void aPlanFileOfItsOwnIsWalkedFromTheRoot() {
        List<ActionInPlan> actions = ActionInPlan.in(PLAN, DataPath.root());

        assertEquals(
                List.of("entries[0].actions[0]", "entries[2].actions[0]", "entries[2].actions[2]"), paths(actions));
        assertEquals("entries[0]", actions.get(0).entryPath().toString());
    }

    @Test
    void withoutAPlanThereIsNothingToWalk() {
        assertEquals(List.of(), ActionInPlan.in(null, DataPath.root().field("actionPlan")));
    }
}
