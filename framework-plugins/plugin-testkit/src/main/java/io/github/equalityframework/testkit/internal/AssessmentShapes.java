package io.github.equalityframework.testkit.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PeerReviewer;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.RecommendationResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * What generated self-assessments look like: the one description that both of the kit's generators follow, the
 * plain one behind {@code SelfAssessments.sample} and the jqwik one behind {@code SelfAssessmentArbitraries}, so that a
 * conformance run and a council's properties see the same shapes of documents. Each generator draws in its own way;
 * the values, ranges, chances and the way the drawn parts are put together live here.
 *
 * <p>Dates are days from the end of the assessment period unless said otherwise. A chance is the probability that an
 * optional part is left out ({@code null}, as jqwik's {@code injectNull}).
 */
@API(status = INTERNAL, since = "0.1")
public final class AssessmentShapes {
    private AssessmentShapes() {}

    /**
     * Whole numbers from {@code min} to {@code max}, both included, and the edge values among them that a generator
     * should favour (always {@code min} and {@code max}, and any unusual value worth meeting often).
     */
    public record Span(int min, int max, List<Integer> edges) {
        public Span {
            if (min > max) {
                throw new IllegalArgumentException(min + " > " + max);
            }
            edges = List.copyOf(edges);
        }

        static Span of(int min, int max, int... unusual) {
            List<Integer> edges = new ArrayList<>(List.of(min, max));
            for (int value : unusual) {
                if (value < min || value > max) {
                    throw new IllegalArgumentException(value + " is outside " + min + ".." + max);
                }
                if (!edges.contains(value)) {
                    edges.add(value);
                }
            }
            return new Span(min, max, edges);
        }
    }

    /** The first day a generated period may start; periods start up to {@link #PERIOD_START} days later. */
    public static final LocalDate EARLIEST = LocalDate.of(2015, 4, 1);
    /** Days from {@link #EARLIEST} to the start of the period; unusual: leap days and a New Year's Day. */
    public static final Span PERIOD_START = Span.of(
            0, 3650, daysFromEarliest(2016, 2, 29), daysFromEarliest(2020, 2, 29), daysFromEarliest(2024, 1, 1));
    /** The period's length in days: unusual are a period of one day and of exactly one (leap) year. */
    public static final Span PERIOD_LENGTH = Span.of(0, 730, 365, 366);

    public static final List<String> COUNCILS = List.of(
            "Anytown Borough Council",
            "Ynys Môn County Council",
            "Barset & District Council",
            "<b>Markup</b> \"Quoted\" Council",
            "Little Whinging Parish Council");
    /** GSS code prefixes; a code is a prefix and six digits from {@link #CODE_NUMBER}. */
    public static final List<String> CODE_PREFIXES = List.of("E06", "E07", "E08", "E09", "E10", "W06", "S12");

    public static final Span CODE_NUMBER = Span.of(0, 999_999);
    public static final double NO_CODE = 0.3;

    /** Texts of titles, narratives, notes and actions: markup, quotes, non-ASCII letters and one long text. */
    public static final List<String> TEXTS = List.of(
            "Equality objectives agreed by cabinet",
            "Census 2021 profile of our communities",
            "Résumé of the staff survey",
            "Consultation <results> & \"actions\"",
            "Workforce report 2024",
            "Budget equality impact assessment",
            "Minutes of scrutiny committee, item 7",
            longText());

    public static final List<String> PEOPLE =
            List.of("Head of Policy", "Chief Executive", "O'Brien, HR lead", "Équipe RH");
    public static final List<String> LOCATIONS = List.of("https://example.org/doc", "Intranet: Policy/7");
    public static final List<String> REPORTED_TO = List.of("Cabinet", "Scrutiny committee");

    /** Weights of the two kinds of scope: the whole framework, or chosen characteristics and modules. */
    public static final int WHOLE_SCOPE_WEIGHT = 3;

    public static final int CHOSEN_SCOPE_WEIGHT = 2;
    /** How many local characteristics of the council's own ({@link #localCharacteristic(int)}). */
    public static final Span LOCAL_CHARACTERISTICS = Span.of(0, 2);

    public static final int MAX_EVIDENCE = 12;
    /** Evidence dated from long before the period to after it. */
    public static final Span EVIDENCE_DATE = Span.of(-900, 400, 0);

    public static final double NO_LOCATION = 0.4;
    public static final double NO_OWNER = 0.5;

    /** A criterion left unclaimed. */
    public static final double NO_CLAIM = 0.25;
    /** Weights of a claim at a level of the scale and of a claim at {@code not-assessed}. */
    public static final int LEVEL_CLAIM_WEIGHT = 9;

    public static final int NOT_ASSESSED_CLAIM_WEIGHT = 1;
    public static final double NO_NARRATIVE = 0.3;

    public static final double NO_REVIEW = 0.6;
    /** The peer challenge starts this many days after the period and lasts {@link #REVIEW_LENGTH} days. */
    public static final Span REVIEW_START = Span.of(0, 180);

    public static final Span REVIEW_LENGTH = Span.of(0, 4);
    public static final double NO_REVIEW_END = 0.3;
    public static final PeerReviewer REVIEWER = new PeerReviewer("A Peer", null, "Another Council");
    public static final double NO_VALIDATED_LEVEL = 0.5;
    public static final double NO_VALIDATION_REASON = 0.5;
    public static final double NO_FEEDBACK = 0.4;
    /** Strengths, areas to develop and recommendations of one module's feedback, each. */
    public static final int MAX_NOTES = 2;

    public static final double NO_AWARD = 0.7;
    /** An award is made {@link #AWARD_MADE} days after the period and expires up to {@link #AWARD_LASTS} days later. */
    public static final int AWARD_MADE = 30;

    public static final Span AWARD_LASTS = Span.of(0, 1500);

    public static final double NO_PLAN = 0.6;
    public static final Span PLAN_AGREED = Span.of(0, 120);
    public static final int MAX_ENTRIES = 4;
    /** The recommendation an entry answers, {@code R1} to {@code R9}, before {@link #answering} sets it. */
    public static final Span ENTRY_RECOMMENDATION = Span.of(1, 9);

    public static final double NO_COMMENT = 0.6;
    /** The comment of a recommendation not accepted, which validation requires. */
    public static final String NOT_ACCEPTED_COMMENT = "Not affordable this year.";

    public static final int MAX_ACTIONS = 3;
    public static final Span ACTION_DUE = Span.of(-300, 700, 0);
    public static final int MAX_PROGRESS = 2;
    public static final Span PROGRESS_DATE = Span.of(-100, 300, 0);
    public static final double NO_REPORTED_TO = 0.5;
    public static final double NO_NEXT_STEPS = 0.5;

    /** The ids generated assessments refer to, in a fixed order. */
    public record Vocabulary(
            List<String> characteristics,
            List<String> evidenceKinds,
            List<String> levels,
            List<String> modules,
            List<String> criteria) {
        public Vocabulary {
            characteristics = List.copyOf(characteristics);
            evidenceKinds = List.copyOf(evidenceKinds);
            levels = List.copyOf(levels);
            modules = List.copyOf(modules);
            criteria = List.copyOf(criteria);
        }

        /** The framework's ids, with the characteristics and evidence kinds of the catalogue before its own. */
        public static Vocabulary of(FrameworkDefinition framework, Catalogue catalogue) {
            return new Vocabulary(
                    union(
                            catalogue.characteristics().stream()
                                    .map(Characteristic::id)
                                    .toList(),
                            framework.localCharacteristics().stream()
                                    .map(Characteristic::id)
                                    .toList()),
                    union(
                            catalogue.evidenceKindsFor(framework.id()).stream()
                                    .map(EvidenceKind::id)
                                    .toList(),
                            framework.evidenceKinds().stream()
                                    .map(EvidenceKind::id)
                                    .toList()),
                    framework.scale().levels().stream().map(MaturityLevel::id).toList(),
                    framework.modules().stream().map(FrameworkModule::id).toList(),
                    framework.criteria().map(Criterion::id).toList());
        }
    }

    /** The {@code n}th (from 1) local characteristic of a generated assessment. */
    public static Characteristic localCharacteristic(int n) {
        return new Characteristic("council-local-" + n, "Council's own characteristic " + n, null);
    }

    /** A GSS code from a prefix and a number of {@link #CODE_NUMBER}. */
    public static String code(String prefix, int number) {
        return prefix + String.format("%06d", number);
    }

    /** The comment of an entry: validation wants a reason when a recommendation is not accepted. */
    public static String comment(RecommendationResponse response, String drawn) {
        return drawn == null && response == RecommendationResponse.NOT_ACCEPTED ? NOT_ACCEPTED_COMMENT : drawn;
    }

    /** The register with its items numbered {@code ev-1}, {@code ev-2}, ... in order. */
    public static List<EvidenceItem> numberEvidence(List<EvidenceItem> items) {
        return IntStream.range(0, items.size())
                .mapToObj(i -> items.get(i).withId("ev-" + (i + 1)))
                .toList();
    }

    /** The feedback with its recommendations numbered {@code R1}, {@code R2}, ... across modules. */
    public static List<ModuleFeedback> numberRecommendations(List<ModuleFeedback> feedback) {
        int[] next = {1};
        return feedback.stream()
                .map(f -> new ModuleFeedback(
                        f.module(),
                        f.strengths(),
                        f.areasToDevelop(),
                        f.recommendations().stream()
                                .map(r -> new Recommendation("R" + next[0]++, r.text()))
                                .toList()))
                .toList();
    }

    /** The entries with their actions numbered {@code A1}, {@code A2}, ... across entries. */
    public static List<ActionPlanEntry> numberActions(List<ActionPlanEntry> entries) {
        int[] next = {1};
        return entries.stream()
                .map(e -> e.withActions(
                        e.actions().stream().map(a -> a.withId("A" + next[0]++)).toList()))
                .toList();
    }

    /**
     * The plan with its entries answering the review, as validation requires: entry i answers the review's i-th
     * recommendation while there are enough; the rest are the council's own objectives.
     */
    public static ActionPlan answering(ActionPlan plan, PeerReview review) {
        if (plan == null) {
            return null;
        }
        List<String> ids = review == null ? List.of() : review.recommendationIds();
        List<ActionPlanEntry> entries = new ArrayList<>();
        for (int i = 0; i < plan.entries().size(); i++) {
            ActionPlanEntry e = plan.entries().get(i);
            entries.add(
                    i < ids.size()
                            ? e.withRecommendation(ids.get(i))
                            : e.toBuilder()
                                    .recommendation(null)
                                    .objective("O" + (i + 1))
                                    .text("Objective " + (i + 1))
                                    .response(null)
                                    .build());
        }
        return plan.withEntries(entries);
    }

    /** The chosen ids in the order of {@code all}, so that equal choices give equal lists. */
    public static List<String> inOrder(List<String> all, Collection<String> chosen) {
        return all.stream().filter(chosen::contains).toList();
    }

    private static List<String> union(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        second.stream().filter(id -> !all.contains(id)).forEach(all::add);
        return List.copyOf(all);
    }

    private static int daysFromEarliest(int year, int month, int day) {
        return (int) ChronoUnit.DAYS.between(EARLIEST, LocalDate.of(year, month, day));
    }

    /** A narrative of about 2,000 characters over several lines, as councils paste from their reports. */
    private static String longText() {
        String sentence = "We reviewed how residents of every age, faith and background use our services, and what"
                + " they told us in the 2024 consultation. ";
        return (sentence.repeat(8) + "\n").repeat(2).strip();
    }
}
