package io.github.equalityframework.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The status a report shows: overdue when past due and not complete, whatever is stated; due today is not late. */
class PlannedActionTest {
    static final LocalDate TODAY = LocalDate.of(2025, 3, 31);

    static PlannedAction action(LocalDate due, String timescale, ActionStatus status, ProgressNote... notes) {
        return new PlannedAction("A1", "Do it", "Head of Policy", due, timescale, status, List.of(notes), null);
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = "COMPLETE", mode = EnumSource.Mode.EXCLUDE)
    void dueYesterdayAndNotCompleteIsOverdueWhateverItStates(ActionStatus stated) {
        assertEquals(
                ActionStatus.OVERDUE, action(TODAY.minusDays(1), null, stated).statusOn(TODAY));
    }

    @ParameterizedTest
    @EnumSource(ActionStatus.class)
    void dueTodayOrTomorrowKeepsItsStatedStatus(ActionStatus stated) {
        assertEquals(stated, action(TODAY, null, stated).statusOn(TODAY));
        assertEquals(stated, action(TODAY.plusDays(1), null, stated).statusOn(TODAY));
    }

    @Test
    void aCompleteActionIsNeverOverdue() {
        assertEquals(
                ActionStatus.COMPLETE,
                action(TODAY.minusYears(1), null, ActionStatus.COMPLETE).statusOn(TODAY));
    }

    @Test
    void aTimescaleInWordsCountsFromTheEndOfItsMonth() {
        PlannedAction byMarch = action(null, "by March 2025", ActionStatus.ON_TRACK);

        assertEquals(Optional.of(TODAY), byMarch.dueDate());
        assertEquals(ActionStatus.ON_TRACK, byMarch.statusOn(TODAY));
        assertEquals(ActionStatus.OVERDUE, byMarch.statusOn(TODAY.plusDays(1)));
    }

    @Test
    void aTimescaleThatNamesNoDateIsNeverDerivedOverdue() {
        PlannedAction undated = action(null, "when funding allows", ActionStatus.AT_RISK);

        assertEquals(Optional.empty(), undated.dueDate());
        assertEquals(ActionStatus.AT_RISK, undated.statusOn(TODAY));
    }

    @Test
    void theDueDateWinsOverTheWordsWhenBothAreGiven() {
        assertEquals(
                Optional.of(LocalDate.of(2025, 4, 15)),
                action(LocalDate.of(2025, 4, 15), "by March 2025", ActionStatus.ON_TRACK)
                        .dueDate());
    }

    @Test
    void aCompleteActionWasCompletedOnItsLatestProgressNote() {
        PlannedAction done = action(
                TODAY,
                null,
                ActionStatus.COMPLETE,
                new ProgressNote(LocalDate.of(2025, 4, 2), "Done", null),
                new ProgressNote(LocalDate.of(2025, 1, 10), "Started", null));

        assertEquals(Optional.of(LocalDate.of(2025, 4, 2)), done.completedOn());
        assertEquals(
                Optional.empty(), action(TODAY, null, ActionStatus.COMPLETE).completedOn());
        assertEquals(
                Optional.empty(),
                action(TODAY, null, ActionStatus.ON_TRACK, new ProgressNote(TODAY, "Going", null))
                        .completedOn());
    }
}
