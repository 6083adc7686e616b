package io.github.equalityframework.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.SelfAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A council's progress over several years, for its annual equality report to cabinet and scrutiny: the
 * level of each module in each year's assessment, every peer recommendation with the council's response
 * and whether it is closed, and every action with whether it was completed on time or late.
 *
 * @param organisation    the council's name
 * @param framework       the framework edition the years are compared in
 * @param asOf            the day the report is as of: actions past due before it and not complete are overdue
 * @param years           the assessments, oldest first
 * @param modules         per module of the framework, its level in each year (in the order of {@code years})
 * @param recommendations every recommendation of every peer review, by review then module, and the
 *                        council's own entries (no review) last
 * @param actions         every action of the latest plan that answers each recommendation, in the same order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CouncilProgress(
        String organisation,
        String framework,
        LocalDate asOf,
        List<Year> years,
        List<ModuleTimeline> modules,
        List<RecommendationProgress> recommendations,
        List<ActionProgress> actions) {

    public CouncilProgress {
        years = List.copyOf(years);
        modules = List.copyOf(modules);
        recommendations = List.copyOf(recommendations);
        actions = List.copyOf(actions);
    }

    /**
     * One year's assessment, with what is kept beside it or inside it.
     *
     * @param source  where it came from, e.g. its file name
     * @param assessment the self-assessment, in the framework compared in
     * @param report  its report (with any peer review's validated levels counted)
     * @param reviews its peer reviews (inside the file or beside it)
     * @param plans   its action plans (inside the file or beside it)
     */
    public record YearInput(
            String source,
            SelfAssessment assessment,
            AssessmentReport report,
            List<PeerReview> reviews,
            List<ActionPlan> plans) {
        public YearInput {
            reviews = List.copyOf(reviews);
            plans = List.copyOf(plans);
        }
    }

    /**
     * One year of the timeline.
     *
     * @param label   e.g. {@code 2024/25}
     * @param source  where it came from
     * @param period  the period assessed
     * @param overall the overall level reached
     */
    public record Year(String label, String source, AssessmentPeriod period, String overall) {}

    /** A module's level reached in each year, {@code not-assessed} where a year did not assess it. */
    public record ModuleTimeline(String module, String title, List<String> levels) {
        public ModuleTimeline {
            levels = List.copyOf(levels);
        }
    }

    /** Whether a recommendation still needs work. */
    public enum State {
        OPEN,
        CLOSED
    }

    /**
     * A recommendation and where it stands.
     *
     * @param review   the first day of the peer challenge that made it; {@code null} for a council's own entry
     * @param id       its id in that review
     * @param module   the module it concerns, may be {@code null}
     * @param roles    the roles the council tagged its answer with, never {@code null}
     * @param text     what the peers recommended (the entry's statement for a council's own entry)
     * @param response the council's response; {@code null} when no plan answers it yet
     * @param actions  how many actions answer it
     * @param complete how many of those are complete
     * @param state    closed when not accepted, already completed with nothing left to do, or every action is complete
     * @param closedOn when it closed: the plan's agreement for a recommendation not accepted or already completed,
     *                 else the latest completion of its actions; {@code null} when open or not known
     */
    public record RecommendationProgress(
            LocalDate review,
            String id,
            String module,
            List<CouncilRole> roles,
            String text,
            RecommendationResponse response,
            int actions,
            int complete,
            State state,
            LocalDate closedOn) {
        public RecommendationProgress {
            roles = List.copyOf(roles);
        }
    }

    /** How an action stands against its due date. */
    public enum Timeliness {
        /** complete on or before its due date */
        ON_TIME,
        /** complete after its due date */
        LATE,
        /** not complete, and past its due date */
        OVERDUE,
        /** not complete, and not yet due */
        NOT_YET_DUE,
        /** no date to compare: no due date can be read from its timescale, or complete with no dated note */
        UNKNOWN
    }

    /**
     * An action and where it stands.
     *
     * @param review         the review of the recommendation it answers, {@code null} for a council's own entry
     * @param recommendation the recommendation it answers
     * @param action         the action as last reported
     * @param status         its status on {@code asOf} ({@link PlannedAction#statusOn})
     * @param completedOn    when it was completed (its latest progress note), {@code null} when not complete
     * @param timeliness     on time, late, overdue, not yet due or unknown
     */
    public record ActionProgress(
            LocalDate review,
            String recommendation,
            PlannedAction action,
            ActionStatus status,
            LocalDate completedOn,
            Timeliness timeliness) {}

    /** How many actions have this timeliness. */
    public long count(Timeliness timeliness) {
        return actions.stream().filter(a -> a.timeliness() == timeliness).count();
    }

    /** How many recommendations the council tagged with this role. */
    public long count(CouncilRole role) {
        return recommendations.stream().filter(r -> r.roles().contains(role)).count();
    }

    /** How many recommendations are in this state. */
    public long count(State state) {
        return recommendations.stream().filter(r -> r.state() == state).count();
    }

    /**
     * Works out the progress over the years given, all of one organisation in one framework.
     *
     * <p>Each plan answers the latest review held with any year whose visit began on or before the plan was
     * agreed (any review when no date is given) and that made every recommendation the plan answers; a plan
     * that answers no review is the council's own. Where several years' plans answer the same
     * recommendation, the latest year's is the one reported: a plan carried forward with new progress
     * notes supersedes its earlier copy.
     */
    public static CouncilProgress of(FrameworkDefinition framework, List<YearInput> inputs, LocalDate asOf) {
        List<YearInput> sorted = new ArrayList<>(inputs);
        sorted.sort(
                Comparator.comparing((YearInput y) -> y.assessment().period().to())
                        .thenComparing(YearInput::source));
        List<Year> years = sorted.stream()
                .map(y -> new Year(
                        label(y.assessment().period()),
                        y.source(),
                        y.assessment().period(),
                        y.report().overall()))
                .toList();
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
        // Reviews by first visit day; a review repeated in a later year's file is the same review.
        Map<LocalDate, PeerReview> reviews = new TreeMap<>();
        sorted.forEach(y -> y.reviews().forEach(r -> reviews.put(r.visitFrom(), r)));
        // The latest answer to each recommendation, keyed by review day (null: own entry) and id.
        Map<Key, Answer> answers = new LinkedHashMap<>();
        for (YearInput year : sorted) {
            for (ActionPlan plan : year.plans()) {
                LocalDate review = answeredReview(plan, reviews);
                for (ActionPlanEntry entry : plan.entries()) {
                    answers.put(new Key(review, entry.recommendation()), new Answer(entry, plan.agreedOn()));
                }
            }
        }
        List<String> moduleOrder =
                framework.modules().stream().map(FrameworkModule::id).toList();
        List<RecommendationProgress> recommendations = new ArrayList<>();
        List<ActionProgress> actions = new ArrayList<>();
        Set<Key> reported = new HashSet<>();
        reviews.forEach((day, review) -> {
            List<ModuleFeedback> feedback = new ArrayList<>(review.feedback());
            feedback.sort(Comparator.comparingInt(
                    f -> moduleOrder.contains(f.module()) ? moduleOrder.indexOf(f.module()) : moduleOrder.size()));
            for (ModuleFeedback f : feedback) {
                for (Recommendation r : f.recommendations()) {
                    Key key = new Key(day, r.id());
                    reported.add(key);
                    add(key, f.module(), r.text(), answers.get(key), asOf, recommendations, actions);
                }
            }
        });
        answers.forEach((key, answer) -> {
            if (!reported.contains(key)) {
                add(key, answer.entry().module(), key.recommendation(), answer, asOf, recommendations, actions);
            }
        });
        String organisation = sorted.isEmpty()
                ? ""
                : sorted.get(sorted.size() - 1).assessment().organisation().name();
        return new CouncilProgress(organisation, framework.id(), asOf, years, modules, recommendations, actions);
    }

    private record Key(LocalDate review, String recommendation) {}

    private record Answer(ActionPlanEntry entry, LocalDate agreedOn) {}

    private static LocalDate answeredReview(ActionPlan plan, Map<LocalDate, PeerReview> reviews) {
        Set<String> answered = new HashSet<>(
                plan.entries().stream().map(ActionPlanEntry::recommendation).toList());
        LocalDate found = null;
        for (Map.Entry<LocalDate, PeerReview> e : reviews.entrySet()) {
            Set<String> made = new HashSet<>();
            e.getValue().feedback().forEach(f -> f.recommendations().forEach(r -> made.add(r.id())));
            boolean inTime = plan.agreedOn() == null || !e.getKey().isAfter(plan.agreedOn());
            if (inTime && made.containsAll(answered)) {
                found = e.getKey();
            }
        }
        return found;
    }

    private static void add(
            Key key,
            String module,
            String text,
            Answer answer,
            LocalDate asOf,
            List<RecommendationProgress> recommendations,
            List<ActionProgress> actions) {
        if (answer == null) {
            recommendations.add(new RecommendationProgress(
                    key.review(), key.recommendation(), module, List.of(), text, null, 0, 0, State.OPEN, null));
            return;
        }
        ActionPlanEntry entry = answer.entry();
        List<ActionProgress> mine =
                entry.actions().stream().map(a -> action(key, a, asOf)).toList();
        int complete = (int) mine.stream()
                .filter(a -> a.action().status() == ActionStatus.COMPLETE)
                .count();
        boolean settled = entry.response() == RecommendationResponse.NOT_ACCEPTED
                || (entry.response() == RecommendationResponse.ALREADY_COMPLETED && mine.isEmpty());
        boolean done = settled || (!mine.isEmpty() && complete == mine.size());
        LocalDate closedOn = !done
                ? null
                : settled
                        ? answer.agreedOn()
                        : mine.stream()
                                .map(ActionProgress::completedOn)
                                .filter(Objects::nonNull)
                                .max(LocalDate::compareTo)
                                .orElse(null);
        recommendations.add(new RecommendationProgress(
                key.review(),
                key.recommendation(),
                entry.module() != null ? entry.module() : module,
                entry.roles().stream().filter(Objects::nonNull).toList(),
                text,
                entry.response(),
                mine.size(),
                complete,
                done ? State.CLOSED : State.OPEN,
                closedOn));
        actions.addAll(mine);
    }

    private static ActionProgress action(Key key, PlannedAction action, LocalDate asOf) {
        Optional<LocalDate> due = action.dueDate();
        LocalDate completed = action.completedOn().orElse(null);
        ActionStatus status = action.statusOn(asOf);
        Timeliness timeliness;
        if (action.status() == ActionStatus.COMPLETE) {
            timeliness = due.isEmpty() || completed == null
                    ? Timeliness.UNKNOWN
                    : completed.isAfter(due.get()) ? Timeliness.LATE : Timeliness.ON_TIME;
        } else {
            timeliness = due.isEmpty()
                    ? Timeliness.UNKNOWN
                    : status == ActionStatus.OVERDUE && due.get().isBefore(asOf)
                            ? Timeliness.OVERDUE
                            : Timeliness.NOT_YET_DUE;
        }
        return new ActionProgress(key.review(), key.recommendation(), action, status, completed, timeliness);
    }

    /** "2024/25" for a period over two calendar years, "2024" for one within a year, "2022-2024" otherwise. */
    static String label(AssessmentPeriod period) {
        int from = period.from().getYear();
        int to = period.to().getYear();
        return from == to
                ? String.valueOf(to)
                : to == from + 1 ? from + "/" + String.format("%02d", to % 100) : from + "-" + to;
    }
}
