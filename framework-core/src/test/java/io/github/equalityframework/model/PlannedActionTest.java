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
    void completionIsTheDateGivenAndNeverInferredFromProgressNotes() {
        PlannedAction noDate = action(
                TODAY,
                null,
                ActionStatus.COMPLETE,
                new ProgressNote(LocalDate.of(2025, 4, 2), "Done", null),
                new ProgressNote(LocalDate.of(2025, 1, 10), "Started", null));
        PlannedAction dated = new PlannedAction(
                "A1",
                "Do it",
                "Head of Policy",
                List.of(),
                TODAY,
                null,
                ActionStatus.COMPLETE,
                LocalDate.of(2025, 2, 20),
                List.of(),
                noDate.progress(),
                null);

        assertEquals(Optional.empty(), noDate.completedOn());
        assertEquals(Optional.of(LocalDate.of(2025, 2, 20)), dated.completedOn());
    }

    static PlannedAction revised(String timescale, Revision... revisions) {
        return new PlannedAction(
                "A1",
                "Do it",
                "Head of Policy",
                List.of(),
                null,
                timescale,
                ActionStatus.ON_TRACK,
                null,
                List.of(revisions),
                List.of(),
                null);
    }

    @Test
    void anActionIsHeldToItsLatestRevisionAndKeepsItsOriginalTarget() {
        PlannedAction action = revised(
                "by March 2022",
                new Revision(null, "by September 2022", LocalDate.of(2022, 4, 12), "Vacancy"),
                new Revision(LocalDate.of(2023, 3, 31), null, LocalDate.of(2022, 10, 4), "Budget"));

        assertEquals(
                Optional.of(LocalDate.of(2022, 3, 31)),
                action.originalTarget(null).end());
        assertEquals(Optional.of(LocalDate.of(2023, 3, 31)), action.dueDate());
        assertEquals(ActionStatus.ON_TRACK, action.statusOn(LocalDate.of(2023, 3, 31)));
        assertEquals(ActionStatus.OVERDUE, action.statusOn(LocalDate.of(2023, 4, 1)));
    }

    @Test
    void aPeriodAfterThePlansAgreementRunsFromItAndARevisedOneFromTheRevision() {
        PlannedAction action = revised("within 6 months");
        PlannedAction again =
                revised("within 6 months", new Revision(null, "within 6 months", LocalDate.of(2024, 1, 15), null));

        assertEquals(Optional.empty(), action.dueDate());
        assertEquals(ActionStatus.ON_TRACK, action.statusOn(LocalDate.of(2030, 1, 1)));
        LocalDate agreed = LocalDate.of(2023, 7, 1);
        assertEquals(Optional.of(agreed.plusMonths(6).minusDays(1)), action.dueDate(agreed));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 15).plusMonths(6).minusDays(1)), again.dueDate(agreed));
    }

    @Test
    void anActionWithNoTargetIsNeverOverdue() {
        PlannedAction none = action(null, null, ActionStatus.NOT_STARTED);

        assertEquals(true, none.hasNoTarget());
        assertEquals(ActionStatus.NOT_STARTED, none.statusOn(LocalDate.of(2099, 1, 1)));
    }
}
