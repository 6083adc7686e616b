package io.github.equalityframework.testkit;

import static io.github.equalityframework.testkit.internal.AssessmentShapes.*;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Award;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.ValidatedLevel;
import io.github.equalityframework.testkit.internal.AssessmentShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Draws self-assessments of the {@linkplain AssessmentShapes shapes} the jqwik arbitraries give, from a seeded
 * {@link SplittableRandom} and without jqwik. No shrinking: a conformance failure names the seed and the assessment's
 * number instead. Edge values (the ends of each range, empty and full lists, the unusual dates of the shapes) come up
 * far more often than a uniform draw would give them, as jqwik's edge cases do.
 */
final class GeneratedAssessments {
    /** How often a number is one of its span's edges, and a list or subset empty or full. */
    private static final double EDGE = 0.15;

    private final String framework;
    private final AssessmentShapes.Vocabulary ids;

    GeneratedAssessments(String framework, AssessmentShapes.Vocabulary ids) {
        this.framework = framework;
        this.ids = ids;
    }

    /**
     * The first {@code count} assessments of the seed. Assessment {@code i} comes from its own stream split off the
     * seed's in turn, so a larger sample of the same seed starts with the same assessments.
     */
    List<SelfAssessment> sample(int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("cannot draw " + count + " assessments");
        }
        SplittableRandom seeded = new SplittableRandom(seed);
        List<SplittableRandom> streams = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            streams.add(seeded.split());
        }
        return streams.stream().map(random -> assessment(new Draw(random))).toList();
    }

    private SelfAssessment assessment(Draw draw) {
        Organisation organisation = new Organisation(
                draw.oneOf(COUNCILS),
                draw.orNull(NO_CODE, () -> code(draw.oneOf(CODE_PREFIXES), draw.in(CODE_NUMBER))));
        int start = draw.in(PERIOD_START);
        int length = draw.in(PERIOD_LENGTH);
        AssessmentPeriod period = new AssessmentPeriod(EARLIEST.plusDays(start), EARLIEST.plusDays(start + length));
        Scope scope = draw.weighted(WHOLE_SCOPE_WEIGHT, CHOSEN_SCOPE_WEIGHT)
                ? Scope.ALL
                : new Scope(draw.subsetOf(ids.characteristics()), draw.subsetOf(ids.modules()));
        var locals = IntStream.rangeClosed(1, draw.in(LOCAL_CHARACTERISTICS))
                .mapToObj(AssessmentShapes::localCharacteristic)
                .toList();
        List<EvidenceItem> register = numberEvidence(draw.listOf(
                MAX_EVIDENCE,
                () -> new EvidenceItem(
                        "",
                        draw.oneOf(TEXTS),
                        draw.oneOf(ids.evidenceKinds()),
                        period.to().plusDays(draw.in(EVIDENCE_DATE)),
                        draw.orNull(NO_LOCATION, () -> draw.oneOf(LOCATIONS)),
                        draw.subsetOf(ids.characteristics()),
                        draw.orNull(NO_OWNER, () -> draw.oneOf(PEOPLE)))));
        List<Claim> claims = claims(draw, register);
        PeerReview review = draw.orNull(NO_REVIEW, () -> review(draw, period));
        ActionPlan plan = draw.orNull(NO_PLAN, () -> plan(draw, period));
        return new SelfAssessment(
                organisation, framework, period, scope, locals, claims, register, review, answering(plan, review));
    }

    private List<Claim> claims(Draw draw, List<EvidenceItem> register) {
        List<String> evidenceIds = register.stream().map(EvidenceItem::id).toList();
        List<Claim> claims = new ArrayList<>();
        for (String criterion : ids.criteria()) {
            Claim claim = draw.orNull(
                    NO_CLAIM,
                    () -> new Claim(
                            criterion,
                            draw.weighted(LEVEL_CLAIM_WEIGHT, NOT_ASSESSED_CLAIM_WEIGHT)
                                    ? draw.oneOf(ids.levels())
                                    : MaturityLevel.NOT_ASSESSED.id(),
                            draw.orNull(NO_NARRATIVE, () -> draw.oneOf(TEXTS)),
                            draw.subsetOf(evidenceIds)));
            if (claim != null) {
                claims.add(claim);
            }
        }
        return draw.shuffled(claims);
    }

    private PeerReview review(Draw draw, AssessmentPeriod period) {
        List<ValidatedLevel> validated = new ArrayList<>();
        for (String criterion : ids.criteria()) {
            ValidatedLevel level = draw.orNull(
                    NO_VALIDATED_LEVEL,
                    () -> new ValidatedLevel(
                            criterion,
                            draw.oneOf(ids.levels()),
                            draw.orNull(NO_VALIDATION_REASON, () -> draw.oneOf(TEXTS))));
            if (level != null) {
                validated.add(level);
            }
        }
        List<ModuleFeedback> feedback = new ArrayList<>();
        for (String module : ids.modules()) {
            ModuleFeedback given = draw.orNull(
                    NO_FEEDBACK,
                    () -> new ModuleFeedback(
                            module,
                            draw.listOf(MAX_NOTES, () -> draw.oneOf(TEXTS)),
                            draw.listOf(MAX_NOTES, () -> draw.oneOf(TEXTS)),
                            draw.listOf(MAX_NOTES, () -> new Recommendation("", draw.oneOf(TEXTS)))));
            if (given != null) {
                feedback.add(given);
            }
        }
        int start = draw.in(REVIEW_START);
        Integer length = draw.orNull(NO_REVIEW_END, () -> draw.in(REVIEW_LENGTH));
        Award award = draw.orNull(
                NO_AWARD,
                () -> new Award(
                        draw.oneOf(ids.levels()),
                        period.to().plusDays(AWARD_MADE),
                        period.to().plusDays(AWARD_MADE + draw.in(AWARD_LASTS))));
        return new PeerReview(
                List.of(REVIEWER),
                period.to().plusDays(start),
                length == null ? null : period.to().plusDays(start + length),
                Scope.ALL,
                validated,
                numberRecommendations(feedback),
                award);
    }

    private static ActionPlan plan(Draw draw, AssessmentPeriod period) {
        int agreed = draw.in(PLAN_AGREED);
        List<ActionPlanEntry> entries = draw.listOf(MAX_ENTRIES, () -> {
            int recommendation = draw.in(ENTRY_RECOMMENDATION);
            RecommendationResponse response = draw.oneOf(List.of(RecommendationResponse.values()));
            String comment = comment(response, draw.orNull(NO_COMMENT, () -> draw.oneOf(TEXTS)));
            List<PlannedAction> actions = draw.listOf(
                    MAX_ACTIONS,
                    () -> new PlannedAction(
                            "",
                            draw.oneOf(TEXTS),
                            draw.oneOf(PEOPLE),
                            period.to().plusDays(draw.in(ACTION_DUE)),
                            draw.oneOf(List.of(ActionStatus.values())),
                            draw.listOf(
                                    MAX_PROGRESS,
                                    () -> new ProgressNote(
                                            period.to().plusDays(draw.in(PROGRESS_DATE)),
                                            draw.oneOf(TEXTS),
                                            draw.orNull(NO_REPORTED_TO, () -> draw.oneOf(REPORTED_TO)))),
                            draw.orNull(NO_NEXT_STEPS, () -> draw.oneOf(TEXTS))));
            return new ActionPlanEntry("R" + recommendation, response, comment, actions);
        });
        return new ActionPlan(period.to().plusDays(agreed), numberActions(entries));
    }

    /** One assessment's choices, in the order they are made. */
    private static final class Draw {
        private final SplittableRandom random;

        Draw(SplittableRandom random) {
            this.random = random;
        }

        int in(AssessmentShapes.Span span) {
            if (chance(EDGE)) {
                return oneOf(span.edges());
            }
            return random.nextInt(span.min(), span.max() + 1);
        }

        <T> T oneOf(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        boolean chance(double probability) {
            return random.nextDouble() < probability;
        }

        /** True with the first weight's share of both. */
        boolean weighted(int first, int second) {
            return random.nextInt(first + second) < first;
        }

        <T> T orNull(double probability, Supplier<T> value) {
            return chance(probability) ? null : value.get();
        }

        /** A subset in the order of {@code all}: often empty or everything, else each one by a coin toss. */
        List<String> subsetOf(List<String> all) {
            if (chance(EDGE)) {
                return random.nextBoolean() ? List.of() : all;
            }
            List<String> chosen = new ArrayList<>();
            for (String id : all) {
                if (random.nextBoolean()) {
                    chosen.add(id);
                }
            }
            return inOrder(all, chosen);
        }

        /** Up to {@code max} values: often none or {@code max}, else any size between. */
        <T> List<T> listOf(int max, Supplier<T> value) {
            int size = chance(EDGE) ? (random.nextBoolean() ? 0 : max) : random.nextInt(max + 1);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(value.get());
            }
            return List.copyOf(values);
        }

        <T> List<T> shuffled(List<T> values) {
            List<T> shuffled = new ArrayList<>(values);
            for (int i = shuffled.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                T swapped = shuffled.get(i);
                shuffled.set(i, shuffled.get(j));
                shuffled.set(j, swapped);
            }
            return List.copyOf(shuffled);
        }
    }
}
