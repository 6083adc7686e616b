package io.github.equalityframework.lga;

import static io.github.equalityframework.lga.Fixtures.RECENT;
import static io.github.equalityframework.lga.Fixtures.TODAY;
import static io.github.equalityframework.lga.Fixtures.assessment;
import static io.github.equalityframework.lga.Fixtures.evidence;
import static io.github.equalityframework.lga.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.spi.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** lga.overdue-actions: past due by the engine's clock and not complete. */
class OverdueActionsCheckTest {
    static final AssessmentEngine ENGINE = Fixtures.engine();

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    static PlannedAction action(String id, LocalDate due, ActionStatus status) {
        return new PlannedAction(id, "Action " + id, "Head of Policy", due, status, List.of(), null);
    }

    List<Finding> overdue(PlannedAction... actions) {
        ActionPlan plan = new ActionPlan(null, List.of(
                new ActionPlanEntry("R1", RecommendationResponse.ACCEPTED, null, List.of()),
                new ActionPlanEntry("R2", RecommendationResponse.ACCEPTED, null, List.of(actions))));
        return findings(ENGINE.assess(assessment().claim("m1/c1", "developing", evidence("e1", "equality-data", RECENT, "race"))
                .plan(plan).build()), "action-overdue");
    }

    @Test
    void anActionDueYesterdayAndInProgressIsOverdueAndPointedAt() {
        List<Finding> found = overdue(action("A1", TODAY.minusDays(1), ActionStatus.IN_PROGRESS));

        assertEquals(List.of("actionPlan.entries[1].actions[0]"), found.stream().map(Finding::path).toList());
        assertEquals("Action A1 (lead: Head of Policy) was due on 2024-11-30 and is in progress. Report its progress and agree a "
                + "new date, or close it.", found.get(0).message());
    }

    @Test
    void anActionDueTodayIsNotYetOverdue() {
        assertEquals(List.of(), overdue(action("A1", TODAY, ActionStatus.NOT_STARTED)));
    }

    @Test
    void aCompleteActionIsNeverOverdueButADeferredOneIs() {
        List<Finding> found = overdue(action("A1", LocalDate.of(2024, 1, 1), ActionStatus.COMPLETE),
                action("A2", LocalDate.of(2024, 1, 1), ActionStatus.DEFERRED));

        assertEquals(List.of("actionPlan.entries[1].actions[1]"), found.stream().map(Finding::path).toList());
        assertEquals(true, found.get(0).message().contains("is deferred"), found.get(0).message());
    }
}
