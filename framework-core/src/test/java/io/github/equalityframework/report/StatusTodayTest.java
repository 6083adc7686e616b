package io.github.equalityframework.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.report.CouncilProgress.ActionProgress;
import io.github.equalityframework.report.CouncilProgress.StatusToday;
import io.github.equalityframework.report.CouncilProgress.Timeliness;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An action's status today, as the committee appendix's RAG column shows it, from its status on the day and timeliness. */
class StatusTodayTest {

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        "COMPLETE, ON_TIME, COMPLETE",
        "COMPLETE, LATE, COMPLETE",
        "COMPLETE, COMPLETION_DATE_NOT_GIVEN, COMPLETE",
        "OVERDUE, OVERDUE, OVERDUE",
        "OVERDUE, UNKNOWN, OVERDUE",
        "AT_RISK, NOT_YET_DUE, AT_RISK",
        "AT_RISK, UNKNOWN, AT_RISK",
        "ON_TRACK, NOT_YET_DUE, ON_TRACK",
        "ON_TRACK, UNKNOWN, NO_DATE",
        "NOT_STARTED, NOT_YET_DUE, NOT_YET_DUE",
        "NOT_STARTED, UNKNOWN, NO_DATE",
        "ON_TRACK, PROPOSED, PROPOSED",
        "NOT_STARTED, PROPOSED, PROPOSED"
    })
    void statusTodayFollowsTheStatusOnTheDayThenWhetherThereIsADateToJudgeBy(
            ActionStatus onTheDay, Timeliness timeliness, StatusToday expected) {
        PlannedAction action =
                new PlannedAction("A1", "Do it", "Head of Policy", null, "ongoing", onTheDay, List.of(), null);
        ActionProgress progress = new ActionProgress(
                null, "R1", action, LocalDate.of(2025, 1, 1), null, null, onTheDay, null, timeliness);
        assertEquals(expected, progress.today());
    }
}
