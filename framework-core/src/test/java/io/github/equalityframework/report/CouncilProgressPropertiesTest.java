package io.github.equalityframework.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PlanStatus;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.report.CouncilProgress.Kind;
import io.github.equalityframework.report.CouncilProgress.RecommendationProgress;
import io.github.equalityframework.report.CouncilProgress.State;
import io.github.equalityframework.report.CouncilProgress.Timeliness;
import io.github.equalityframework.report.CouncilProgress.YearInput;
import io.github.equalityframework.report.render.ProgressRenderer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random reviews and plans (ids shared, mistyped, repeated across years, objectives, drafts), no recommendation
 * is ever counted twice and every count is the sum of its parts.
 */
class CouncilProgressPropertiesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    static final List<String> IDS = List.of("R1", "R2", "R3", "R4", "R5", "R1a", "r2", "EO1", "EO2");

    record Years(List<YearInput> inputs, Set<String> made) {}

    @Provide
    Arbitrary<Years> years() {
        Arbitrary<PeerReview> review = Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.of("R1", "R2", "R3", "R4", "R5")
                                .set()
                                .ofMinSize(0)
                                .ofMaxSize(5),
                        Arbitraries.of(true, false))
                .as((year, ids, areasOnly) -> new PeerReview(
                        List.of(),
                        LocalDate.of(2023 + year, 6, 10),
                        null,
                        null,
                        List.of(),
                        List.of(new ModuleFeedback(
                                "m1",
                                List.of(),
                                List.of("Area one", "Area two"),
                                areasOnly
                                        ? List.of()
                                        : ids.stream()
                                                .sorted()
                                                .map(id -> new Recommendation(id, "Do " + id))
                                                .toList())),
                        null));
        Arbitrary<PlannedAction> action = Combinators.combine(
                        Arbitraries.of(ActionStatus.class),
                        Arbitraries.integers().between(-400, 400),
                        Arbitraries.of("by March 2026", "ongoing", "2025/26", "within 6 months", "soon"),
                        Arbitraries.of(true, false))
                .as((status, days, words, dated) -> new PlannedAction(
                        "A",
                        "Do it",
                        "Head of Policy",
                        List.of(),
                        dated ? TODAY.plusDays(days) : null,
                        dated ? null : words,
                        status,
                        status == ActionStatus.COMPLETE && days % 2 == 0 ? TODAY.plusDays(days / 2) : null,
                        List.of(),
                        List.of(),
                        null));
        Arbitrary<ActionPlanEntry> entry = Combinators.combine(
                        Arbitraries.of(IDS.toArray(String[]::new)),
                        Arbitraries.of(RecommendationResponse.class),
                        action.list().ofMaxSize(3))
                .as((id, response, actions) -> id.startsWith("EO")
                        ? new ActionPlanEntry(null, id, "Objective " + id, "m1", List.of(), null, null, actions)
                        : new ActionPlanEntry(id, "m1", List.of(), response, null, actions));
        Arbitrary<ActionPlan> plan = Combinators.combine(
                        entry.list().ofMaxSize(6).uniqueElements(ActionPlanEntry::id),
                        Arbitraries.of(PlanStatus.class).injectNull(0.3),
                        Arbitraries.integers().between(0, 3))
                .as((entries, status, year) -> new ActionPlan(
                        null, status, null, year == 3 ? null : LocalDate.of(2023 + year, 9, 1), entries));
        Arbitrary<YearInput> year = Combinators.combine(
                        Arbitraries.integers().between(2024, 2026),
                        review.list().ofMaxSize(2),
                        plan.list().ofMaxSize(2))
                .as((end, reviews, plans) -> CouncilProgressTest.year(end, reviews, plans, "m1=developing"));
        return year.list().ofMinSize(1).ofMaxSize(3).map(inputs -> {
            // A review is known by its first visit day; a later year's (or later file's) copy replaces an earlier one.
            List<YearInput> sorted = new ArrayList<>(inputs);
            sorted.sort(Comparator.comparing(
                            (YearInput y) -> y.assessment().period().to())
                    .thenComparing(YearInput::source));
            Map<LocalDate, PeerReview> byDay = new TreeMap<>();
            sorted.forEach(y -> y.reviews().forEach(r -> byDay.put(r.visitFrom(), r)));
            Set<String> made = new HashSet<>();
            byDay.forEach((day, r) -> r.recommendationIds().forEach(id -> made.add(day + " " + id)));
            return new Years(inputs, made);
        });
    }

    @Property(tries = 300)
    void noRecommendationIsCountedTwiceAndEveryCountIsTheSumOfItsParts(@ForAll("years") Years years) {
        CouncilProgress p = CouncilProgress.of(CouncilProgressTest.FRAMEWORK, years.inputs(), TODAY);
        List<RecommendationProgress> recs = p.recommendations();

        // Each recommendation of each review exactly once; each row once.
        assertEquals(
                years.made(),
                recs.stream()
                        .filter(r -> r.kind() == Kind.RECOMMENDATION)
                        .map(r -> r.review() + " " + r.id())
                        .collect(Collectors.toSet()));
        assertEquals(years.made().size(), p.count(Kind.RECOMMENDATION));
        List<String> rows = recs.stream()
                .map(r -> r.review() + " " + r.kind() + " " + r.id())
                .toList();
        assertEquals(new HashSet<>(rows).size(), rows.size(), "a row twice: " + rows);
        // Counts are sums of parts.
        long inForce = recs.stream().filter(r -> r.kind() != Kind.PROPOSED).count();
        assertEquals(inForce, p.count(State.OPEN) + p.count(State.CLOSED));
        assertEquals(
                recs.size(), Arrays.stream(Kind.values()).mapToLong(p::count).sum());
        assertEquals(
                p.actions().size(),
                Arrays.stream(Timeliness.values()).mapToLong(p::count).sum());
        assertEquals(
                p.actions().size(),
                recs.stream().mapToInt(RecommendationProgress::actions).sum());
        assertEquals(
                p.count(Timeliness.PROPOSED),
                recs.stream()
                        .filter(r -> r.kind() == Kind.PROPOSED)
                        .mapToInt(RecommendationProgress::actions)
                        .sum());
        // The report says the same.
        String md = ProgressRenderer.markdown(p, CouncilProgressTest.FRAMEWORK);
        List<String> said = new ArrayList<>(
                md.lines().filter(l -> l.startsWith("- Recommendations: ")).toList());
        assertEquals(1, said.size(), md);
        assertEquals(
                true,
                said.get(0).startsWith("- Recommendations: " + years.made().size() + " from "),
                said.get(0));
    }

    @Property(tries = 200)
    void theCommitteeAppendixHoldsEveryRowInForceOnceWithItsActionsAndTheirStatusToday(
            @ForAll("years") Years years, @ForAll boolean allNotes) {
        CouncilProgress p = CouncilProgress.of(CouncilProgressTest.FRAMEWORK, years.inputs(), TODAY);
        CommitteeAppendix appendix = CommitteeAppendix.of(p, CouncilProgressTest.FRAMEWORK, allNotes);
        List<CommitteeAppendix.Item> items =
                appendix.modules().stream().flatMap(m -> m.items().stream()).toList();
        assertEquals(
                p.recommendations().stream()
                        .filter(r -> r.kind() != Kind.PROPOSED)
                        .map(r -> r.review() + " " + r.kind() + " " + r.id() + " " + r.actions())
                        .sorted()
                        .toList(),
                items.stream()
                        .map(i -> i.review() + " " + i.kind() + " " + i.id() + " "
                                + i.actions().size())
                        .sorted()
                        .toList());
        List<CommitteeAppendix.Action> actions =
                items.stream().flatMap(i -> i.actions().stream()).toList();
        assertEquals(p.actions().size() - p.count(Timeliness.PROPOSED), actions.size());
        for (CommitteeAppendix.Action a : actions) {
            assertEquals(
                    a.stated() == ActionStatus.COMPLETE, a.today() == CouncilProgress.StatusToday.COMPLETE, a.id());
            if (a.timeliness() == Timeliness.OVERDUE) {
                assertEquals(CouncilProgress.StatusToday.OVERDUE, a.today(), a.id());
            }
        }
        // The Markdown appendix has a row per action.
        String md = io.github.equalityframework.report.render.AppendixRenderer.markdown(
                appendix, io.github.equalityframework.report.render.Messages.ENGLISH);
        assertEquals(
                actions.size(), md.lines().filter(l -> l.startsWith("| **")).count(), md);
    }
}
