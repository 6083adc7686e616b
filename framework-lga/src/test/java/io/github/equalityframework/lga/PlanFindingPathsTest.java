package io.github.equalityframework.lga;

import static io.github.equalityframework.lga.Fixtures.RECENT;
import static io.github.equalityframework.lga.Fixtures.assessment;
import static io.github.equalityframework.lga.Fixtures.evidence;
import static io.github.equalityframework.lga.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.PlanStatus;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Revision;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plan checks walk the plan through the SPI's planned actions and build their paths by steps: each finding
 * still names the exact action, note, revision, entry or recommendation concerned, written as before, in a plan
 * whose entries and actions are not all first in their lists. The engine's today is 1 December 2024.
 */
class PlanFindingPathsTest {
    static final AssessmentEngine ENGINE = Fixtures.engine();
    static AssessmentReport report;

    @BeforeAll
    static void assess() {
        PlannedAction onTrack = action("A1", LocalDate.of(2025, 3, 31), ActionStatus.ON_TRACK, null, List.of());
        PlannedAction datedAhead = new PlannedAction(
                "A3",
                "Action A3",
                "Head of Policy",
                List.of(),
                LocalDate.of(2025, 3, 31),
                null,
                ActionStatus.COMPLETE,
                LocalDate.of(2025, 1, 10),
                List.of(new Revision(LocalDate.of(2025, 6, 30), null, LocalDate.of(2025, 1, 5), "Slipped")),
                List.of(
                        new ProgressNote(LocalDate.of(2024, 6, 1), "Started", "Cabinet"),
                        new ProgressNote(LocalDate.of(2025, 2, 1), "Finished", "Cabinet")),
                null);
        ActionPlan plan = new ActionPlan(
                "Equality action plan",
                PlanStatus.ADOPTED,
                "Cabinet",
                null,
                List.of(
                        entry("R1", onTrack),
                        entry(
                                "R2",
                                action("A2", LocalDate.of(2025, 3, 31), ActionStatus.ON_TRACK, null, List.of()),
                                datedAhead),
                        entry("R3"),
                        entry(
                                "R4",
                                action("A4", null, ActionStatus.ON_TRACK, null, List.of()),
                                action("A5", LocalDate.of(2024, 6, 30), ActionStatus.ON_TRACK, null, List.of()),
                                action(
                                        "A6",
                                        LocalDate.of(2024, 6, 30),
                                        ActionStatus.COMPLETE,
                                        LocalDate.of(2024, 5, 1),
                                        List.of()))));
        report = ENGINE.assess(assessment()
                .claim("m1/c1", "developing", evidence("e1", "equality-data", RECENT, "race"))
                .review(PlanChecksTest.review("R1", "R2", "R3", "R4", "R5"))
                .plan(plan)
                .build());
    }

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    static PlannedAction action(
            String id, LocalDate due, ActionStatus status, LocalDate completed, List<ProgressNote> progress) {
        return new PlannedAction(
                id,
                "Action " + id,
                "Head of Policy",
                List.of(),
                due,
                null,
                status,
                completed,
                List.of(),
                progress,
                null);
    }

    static ActionPlanEntry entry(String recommendation, PlannedAction... actions) {
        return new ActionPlanEntry(recommendation, RecommendationResponse.ACCEPTED, null, List.of(actions));
    }

    static List<String> paths(String code) {
        return findings(report, code).stream().map(Finding::path).toList();
    }

    @Test
    void planDatesNameTheNoteTheCompletionAndTheRevision() {
        assertEquals(List.of("actionPlan"), paths("plan-agreed-date-missing"));
        assertEquals(List.of("actionPlan.entries[1].actions[1].progress[1].date"), paths("progress-note-in-future"));
        assertEquals(List.of("actionPlan.entries[1].actions[1].completed"), paths("completed-in-future"));
        assertEquals(List.of("actionPlan.entries[1].actions[1].revisions[0].agreed"), paths("revision-in-future"));
    }

    @Test
    void timescalesOverdueAndProgressNameTheAction() {
        assertEquals(List.of("actionPlan.entries[3].actions[0]"), paths("timescale-missing"));
        assertEquals(List.of("actionPlan.entries[3].actions[1]"), paths("action-overdue"));
        assertEquals(List.of("actionPlan.entries[3].actions[2]"), paths("complete-without-progress"));
    }

    @Test
    void reconciliationNamesTheEntryAndTheUnansweredRecommendation() {
        assertEquals(List.of("actionPlan.entries[2]"), paths("entry-without-actions"));
        assertEquals(List.of("peerReview.feedback[0].recommendations[4]"), paths("recommendation-unanswered"));
    }
}
