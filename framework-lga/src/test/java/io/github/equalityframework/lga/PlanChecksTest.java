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
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PlanStatus;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Revision;
import io.github.equalityframework.model.Timescale;
import io.github.equalityframework.spi.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * lga.plan-timescales, lga.plan-dates and lga.plan-reconciliation: what a plan says that can never be tracked, or
 * cannot be right, is warned about without blocking anything. The engine's today is 1 December 2024.
 */
class PlanChecksTest {
    static final AssessmentEngine ENGINE = Fixtures.engine();
    static final LocalDate AGREED = LocalDate.of(2024, 4, 15);

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    static PlannedAction action(String id, LocalDate due, String timescale) {
        return new PlannedAction(
                id, "Action " + id, "Head of Policy", due, timescale, ActionStatus.ON_TRACK, List.of(), null);
    }

    static PlannedAction done(String id, LocalDate completed, ProgressNote... notes) {
        return new PlannedAction(
                id,
                "Action " + id,
                "Head of Policy",
                List.of(),
                LocalDate.of(2024, 9, 30),
                null,
                ActionStatus.COMPLETE,
                completed,
                List.of(),
                List.of(notes),
                null);
    }

    static ActionPlan plan(LocalDate agreed, PlannedAction... actions) {
        return new ActionPlan(
                agreed, List.of(new ActionPlanEntry("R1", RecommendationResponse.ACCEPTED, null, List.of(actions))));
    }

    static PeerReview review(String... ids) {
        return new PeerReview(
                List.of(),
                LocalDate.of(2024, 2, 1),
                null,
                null,
                List.of(),
                List.of(new ModuleFeedback(
                        "m1",
                        List.of(),
                        List.of("An area"),
                        java.util.Arrays.stream(ids)
                                .map(id -> new Recommendation(id, "Do " + id))
                                .toList())),
                null);
    }

    static List<Finding> found(String code, ActionPlan plan) {
        return found(code, plan, review("R1"));
    }

    static List<Finding> found(String code, ActionPlan plan, PeerReview review) {
        return findings(
                ENGINE.assess(assessment()
                        .claim("m1/c1", "developing", evidence("e1", "equality-data", RECENT, "race"))
                        .review(review)
                        .plan(plan)
                        .build()),
                code);
    }

    static List<String> messages(List<Finding> findings) {
        return findings.stream().map(Finding::message).toList();
    }

    @Test
    void anActionWithoutATimescaleIsWarnedAboutWithTheFormsUnderstood() {
        List<Finding> found = found("timescale-missing", plan(AGREED, action("A1", null, null)));

        assertEquals(
                List.of("Action A1 has no timescale, so it can never be shown as due or overdue. Give a due date (due:"
                        + " YYYY-MM-DD) or a timescale: " + Timescale.FORMS + "."),
                messages(found));
        assertEquals("actionPlan.entries[0].actions[0]", found.get(0).path());
    }

    @Test
    void openEndedAndUnreadableWordsAreEachWarnedAboutOnce() {
        ActionPlan plan = plan(
                AGREED,
                action("A1", null, "at an appropriate time"),
                action("A2", null, "when the budget allows"),
                action("A3", LocalDate.of(2025, 3, 31), "ongoing"));

        assertEquals(
                List.of("Action A1's timescale 'at an appropriate time' has no date, so it can never be shown as due or"
                        + " overdue. If the work has an end, give it; if it is ongoing, say in the next steps when it"
                        + " will next be reported."),
                messages(found("timescale-open-ended", plan)));
        assertEquals(
                List.of("Action A2's timescale 'when the budget allows' cannot be read as a date, so it can never be"
                        + " shown as due or overdue. eflg understands " + Timescale.FORMS + "; or give a due date (due:"
                        + " YYYY-MM-DD)."),
                messages(found("timescale-unreadable", plan)));
    }

    @Test
    void aPeriodFromThePlansAgreementNeedsTheAgreementDate() {
        assertEquals(
                List.of("Action A1's timescale 'within 6 months' runs from the plan's agreement, but the plan has no"
                        + " 'agreedOn' date, so it cannot be dated. Give the plan's agreedOn date (or the revision's"
                        + " 'agreed' date)."),
                messages(found("timescale-from-undated-plan", plan(null, action("A1", null, "within 6 months")))));
        assertEquals(
                List.of(), found("timescale-from-undated-plan", plan(AGREED, action("A1", null, "within 6 months"))));
    }

    @Test
    void aYearFarFromThePlansDateIsQuestioned() {
        ActionPlan plan = plan(
                AGREED,
                action("A1", null, "by September 1923"),
                action("A2", null, "by March 2025"),
                action("A3", LocalDate.of(2052, 3, 31), null));

        assertEquals(
                List.of(
                        "Action A1's timescale (1 September 1923 to 30 September 1923) is long before the plan's date (15"
                                + " April 2024): is the year right?",
                        "Action A3's timescale (31 March 2052) is long after the plan's date (15 April 2024): is the"
                                + " year right?"),
                messages(found("timescale-implausible", plan)));
    }

    @Test
    void aDueDateOutsideTheTimescaleBesideItIsWarnedAbout() {
        ActionPlan plan = plan(
                AGREED,
                action("A1", LocalDate.of(2025, 6, 30), "by March 2025"),
                action("A2", LocalDate.of(2025, 3, 31), "by March 2025"));

        assertEquals(
                List.of("Action A1's timescale: the due date 30 June 2025 is outside the timescale written beside it,"
                        + " 'by March 2025' (1 March 2025 to 31 March 2025). The due date counts; correct whichever is"
                        + " wrong."),
                messages(found("due-outside-timescale", plan)));
    }

    @Test
    void aRevisedTimescaleIsCheckedLikeTheFirst() {
        PlannedAction revised = new PlannedAction(
                "A1",
                "Action A1",
                "Head of Policy",
                List.of(),
                null,
                "by March 2025",
                ActionStatus.ON_TRACK,
                null,
                List.of(new Revision(null, "when staff allow", LocalDate.of(2024, 11, 1), "Vacancy")),
                List.of(),
                null);

        List<Finding> found = found("timescale-unreadable", plan(AGREED, revised));
        assertEquals(1, found.size());
        assertEquals(
                "actionPlan.entries[0].actions[0].revisions[0]", found.get(0).path());
    }

    @Test
    void completionWithoutADateNotesInTheFutureAndNotesBeforeThePlanAreWarnedAbout() {
        ActionPlan plan = plan(
                AGREED,
                done("A1", null, new ProgressNote(LocalDate.of(2024, 10, 1), "Done", null)),
                done("A2", LocalDate.of(2025, 1, 5), new ProgressNote(LocalDate.of(2025, 2, 1), "Done", null)),
                done("A3", LocalDate.of(2024, 9, 1), new ProgressNote(LocalDate.of(2023, 9, 1), "Started", null)));

        assertEquals(
                List.of("Action A1 is complete but has no completion date, so the progress report cannot say whether it"
                        + " was on time: add 'completed: YYYY-MM-DD'."),
                messages(found("completion-date-missing", plan)));
        assertEquals(
                List.of("A progress note on action A2 is dated 1 February 2025, after today (1 December 2024)."),
                messages(found("progress-note-in-future", plan)));
        assertEquals(
                List.of("Action A2 is recorded as completed on 5 January 2025, after today (1 December 2024)."),
                messages(found("completed-in-future", plan)));
        assertEquals(
                List.of("A progress note on action A3 is dated 1 September 2023, before the plan was agreed (15 April"
                        + " 2024): is the year right?"),
                messages(found("progress-note-before-plan", plan)));
    }

    @Test
    void anAdoptedPlanNeedsItsDate() {
        ActionPlan adopted = new ActionPlan(
                null,
                PlanStatus.ADOPTED,
                "Cabinet",
                null,
                plan(null, action("A1", LocalDate.of(2025, 3, 31), null)).entries());

        assertEquals(
                List.of("The plan is adopted but has no 'agreedOn' date: give the date Cabinet agreed it."),
                messages(found("plan-agreed-date-missing", adopted)));
    }

    @Test
    void everyRecommendationNeedsAnEntryAndAnAcceptedOneNeedsActions() {
        ActionPlan plan = new ActionPlan(
                AGREED,
                List.of(
                        new ActionPlanEntry("R1", RecommendationResponse.ACCEPTED, null, List.of()),
                        new ActionPlanEntry("R2", RecommendationResponse.ALREADY_COMPLETED, null, List.of()),
                        new ActionPlanEntry(
                                "R3",
                                RecommendationResponse.DIFFERENT_APPROACH,
                                null,
                                List.of(action("A3", null, "2024/25"))),
                        new ActionPlanEntry("R4", RecommendationResponse.NOT_ACCEPTED, " ", List.of())));
        PeerReview review = review("R1", "R2", "R3", "R4", "R5");

        List<Finding> unanswered = found("recommendation-unanswered", plan, review);
        assertEquals(
                List.of("Recommendation R5 has no entry in the action plan: add one with the council's response"
                        + " (accepted, different_approach, already_completed or not_accepted)."),
                messages(unanswered));
        assertEquals(
                "peerReview.feedback[0].recommendations[4]", unanswered.get(0).path());
        assertEquals(
                List.of("Recommendation R1 is accepted but has no actions: say what will be done, who leads it and by"
                        + " when."),
                messages(found("entry-without-actions", plan, review)));
        assertEquals(
                List.of(
                        "Recommendation R3 is answered 'different approach' without a reason: write it in 'comment'."
                                + " Committees and peers will ask why.",
                        "Recommendation R4 is answered 'not accepted' without a reason: write it in 'comment'."
                                + " Committees and peers will ask why."),
                messages(found("response-without-reason", plan, review)));
    }

    @Test
    void aReviewThatNumberedNoRecommendationIsAnsweredAreaByArea() {
        PeerReview areas = new PeerReview(
                List.of(),
                LocalDate.of(2024, 2, 1),
                null,
                null,
                List.of(),
                List.of(new ModuleFeedback(
                        "m1", List.of("Strong data"), List.of("Engage young people", "Use data"), List.of())),
                null);
        ActionPlan plan = new ActionPlan(
                AGREED,
                List.of(new ActionPlanEntry(
                        "m1-area-1", RecommendationResponse.ACCEPTED, null, List.of(action("A1", null, "2024/25")))));

        List<Finding> unanswered = found("recommendation-unanswered", plan, areas);
        assertEquals(
                List.of("Area to develop m1-area-2 has no entry in the action plan: add one with the council's response"
                        + " (accepted, different_approach, already_completed or not_accepted)."),
                messages(unanswered));
        assertEquals(
                "peerReview.feedback[0].areasToDevelop[1]", unanswered.get(0).path());
        assertEquals(List.of(), found("area-without-recommendation", plan, areas), "areas are what the plan answers");
    }
}
