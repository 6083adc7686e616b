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
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.spi.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * lga.overdue-actions (past due by the engine's clock and not complete, whatever is stated) and
 * lga.complete-without-progress. The engine's today is 1 December 2024.
 */
class OverdueActionsCheckTest {
    static final AssessmentEngine ENGINE = Fixtures.engine();
    static final ProgressNote NOTE = new ProgressNote(LocalDate.of(2024, 10, 1), "Done and reported.", "Cabinet");

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    static PlannedAction action(String id, LocalDate due, ActionStatus status, ProgressNote... notes) {
        return new PlannedAction(id, "Action " + id, "Head of Policy", due, status, List.of(notes), null);
    }

    static PlannedAction action(String id, String timescale, ActionStatus status) {
        return new PlannedAction(id, "Action " + id, "Head of Policy", null, timescale, status, List.of(), null);
    }

    List<Finding> found(String code, PlannedAction... actions) {
        ActionPlan plan = new ActionPlan(
                null,
                List.of(
                        new ActionPlanEntry("R1", RecommendationResponse.ACCEPTED, null, List.of()),
                        new ActionPlanEntry("R2", RecommendationResponse.ACCEPTED, null, List.of(actions))));
        return findings(
                ENGINE.assess(assessment()
                        .claim("m1/c1", "developing", evidence("e1", "equality-data", RECENT, "race"))
                        .plan(plan)
                        .build()),
                code);
    }

    List<Finding> overdue(PlannedAction... actions) {
        return found("action-overdue", actions);
    }

    @Test
    void anActionDueYesterdayAndOnTrackIsOverdueAndPointedAt() {
        List<Finding> found = overdue(action("A1", TODAY.minusDays(1), ActionStatus.ON_TRACK));

        assertEquals(
                List.of("actionPlan.entries[1].actions[0]"),
                found.stream().map(Finding::path).toList());
        assertEquals(
                "Action A1 (lead: Head of Policy) was due on 30 November 2024 and is not complete, so it is overdue (stated: on "
                        + "track). Report its progress and agree a new date, or close it.",
                found.get(0).message());
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = "COMPLETE", mode = EnumSource.Mode.EXCLUDE)
    void dueYesterdayIsOverdueWhateverItStates(ActionStatus stated) {
        assertEquals(1, overdue(action("A1", TODAY.minusDays(1), stated)).size(), stated.name());
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = "OVERDUE", mode = EnumSource.Mode.EXCLUDE)
    void dueTodayOrTomorrowIsNotYetOverdue(ActionStatus stated) {
        assertEquals(
                List.of(), overdue(action("A1", TODAY, stated, NOTE), action("A2", TODAY.plusDays(1), stated, NOTE)));
    }

    @Test
    void anActionStatedOverdueNeedsNoRepeatOfItsStatus() {
        assertEquals(
                "Action A1 (lead: Head of Policy) was due on 30 November 2024 and is not complete, so it is overdue. Report its "
                        + "progress and agree a new date, or close it.",
                overdue(action("A1", TODAY.minusDays(1), ActionStatus.OVERDUE))
                        .get(0)
                        .message());
    }

    @Test
    void aCompleteActionIsNeverOverdue() {
        assertEquals(List.of(), overdue(action("A1", LocalDate.of(2024, 1, 1), ActionStatus.COMPLETE, NOTE)));
    }

    @Test
    void aTimescaleInWordsIsDueAtTheEndOfItsMonth() {
        List<Finding> found = overdue(
                action("A1", "by October 2024", ActionStatus.AT_RISK),
                action("A2", "by November 2024", ActionStatus.AT_RISK),
                action("A3", "by December 2024", ActionStatus.AT_RISK),
                action("A4", "when funding allows", ActionStatus.NOT_STARTED));

        assertEquals(
                List.of("actionPlan.entries[1].actions[0]", "actionPlan.entries[1].actions[1]"),
                found.stream().map(Finding::path).toList());
        assertEquals(
                "Action A2 (lead: Head of Policy) was due 'by November 2024' (by 30 November 2024) and is not complete, so it is "
                        + "overdue (stated: at risk). Report its progress and agree a new date, or close it.",
                found.get(1).message());
    }

    @Test
    void aCompleteActionWithoutAProgressNoteIsAWarning() {
        List<Finding> found = found(
                "complete-without-progress",
                action("A1", TODAY, ActionStatus.COMPLETE),
                action("A2", TODAY, ActionStatus.COMPLETE, NOTE),
                action("A3", TODAY, ActionStatus.ON_TRACK));

        assertEquals(
                List.of("actionPlan.entries[1].actions[0]"),
                found.stream().map(Finding::path).toList());
        assertEquals("lga.complete-without-progress", found.get(0).rule());
        assertEquals("WARNING", found.get(0).severity().name());
        assertEquals(
                "Action A1 is marked complete but has no progress note. Add a dated note of what was done and to whom it was "
                        + "reported.",
                found.get(0).message());
    }
}
