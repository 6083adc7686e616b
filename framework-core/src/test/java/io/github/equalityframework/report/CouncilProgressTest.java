package io.github.equalityframework.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.equalityframework.fixtures.TestFramework;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.CouncilProgress.RecommendationProgress;
import io.github.equalityframework.report.CouncilProgress.State;
import io.github.equalityframework.report.CouncilProgress.Timeliness;
import io.github.equalityframework.report.CouncilProgress.YearInput;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timeliness at the date boundaries, when a recommendation closes, and which plan answers which review. */
class CouncilProgressTest {
    static final FrameworkDefinition FRAMEWORK = TestFramework.definition();
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    static final LocalDate DUE = LocalDate.of(2026, 3, 31);
    static final LocalDate VISIT = LocalDate.of(2025, 6, 10);

    static YearInput year(int endYear, List<PeerReview> reviews, List<ActionPlan> plans, String... moduleLevels) {
        AssessmentPeriod period = new AssessmentPeriod(LocalDate.of(endYear - 1, 4, 1), LocalDate.of(endYear, 3, 31));
        SelfAssessment assessment = new SelfAssessment(
                new Organisation("Anytown Borough Council", null),
                FRAMEWORK.id(),
                period,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null);
        List<ModuleResult> modules = Arrays.stream(moduleLevels)
                .map(s -> s.split("="))
                .map(p -> new ModuleResult(p[0], "Module " + p[0], p[1], p[1], null, p[1]))
                .toList();
        AssessmentReport report = new AssessmentReport(
                "Anytown Borough Council",
                FRAMEWORK.id(),
                period,
                null,
                modules.isEmpty() ? "not-assessed" : modules.get(0).reached(),
                modules,
                List.of(),
                List.of(),
                null,
                null,
                true);
        return new YearInput("anytown-" + endYear + ".yaml", assessment, report, reviews, plans);
    }

    static PeerReview review(LocalDate visit, String... recommendations) {
        return new PeerReview(
                List.of(),
                visit,
                null,
                null,
                List.of(),
                List.of(new ModuleFeedback(
                        "m1",
                        List.of(),
                        List.of("Area"),
                        Arrays.stream(recommendations)
                                .map(id -> new Recommendation(id, "Do " + id))
                                .toList())),
                null);
    }

    /** An action with progress notes on these days; a complete one was completed on the last of them. */
    static PlannedAction action(String id, LocalDate due, ActionStatus status, LocalDate... notes) {
        LocalDate completed = status == ActionStatus.COMPLETE && notes.length > 0 ? notes[notes.length - 1] : null;
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
                Arrays.stream(notes)
                        .map(d -> new ProgressNote(d, "Reported", null))
                        .toList(),
                null);
    }

    static ActionPlanEntry entry(String recommendation, RecommendationResponse response, PlannedAction... actions) {
        return new ActionPlanEntry(
                recommendation,
                "m1",
                List.of(io.github.equalityframework.model.CouncilRole.EMPLOYER),
                response,
                response == RecommendationResponse.NOT_ACCEPTED ? "Not affordable" : null,
                List.of(actions));
    }

    static CouncilProgress progress(ActionPlanEntry... entries) {
        return CouncilProgress.of(
                FRAMEWORK,
                List.of(year(
                        2025,
                        List.of(review(VISIT, "R1", "R2", "R3", "R4")),
                        List.of(new ActionPlan(LocalDate.of(2025, 9, 16), List.of(entries))))),
                TODAY);
    }

    @Test
    void completedOnItsDueDateIsOnTimeAndADayLaterIsLate() {
        CouncilProgress p = progress(entry(
                "R1",
                RecommendationResponse.ACCEPTED,
                action("A1", DUE, ActionStatus.COMPLETE, DUE.minusDays(40), DUE),
                action("A2", DUE, ActionStatus.COMPLETE, DUE.plusDays(1)),
                action("A3", DUE, ActionStatus.COMPLETE)));

        assertEquals(
                List.of(Timeliness.ON_TIME, Timeliness.LATE, Timeliness.COMPLETION_DATE_NOT_GIVEN),
                p.actions().stream().map(a -> a.timeliness()).toList());
        assertEquals(DUE, p.actions().get(0).completedOn());
    }

    @Test
    void notCompleteIsOverdueFromTheDayAfterItsDueDate() {
        CouncilProgress p = progress(entry(
                "R1",
                RecommendationResponse.ACCEPTED,
                action("A1", TODAY.minusDays(1), ActionStatus.ON_TRACK),
                action("A2", TODAY, ActionStatus.AT_RISK),
                action("A3", TODAY.plusDays(1), ActionStatus.NOT_STARTED)));

        assertEquals(
                List.of(Timeliness.OVERDUE, Timeliness.NOT_YET_DUE, Timeliness.NOT_YET_DUE),
                p.actions().stream().map(a -> a.timeliness()).toList());
        assertEquals(
                List.of(ActionStatus.OVERDUE, ActionStatus.AT_RISK, ActionStatus.NOT_STARTED),
                p.actions().stream().map(a -> a.status()).toList());
    }

    @Test
    void aRecommendationClosesWhenEveryActionIsCompleteOnTheLastCompletion() {
        CouncilProgress p = progress(
                entry(
                        "R1",
                        RecommendationResponse.ACCEPTED,
                        action("A1", DUE, ActionStatus.COMPLETE, LocalDate.of(2026, 1, 5)),
                        action("A2", DUE, ActionStatus.COMPLETE, LocalDate.of(2026, 2, 9))),
                entry(
                        "R2",
                        RecommendationResponse.ACCEPTED,
                        action("A3", DUE, ActionStatus.COMPLETE, DUE),
                        action("A4", DUE, ActionStatus.ON_TRACK)),
                entry("R3", RecommendationResponse.NOT_ACCEPTED));

        List<RecommendationProgress> recs = p.recommendations();
        assertEquals(
                List.of("R1", "R2", "R3", "R4"),
                recs.stream().map(RecommendationProgress::id).toList());
        assertEquals(
                List.of(State.CLOSED, State.OPEN, State.CLOSED, State.OPEN),
                recs.stream().map(RecommendationProgress::state).toList());
        assertEquals(LocalDate.of(2026, 2, 9), recs.get(0).closedOn());
        assertEquals(
                LocalDate.of(2025, 9, 16), recs.get(2).closedOn(), "closed when the plan not accepting it was agreed");
        assertNull(recs.get(3).response(), "no plan answers R4 yet");
        assertEquals(2, p.count(State.CLOSED));
        assertEquals(
                3, p.count(io.github.equalityframework.model.CouncilRole.EMPLOYER), "the roles of the three answered");
        assertEquals(0, p.count(io.github.equalityframework.model.CouncilRole.SERVICE_PROVIDER));
    }

    @Test
    void aPlanCarriedIntoALaterYearSupersedesItsEarlierCopyAndAPlanAnswersTheReviewBeforeIt() {
        PeerReview first = review(LocalDate.of(2024, 2, 6), "R1");
        PeerReview second = review(VISIT, "R1", "R2");
        ActionPlan firstPlan = new ActionPlan(
                LocalDate.of(2024, 4, 20),
                List.of(entry(
                        "R1",
                        RecommendationResponse.ACCEPTED,
                        action("A1.1", LocalDate.of(2024, 9, 30), ActionStatus.ON_TRACK))));
        ActionPlan carried = new ActionPlan(
                LocalDate.of(2024, 4, 20),
                List.of(entry(
                        "R1",
                        RecommendationResponse.ACCEPTED,
                        action("A1.1", LocalDate.of(2024, 9, 30), ActionStatus.COMPLETE, LocalDate.of(2025, 1, 21)))));
        ActionPlan secondPlan = new ActionPlan(
                LocalDate.of(2025, 9, 16),
                List.of(entry("R1", RecommendationResponse.ACCEPTED, action("B1.1", DUE, ActionStatus.ON_TRACK))));

        CouncilProgress p = CouncilProgress.of(
                FRAMEWORK,
                List.of(
                        year(2025, List.of(second), List.of(carried, secondPlan), "m1=developing", "m2=achieving"),
                        year(2024, List.of(first), List.of(firstPlan), "m1=developing")),
                TODAY);

        assertEquals(
                List.of("2023/24", "2024/25"),
                p.years().stream().map(CouncilProgress.Year::label).toList());
        assertEquals(List.of("developing", "developing"), p.modules().get(0).levels());
        assertEquals(
                List.of("not-assessed", "achieving"), p.modules().get(1).levels(), "a module a year did not assess");
        assertEquals(
                List.of("2024-02-06 R1 CLOSED", "2025-06-10 R1 OPEN", "2025-06-10 R2 OPEN"),
                p.recommendations().stream()
                        .map(r -> r.review() + " " + r.id() + " " + r.state())
                        .toList());
        assertEquals(
                List.of("A1.1 LATE", "B1.1 OVERDUE"),
                p.actions().stream()
                        .map(a -> a.action().id() + " " + a.timeliness())
                        .toList());
    }

    @Test
    void theCouncilsOwnObjectivesAreRowsOfTheirOwn() {
        ActionPlan own = new ActionPlan(
                null,
                List.of(new ActionPlanEntry(
                        null,
                        "EO1",
                        "Improve workforce data",
                        "m1",
                        List.of(),
                        null,
                        null,
                        List.of(action("W1", DUE, ActionStatus.COMPLETE, DUE)))));

        CouncilProgress p =
                CouncilProgress.of(FRAMEWORK, List.of(year(2025, List.of(), List.of(own), "m1=developing")), TODAY);

        assertEquals(1, p.recommendations().size());
        RecommendationProgress r = p.recommendations().get(0);
        assertNull(r.review());
        assertEquals(CouncilProgress.Kind.OBJECTIVE, r.kind());
        assertEquals("Improve workforce data", r.text());
        assertEquals(State.CLOSED, r.state());
        assertEquals(0, p.count(CouncilProgress.Kind.RECOMMENDATION));
    }

    @Test
    void oneMistypedIdNeverDetachesThePlanFromItsReviewNorCountsARecommendationTwice() {
        CouncilProgress p = progress(
                entry("R1a", RecommendationResponse.ACCEPTED, action("A1", DUE, ActionStatus.ON_TRACK)),
                entry("R2", RecommendationResponse.ACCEPTED, action("A2", DUE, ActionStatus.COMPLETE, DUE)),
                entry("R3", RecommendationResponse.ACCEPTED, action("A3", DUE, ActionStatus.ON_TRACK)));

        assertEquals(
                List.of(
                        "R1 RECOMMENDATION -",
                        "R2 RECOMMENDATION accepted",
                        "R3 RECOMMENDATION accepted",
                        "R4 RECOMMENDATION -",
                        "R1a NOT_IN_REVIEW accepted"),
                p.recommendations().stream()
                        .map(r -> r.id() + " " + r.kind() + " "
                                + (r.response() == null
                                        ? "-"
                                        : r.response().name().toLowerCase()))
                        .toList());
        assertEquals(4, p.count(CouncilProgress.Kind.RECOMMENDATION));
        assertEquals(1, p.count(CouncilProgress.Kind.NOT_IN_REVIEW));
        assertEquals(VISIT, p.plans().get(0).review(), "the plan still answers the review");
    }

    @Test
    void lateIsJudgedAgainstTheOriginalTargetAndOverdueAgainstTheLatestRevision() {
        PlannedAction slipped = new PlannedAction(
                "A1",
                "Action A1",
                "Head of Policy",
                List.of(),
                null,
                "by March 2026",
                ActionStatus.ON_TRACK,
                null,
                List.of(new io.github.equalityframework.model.Revision(
                        null, "by September 2026", LocalDate.of(2026, 3, 10), "Supplier delay")),
                List.of(),
                null);
        PlannedAction doneWithinRevision = new PlannedAction(
                "A2",
                "Action A2",
                "Head of Policy",
                List.of(),
                DUE,
                null,
                ActionStatus.COMPLETE,
                LocalDate.of(2026, 5, 1),
                List.of(new io.github.equalityframework.model.Revision(
                        LocalDate.of(2026, 6, 30), null, LocalDate.of(2026, 3, 1), null)),
                List.of(),
                null);

        CouncilProgress p = progress(entry("R1", RecommendationResponse.ACCEPTED, slipped, doneWithinRevision));

        assertEquals(
                List.of(Timeliness.NOT_YET_DUE, Timeliness.LATE),
                p.actions().stream().map(a -> a.timeliness()).toList());
        assertEquals(LocalDate.of(2026, 3, 31), p.actions().get(0).originalDue());
        assertEquals(LocalDate.of(2026, 9, 30), p.actions().get(0).currentDue());
        assertEquals(true, p.actions().get(0).revised());
    }

    @Test
    void aDraftPlanIsReportedApartAndNeverCountedAsProgress() {
        ActionPlan adopted = new ActionPlan(
                LocalDate.of(2025, 9, 16),
                List.of(entry("R1", RecommendationResponse.ACCEPTED, action("A1", DUE, ActionStatus.ON_TRACK))));
        ActionPlan draft = new ActionPlan(
                "Draft plan 2026/27",
                io.github.equalityframework.model.PlanStatus.DRAFT,
                null,
                null,
                List.of(entry("R1", RecommendationResponse.ACCEPTED, action("N1", DUE, ActionStatus.NOT_STARTED))));

        CouncilProgress p = CouncilProgress.of(
                FRAMEWORK,
                List.of(year(2025, List.of(review(VISIT, "R1")), List.of(adopted, draft), "m1=developing")),
                TODAY);

        assertEquals(
                List.of("R1 RECOMMENDATION OPEN", "R1 PROPOSED OPEN"),
                p.recommendations().stream()
                        .map(r -> r.id() + " " + r.kind() + " " + r.state())
                        .toList());
        assertEquals(
                List.of(Timeliness.OVERDUE, Timeliness.PROPOSED),
                p.actions().stream().map(a -> a.timeliness()).toList());
        assertEquals(1, p.count(State.OPEN), "the proposal is not counted");
        assertEquals(
                List.of(
                        io.github.equalityframework.model.PlanStatus.ADOPTED,
                        io.github.equalityframework.model.PlanStatus.DRAFT),
                p.plans().stream().map(CouncilProgress.PlanProgress::status).toList());
    }

    @Test
    void aReviewWithOnlyAreasToDevelopIsAnsweredAreaByArea() {
        PeerReview areasOnly = new PeerReview(
                List.of(),
                VISIT,
                null,
                null,
                List.of(),
                List.of(new ModuleFeedback(
                        "m1", List.of("Good data"), List.of("Engage young people", "Use data"), List.of())),
                null);
        ActionPlan plan = new ActionPlan(
                LocalDate.of(2025, 9, 16),
                List.of(entry("m1-area-2", RecommendationResponse.ACCEPTED, action("A1", DUE, ActionStatus.ON_TRACK))));

        CouncilProgress p = CouncilProgress.of(
                FRAMEWORK, List.of(year(2025, List.of(areasOnly), List.of(plan), "m1=developing")), TODAY);

        assertEquals(
                List.of("m1-area-1 Engage young people -", "m1-area-2 Use data accepted"),
                p.recommendations().stream()
                        .map(r -> r.id() + " " + r.text() + " "
                                + (r.response() == null
                                        ? "-"
                                        : r.response().name().toLowerCase()))
                        .toList());
    }

    @Test
    void anOlderEditionsModulesAreFiledUnderTheNewOnesWithTheOriginalBeside() {
        PeerReview old = new PeerReview(
                List.of(),
                VISIT,
                null,
                null,
                List.of(),
                List.of(new ModuleFeedback(
                        "m5", List.of(), List.of("Area"), List.of(new Recommendation("R1", "Do R1")))),
                null);
        YearInput year = year(2025, List.of(old), List.of(), "m1=developing");
        YearInput migrated = new YearInput(
                year.source(),
                year.assessment(),
                year.report(),
                year.reviews(),
                year.plans(),
                "old-edition",
                java.util.Map.of("m5", "m2"));

        RecommendationProgress r = CouncilProgress.of(FRAMEWORK, List.of(migrated), TODAY)
                .recommendations()
                .get(0);

        assertEquals("m2", r.module());
        assertEquals("m5", r.originalModule());
    }

    @Test
    void periodsAreLabelledAsCouncilsWriteThem() {
        assertEquals(
                "2024/25",
                CouncilProgress.label(new AssessmentPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31))));
        assertEquals(
                "2024",
                CouncilProgress.label(new AssessmentPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))));
        assertEquals(
                "2099/00",
                CouncilProgress.label(new AssessmentPeriod(LocalDate.of(2099, 4, 1), LocalDate.of(2100, 3, 31))));
        assertEquals(
                "2021-2024",
                CouncilProgress.label(new AssessmentPeriod(LocalDate.of(2021, 4, 1), LocalDate.of(2024, 3, 31))));
    }
}
