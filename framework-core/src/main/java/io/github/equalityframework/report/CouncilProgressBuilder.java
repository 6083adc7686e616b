package io.github.equalityframework.report;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PlanStatus;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Timescale;
import io.github.equalityframework.report.CouncilProgress.ActionProgress;
import io.github.equalityframework.report.CouncilProgress.Kind;
import io.github.equalityframework.report.CouncilProgress.ModuleTimeline;
import io.github.equalityframework.report.CouncilProgress.PlanProgress;
import io.github.equalityframework.report.CouncilProgress.RecommendationProgress;
import io.github.equalityframework.report.CouncilProgress.State;
import io.github.equalityframework.report.CouncilProgress.Timeliness;
import io.github.equalityframework.report.CouncilProgress.Year;
import io.github.equalityframework.report.CouncilProgress.YearInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Works out a {@link CouncilProgress} (see {@link CouncilProgress#of} for the counting rule): first the reviews held
 * and the latest answer to each row, then the rows in report order. Used once.
 */
final class CouncilProgressBuilder {
    private final FrameworkDefinition framework;
    private final LocalDate asOf;
    /** The years, oldest first. */
    private final List<YearInput> sorted;
    /** Reviews by first visit day; a review repeated in a later year's file is the same review. */
    private final Map<LocalDate, Held<PeerReview>> reviews = new TreeMap<>();
    /** The latest answer to each row, keyed by review day (null: an objective), kind and id. */
    private final Map<Key, Answer> answers = new LinkedHashMap<>();
    /** A plan carried into a later year's file is the same plan: the later copy replaces the earlier one. */
    private final Map<List<Object>, PlanProgress> plans = new LinkedHashMap<>();

    CouncilProgressBuilder(FrameworkDefinition framework, List<YearInput> inputs, LocalDate asOf) {
        this.framework = framework;
        this.asOf = asOf;
        List<YearInput> byPeriod = new ArrayList<>(inputs);
        byPeriod.sort(
                Comparator.comparing((YearInput y) -> y.assessment().period().to())
                        .thenComparing(YearInput::source));
        this.sorted = byPeriod;
    }

    CouncilProgress build() {
        sorted.forEach(y -> y.reviews().forEach(r -> reviews.put(r.visitFrom(), new Held<>(r, y))));
        for (YearInput year : sorted) {
            for (ActionPlan plan : year.plans()) {
                answerWith(plan, year);
            }
        }
        Rows rows = new Rows(asOf);
        addRecommendations(rows);
        addOtherAnswers(rows);
        String organisation = sorted.isEmpty()
                ? ""
                : sorted.get(sorted.size() - 1).assessment().organisation().name();
        return new CouncilProgress(
                organisation,
                framework.id(),
                asOf,
                years(),
                modules(),
                List.copyOf(plans.values()),
                rows.recommendations,
                rows.actions);
    }

    private List<Year> years() {
        return sorted.stream()
                .map(y -> new Year(
                        CouncilProgress.label(y.assessment().period()),
                        y.source(),
                        y.assessment().period(),
                        y.report().overall()))
                .toList();
    }

    private List<ModuleTimeline> modules() {
        List<ModuleTimeline> modules = new ArrayList<>();
        for (FrameworkModule m : framework.modules()) {
            List<String> levels = sorted.stream()
                    .map(y -> y.report().modules().stream()
                            .filter(r -> r.module().equals(m.id()))
                            .map(ModuleResult::reached)
                            .findFirst()
                            .orElse(MaturityLevel.NOT_ASSESSED.id()))
                    .toList();
            modules.add(new ModuleTimeline(m.id(), m.title(), levels));
        }
        return modules;
    }

    /** Records the plan, and its entries as the latest answers to the rows they answer. */
    private void answerWith(ActionPlan plan, YearInput year) {
        LocalDate review = answeredReview(plan, reviews);
        Set<String> made = review == null
                ? Set.of()
                : new HashSet<>(reviews.get(review).value().recommendationIds());
        List<Object> same = Arrays.asList(plan.title(), plan.status(), plan.agreedOn(), review);
        plans.remove(same);
        plans.put(
                same,
                new PlanProgress(
                        year.source(),
                        plan.title(),
                        plan.inDraft() ? PlanStatus.DRAFT : PlanStatus.ADOPTED,
                        plan.adoptedBy(),
                        plan.agreedOn(),
                        review,
                        plan.entries().size(),
                        (int) plan.actions().count()));
        for (ActionPlanEntry entry : plan.entries()) {
            Kind kind = plan.inDraft()
                    ? Kind.PROPOSED
                    : entry.answersObjective()
                            ? Kind.OBJECTIVE
                            : made.contains(entry.recommendation()) ? Kind.RECOMMENDATION : Kind.NOT_IN_REVIEW;
            LocalDate day = entry.answersObjective() ? null : review;
            answers.put(new Key(day, kind, entry.id()), new Answer(entry, plan, year));
        }
    }

    /** Every recommendation of every review, by review then module in the framework's order, with its answer. */
    private void addRecommendations(Rows rows) {
        List<String> moduleOrder =
                framework.modules().stream().map(FrameworkModule::id).toList();
        reviews.forEach((day, held) -> {
            List<ModuleFeedback> feedback = new ArrayList<>(held.value().feedbackToAnswer());
            Map<String, String> moduleMap = held.year().moduleMap();
            feedback.sort(Comparator.comparingInt(f -> {
                int i = moduleOrder.indexOf(moduleMap.getOrDefault(f.module(), f.module()));
                return i < 0 ? moduleOrder.size() : i;
            }));
            for (ModuleFeedback f : feedback) {
                for (Recommendation r : f.recommendations()) {
                    Key key = new Key(day, Kind.RECOMMENDATION, r.id());
                    rows.add(key, f.module(), held.year(), r.text(), answers.remove(key));
                }
            }
        });
    }

    /** The answers no review's recommendation took: objectives, then entries not in their review, then proposals. */
    private void addOtherAnswers(Rows rows) {
        for (Kind kind : List.of(Kind.OBJECTIVE, Kind.NOT_IN_REVIEW, Kind.PROPOSED)) {
            answers.forEach((key, answer) -> {
                if (key.kind() == kind) {
                    String text = answer.entry().text() != null
                            ? answer.entry().text()
                            : key.review() == null ? null : recommendationText(reviews.get(key.review()), key.id());
                    rows.add(key, answer.entry().module(), answer.year(), text, answer);
                }
            });
        }
    }

    private record Key(LocalDate review, Kind kind, String id) {}

    /** What the review recommends under that id (a draft carrying a recommendation forward names only its id). */
    private static String recommendationText(Held<PeerReview> review, String id) {
        if (review == null) {
            return null;
        }
        return review.value().feedbackToAnswer().stream()
                .flatMap(f -> f.recommendations().stream())
                .filter(r -> r != null && id.equals(r.id()))
                .map(Recommendation::text)
                .findFirst()
                .orElse(null);
    }

    private record Held<T>(T value, YearInput year) {}

    private record Answer(ActionPlanEntry entry, ActionPlan plan, YearInput year) {}

    /** The review a plan answers: in time, making the most of its recommendations, the latest on a tie. */
    private static LocalDate answeredReview(ActionPlan plan, Map<LocalDate, Held<PeerReview>> reviews) {
        Set<String> answered = new HashSet<>();
        plan.entries().stream()
                .map(ActionPlanEntry::recommendation)
                .filter(Objects::nonNull)
                .forEach(answered::add);
        LocalDate found = null;
        long most = 0;
        for (Map.Entry<LocalDate, Held<PeerReview>> e : reviews.entrySet()) {
            long common = e.getValue().value().recommendationIds().stream()
                    .filter(answered::contains)
                    .count();
            if (plan.canAnswer(e.getValue().value()) && common > 0 && common >= most) {
                found = e.getKey();
                most = common;
            }
        }
        return found;
    }

    /** The rows of the recommendations and actions tables, built in report order. */
    private static final class Rows {
        final LocalDate asOf;
        final List<RecommendationProgress> recommendations = new ArrayList<>();
        final List<ActionProgress> actions = new ArrayList<>();

        Rows(LocalDate asOf) {
            this.asOf = asOf;
        }

        /** A row, answered by an entry of a plan or not yet ({@code answer} null), with the actions that answer it. */
        void add(Key key, String module, YearInput year, String text, Answer answer) {
            ActionPlanEntry entry = answer == null ? null : answer.entry();
            // The module as the plan names it, else as the review does; each in the edition it was written in.
            boolean named = entry != null && entry.module() != null;
            String written = named ? entry.module() : module;
            Map<String, String> map = (named ? answer.year() : year).moduleMap();
            String placed = written == null ? null : map.getOrDefault(written, written);
            String original = placed != null && !placed.equals(written) ? written : null;
            List<ActionProgress> mine = entry == null
                    ? List.of()
                    : entry.actions().stream()
                            .filter(Objects::nonNull)
                            .map(a -> action(key, a, answer.plan()))
                            .toList();
            int complete = (int) mine.stream()
                    .filter(a -> a.action().status() == ActionStatus.COMPLETE)
                    .count();
            boolean settled = entry != null
                    && (entry.response() == RecommendationResponse.NOT_ACCEPTED
                            || (entry.response() == RecommendationResponse.ALREADY_COMPLETED && mine.isEmpty()));
            boolean done = entry != null
                    && key.kind() != Kind.PROPOSED
                    && (settled || (!mine.isEmpty() && complete == mine.size()));
            LocalDate closedOn = !done
                    ? null
                    : settled
                            ? answer.plan().agreedOn()
                            : mine.stream().anyMatch(a -> a.completedOn() == null)
                                    ? null
                                    : mine.stream()
                                            .map(ActionProgress::completedOn)
                                            .max(LocalDate::compareTo)
                                            .orElse(null);
            recommendations.add(new RecommendationProgress(
                    key.review(),
                    key.id(),
                    key.kind(),
                    placed,
                    original,
                    entry == null ? List.of() : roles(entry),
                    text,
                    entry == null ? null : entry.response(),
                    entry == null ? null : entry.comment(),
                    mine.size(),
                    complete,
                    done ? State.CLOSED : State.OPEN,
                    closedOn));
            actions.addAll(mine);
        }

        /** The entry's roles and those of its actions, in the order of {@link CouncilRole}. */
        private static List<CouncilRole> roles(ActionPlanEntry entry) {
            Set<CouncilRole> roles = EnumSet.noneOf(CouncilRole.class);
            entry.roles().stream().filter(Objects::nonNull).forEach(roles::add);
            entry.actions().stream()
                    .filter(Objects::nonNull)
                    .flatMap(a -> a.roles().stream())
                    .filter(Objects::nonNull)
                    .forEach(roles::add);
            return List.copyOf(roles);
        }

        private ActionProgress action(Key key, PlannedAction action, ActionPlan plan) {
            Timescale original = action.originalTarget(plan.agreedOn());
            Timescale current = action.currentTarget(plan.agreedOn());
            LocalDate completed = action.completedOn().orElse(null);
            ActionStatus status = plan.inDraft() ? action.status() : action.statusOn(asOf, plan.agreedOn());
            Timeliness timeliness;
            if (plan.inDraft()) {
                timeliness = Timeliness.PROPOSED;
            } else if (action.status() == ActionStatus.COMPLETE) {
                timeliness = completed == null
                        ? Timeliness.COMPLETION_DATE_NOT_GIVEN
                        : original.end().isEmpty()
                                ? Timeliness.UNKNOWN
                                : completed.isAfter(original.end().get()) ? Timeliness.LATE : Timeliness.ON_TIME;
            } else {
                timeliness = current.end().isEmpty()
                        ? Timeliness.UNKNOWN
                        : status == ActionStatus.OVERDUE ? Timeliness.OVERDUE : Timeliness.NOT_YET_DUE;
            }
            return new ActionProgress(
                    key.review(),
                    key.id(),
                    action,
                    plan.agreedOn(),
                    original.end().orElse(null),
                    current.end().orElse(null),
                    status,
                    completed,
                    timeliness);
        }
    }
}
