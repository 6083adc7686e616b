package io.github.equalityframework.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PlanStatus;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.SelfAssessment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A council's progress over several years, for its annual equality report to cabinet and scrutiny: the
 * level of each module in each year's assessment, every peer recommendation and every one of the council's own
 * objectives with the council's response and whether it is closed, every action with whether it was completed on
 * time or late (against the target the plan first set), slipped, or is overdue (against its current target), and
 * every plan with its status.
 *
 * <p>Counting rule: each recommendation of each peer challenge, and each objective, is one row, answered by the
 * latest adopted plan that answers it; draft plans are reported apart and never counted as progress. So no count
 * includes a recommendation twice, and the counts by state and by timeliness add up to the totals.
 *
 * @param organisation    the council's name
 * @param framework       the framework edition the years are compared in
 * @param asOf            the day the report is as of: actions past due before it and not complete are overdue
 * @param years           the assessments, oldest first
 * @param modules         per module of the framework, its level in each year (in the order of {@code years})
 * @param plans           every plan read, adopted and draft, in the order of the years they came with
 * @param recommendations every recommendation of every peer review, by review then module; then the council's own
 *                        objectives; then plan entries that answer no recommendation of the review they answer
 * @param actions         every action of the adopted plan answering each row, in the same order; then the actions
 *                        of draft plans
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CouncilProgress(
        String organisation,
        String framework,
        LocalDate asOf,
        List<Year> years,
        List<ModuleTimeline> modules,
        List<PlanProgress> plans,
        List<RecommendationProgress> recommendations,
        List<ActionProgress> actions) {

    public CouncilProgress {
        years = List.copyOf(years);
        modules = List.copyOf(modules);
        plans = List.copyOf(plans);
        recommendations = List.copyOf(recommendations);
        actions = List.copyOf(actions);
    }

    /**
     * One year's assessment, with what is kept beside it or inside it.
     *
     * @param source     where it came from, e.g. its file name
     * @param assessment the self-assessment, in the framework compared in
     * @param report     its report (with any peer review's validated levels counted)
     * @param reviews    its peer reviews (inside the file or beside it)
     * @param plans      its action plans (inside the file or beside it)
     * @param edition    the framework edition its reviews and plans were written in (they name its modules)
     * @param moduleMap  where each module of that edition goes in the framework compared in; empty when the same
     */
    public record YearInput(
            String source,
            SelfAssessment assessment,
            AssessmentReport report,
            List<PeerReview> reviews,
            List<ActionPlan> plans,
            String edition,
            Map<String, String> moduleMap) {
        public YearInput {
            reviews = List.copyOf(reviews);
            plans = List.copyOf(plans);
            moduleMap = Map.copyOf(moduleMap);
        }

        /** A year whose reviews and plans are in the framework compared in. */
        public YearInput(
                String source,
                SelfAssessment assessment,
                AssessmentReport report,
                List<PeerReview> reviews,
                List<ActionPlan> plans) {
            this(source, assessment, report, reviews, plans, assessment.framework(), Map.of());
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

    /**
     * A plan and what it holds.
     *
     * @param source     the file of the year it came with
     * @param title      its title, may be {@code null}
     * @param status     draft or adopted (a plan that does not say is adopted)
     * @param adoptedBy  the body that agreed it, may be {@code null}
     * @param agreedOn   when it was agreed, may be {@code null}
     * @param review     the first day of the peer challenge it answers, {@code null} when it answers none
     * @param entries    how many entries it has
     * @param actions    how many actions it has
     */
    public record PlanProgress(
            String source,
            String title,
            PlanStatus status,
            String adoptedBy,
            LocalDate agreedOn,
            LocalDate review,
            int entries,
            int actions) {}

    /** Whether a recommendation or objective still needs work. */
    public enum State {
        OPEN,
        CLOSED
    }

    /** What a row of the recommendations table is. */
    public enum Kind {
        /** a peer challenge's recommendation (or, in a review that numbered none, an area to develop) */
        RECOMMENDATION,
        /** one of the council's own objectives */
        OBJECTIVE,
        /** a plan entry naming a recommendation the review it answers does not make (a mistyped id, say) */
        NOT_IN_REVIEW,
        /** an entry of a draft plan: proposed, not yet in force */
        PROPOSED
    }

    /**
     * A recommendation or objective and where it stands.
     *
     * @param review         the first day of the peer challenge that made it; {@code null} for an objective
     * @param id             its id in that review, or the objective's id
     * @param kind           recommendation, objective, not in the review, or proposed
     * @param module         the module it concerns in the framework compared in, may be {@code null}
     * @param originalModule the module as the review or plan named it, when that was in an older edition; else {@code null}
     * @param roles          the roles the council tagged its answer with, never {@code null}
     * @param text           what the peers recommended, or the objective
     * @param response       the council's response; {@code null} for an objective or when no plan answers it yet
     * @param comment        the council's comment or reason, may be {@code null}
     * @param actions        how many actions answer it
     * @param complete       how many of those are complete
     * @param state          closed when not accepted, already completed with nothing left to do, or every action is complete
     * @param closedOn       when it closed: the plan's agreement for a recommendation not accepted or already completed,
     *                       else the latest completion of its actions; {@code null} when open or not known
     */
    public record RecommendationProgress(
            LocalDate review,
            String id,
            Kind kind,
            String module,
            String originalModule,
            List<CouncilRole> roles,
            String text,
            RecommendationResponse response,
            String comment,
            int actions,
            int complete,
            State state,
            LocalDate closedOn) {
        public RecommendationProgress {
            roles = List.copyOf(roles);
        }
    }

    /** How an action stands against its target. */
    public enum Timeliness {
        /** complete on or before the last day of the target the plan first set */
        ON_TIME,
        /** complete after the last day of the target the plan first set */
        LATE,
        /** complete, with no completion date given: on time or late cannot be told */
        COMPLETION_DATE_NOT_GIVEN,
        /** not complete, and past the last day of its current target */
        OVERDUE,
        /** not complete, and not yet past its current target */
        NOT_YET_DUE,
        /** no date to compare: its target is open-ended, unreadable or missing */
        UNKNOWN,
        /** an action of a draft plan: proposed, not yet in force */
        PROPOSED
    }

    /**
     * An action and where it stands.
     *
     * @param review         the review of the recommendation it answers, {@code null} for an objective
     * @param recommendation the id of the recommendation or objective it answers
     * @param action         the action as last reported
     * @param planAgreed     when the plan it belongs to was agreed (periods such as "within 6 months" run from it)
     * @param originalDue    the last day of the target the plan first set; {@code null} when it has no date
     * @param currentDue     the last day of the target it is now held to (its latest revision's, else the
     *                       original); {@code null} when it has no date
     * @param status         its status on {@code asOf} ({@link PlannedAction#statusOn})
     * @param completedOn    when it was completed, {@code null} when not complete or not given
     * @param timeliness     on time, late, overdue, not yet due, unknown or proposed
     */
    public record ActionProgress(
            LocalDate review,
            String recommendation,
            PlannedAction action,
            LocalDate planAgreed,
            LocalDate originalDue,
            LocalDate currentDue,
            ActionStatus status,
            LocalDate completedOn,
            Timeliness timeliness) {

        /** Whether its target was revised after the plan was agreed. */
        public boolean revised() {
            return !action.revisions().isEmpty();
        }

        /**
         * Its status today, as a committee's RAG rating reads it: complete; overdue (past its current target, or
         * so stated); at risk (as stated); no date (nothing to judge it against, whatever it states); on track
         * (as stated); not yet due (not started, its target still ahead); proposed for an action of a draft plan.
         */
        public StatusToday today() {
            if (timeliness == Timeliness.PROPOSED) {
                return StatusToday.PROPOSED;
            }
            return switch (status) {
                case COMPLETE -> StatusToday.COMPLETE;
                case OVERDUE -> StatusToday.OVERDUE;
                case AT_RISK -> StatusToday.AT_RISK;
                case ON_TRACK, NOT_STARTED ->
                    timeliness == Timeliness.UNKNOWN
                            ? StatusToday.NO_DATE
                            : status == ActionStatus.ON_TRACK ? StatusToday.ON_TRACK : StatusToday.NOT_YET_DUE;
            };
        }
    }

    /**
     * An action's status today in the words of a committee's RAG (red, amber, green) rating, with blue for complete
     * and grey where there is nothing to judge yet; reports write the word and may add the colour.
     */
    public enum StatusToday {
        /** complete (blue) */
        COMPLETE,
        /** stated on track, with a target still ahead (green) */
        ON_TRACK,
        /** stated at risk (amber) */
        AT_RISK,
        /** not complete after its current target, or stated overdue (red) */
        OVERDUE,
        /** not started, its target still ahead (grey) */
        NOT_YET_DUE,
        /** not complete and no date to judge it by: open-ended, unreadable or missing target (grey) */
        NO_DATE,
        /** an action of a draft plan: proposed, not yet in force (grey) */
        PROPOSED
    }

    /** How many actions have this timeliness. */
    public long count(Timeliness timeliness) {
        return actions.stream().filter(a -> a.timeliness() == timeliness).count();
    }

    /** How many rows of this kind there are. */
    public long count(Kind kind) {
        return recommendations.stream().filter(r -> r.kind() == kind).count();
    }

    /** How many recommendations and objectives in force (not proposed) the council tagged with this role. */
    public long count(CouncilRole role) {
        return recommendations.stream()
                .filter(r -> r.kind() != Kind.PROPOSED && r.roles().contains(role))
                .count();
    }

    /** How many recommendations and objectives in force (not proposed) are in this state. */
    public long count(State state) {
        return recommendations.stream()
                .filter(r -> r.kind() != Kind.PROPOSED && r.state() == state)
                .count();
    }

    /**
     * Works out the progress over the years given, all of one organisation in one framework.
     *
     * <p>Each plan answers the peer review, among those held with any year whose visit began on or before the plan
     * was agreed (any review when no date is given), that makes the most of the recommendations it answers (the
     * latest on a tie); an entry naming a recommendation that review does not make is reported apart, never as a
     * second recommendation. Where several years' adopted plans answer the same recommendation or objective, the
     * latest year's is the one reported: a plan carried forward with new progress supersedes its earlier copy.
     */
    public static CouncilProgress of(FrameworkDefinition framework, List<YearInput> inputs, LocalDate asOf) {
        return new CouncilProgressBuilder(framework, inputs, asOf).build();
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
