package io.github.equalityframework.testkit.jqwik;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Award;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PeerReviewer;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.ValidatedLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.apiguardian.api.API;

/**
 * Valid self-assessments against one framework edition as a jqwik {@link Arbitrary}, for a plugin's own properties. Only
 * this package of the test kit uses jqwik types; a plugin whose tests do not use jqwik needs only
 * {@link io.github.equalityframework.testkit.SelfAssessments}.
 *
 * <p>Every generated assessment passes the engine's validation against a catalogue holding the framework:
 * ids resolve, evidence references exist, dates run forwards. Names and narratives include markup,
 * quotes and non-ASCII letters, as real data does.
 *
 * <pre>{@code
 * @Property
 * void neverFails(@ForAll("assessments") SelfAssessment assessment) { ... }
 *
 * @Provide
 * Arbitrary<SelfAssessment> assessments() {
 *     return SelfAssessmentArbitraries.of(framework, engine.catalogue()).valid();
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SelfAssessmentArbitraries {
    private static final LocalDate EARLIEST = LocalDate.of(2015, 4, 1);
    private static final List<String> COUNCILS = List.of(
            "Anytown Borough Council",
            "Ynys Môn County Council",
            "Barset & District Council",
            "<b>Markup</b> \"Quoted\" Council",
            "Little Whinging Parish Council");
    private static final List<String> PREFIXES = List.of("E06", "E07", "E08", "E09", "E10", "W06", "S12");
    private static final List<String> TEXTS = List.of(
            "Equality objectives agreed by cabinet",
            "Census 2021 profile of our communities",
            "Résumé of the staff survey",
            "Consultation <results> & \"actions\"",
            "Workforce report 2024",
            "Budget equality impact assessment",
            "Minutes of scrutiny committee, item 7");
    private static final List<String> PEOPLE =
            List.of("Head of Policy", "Chief Executive", "O'Brien, HR lead", "Équipe RH");

    private final FrameworkDefinition framework;
    private final List<String> characteristics;
    private final List<String> kinds;
    private final List<String> levels;
    private final List<String> modules;
    private final List<String> criteria;

    private SelfAssessmentArbitraries(FrameworkDefinition framework, Catalogue catalogue) {
        this.framework = framework;
        this.characteristics = ids(
                catalogue.characteristics().stream().map(Characteristic::id).toList(),
                framework.localCharacteristics().stream()
                        .map(Characteristic::id)
                        .toList());
        this.kinds = ids(
                catalogue.evidenceKindsFor(framework.id()).stream()
                        .map(EvidenceKind::id)
                        .toList(),
                framework.evidenceKinds().stream().map(EvidenceKind::id).toList());
        this.levels = framework.scale().levels().stream().map(MaturityLevel::id).toList();
        this.modules = framework.modules().stream().map(FrameworkModule::id).toList();
        this.criteria = framework.criteria().map(Criterion::id).toList();
    }

    /**
     * Self-assessments against a framework, using the characteristics and evidence kinds of a catalogue
     * (typically {@code engine.catalogue()}).
     */
    public static SelfAssessmentArbitraries of(FrameworkDefinition framework, Catalogue catalogue) {
        return new SelfAssessmentArbitraries(
                Objects.requireNonNull(framework, "framework"), Objects.requireNonNull(catalogue, "catalogue"));
    }

    /** The framework the assessments are against. */
    public FrameworkDefinition framework() {
        return framework;
    }

    /** Any valid self-assessment against the framework. */
    public Arbitrary<SelfAssessment> valid() {
        return Combinators.combine(organisations(), periods(), scopes(), localCharacteristics())
                .flatAs((organisation, period, scope, locals) -> evidence(period)
                        .flatMap(register -> Combinators.combine(claims(register), reviews(period), plans(period))
                                .as((claims, review, plan) -> new SelfAssessment(
                                        organisation,
                                        framework.id(),
                                        period,
                                        scope,
                                        locals,
                                        claims,
                                        register,
                                        review,
                                        answering(plan, review)))));
    }

    /**
     * The plan with its entries answering the review, as validation requires: entry i answers the review's i-th
     * recommendation while there are enough; the rest are the council's own objectives.
     */
    private static ActionPlan answering(ActionPlan plan, PeerReview review) {
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

    private Arbitrary<Organisation> organisations() {
        Arbitrary<String> codes = Combinators.combine(
                        Arbitraries.of(PREFIXES), Arbitraries.integers().between(0, 999_999))
                .as((prefix, number) -> prefix + String.format("%06d", number));
        return Combinators.combine(Arbitraries.of(COUNCILS), codes.injectNull(0.3))
                .as(Organisation::new);
    }

    private static Arbitrary<AssessmentPeriod> periods() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3650),
                        Arbitraries.integers().between(0, 730))
                .as((start, length) ->
                        new AssessmentPeriod(EARLIEST.plusDays(start), EARLIEST.plusDays(start + length)));
    }

    private Arbitrary<Scope> scopes() {
        Arbitrary<Scope> chosen = Combinators.combine(
                        Arbitraries.subsetOf(characteristics), Arbitraries.subsetOf(modules))
                .as((c, m) -> new Scope(inOrder(characteristics, c), inOrder(modules, m)));
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Scope.ALL)), Tuple.of(2, chosen));
    }

    private static Arbitrary<List<Characteristic>> localCharacteristics() {
        return Arbitraries.integers()
                .between(0, 2)
                .map(n -> IntStream.rangeClosed(1, n)
                        .mapToObj(i ->
                                new Characteristic("council-local-" + i, "Council's own characteristic " + i, null))
                        .toList());
    }

    private Arbitrary<List<EvidenceItem>> evidence(AssessmentPeriod period) {
        Arbitrary<EvidenceItem> item = Combinators.combine(
                        Arbitraries.of(TEXTS),
                        Arbitraries.of(kinds),
                        Arbitraries.integers().between(-900, 400),
                        Arbitraries.of("https://example.org/doc", "Intranet: Policy/7")
                                .injectNull(0.4),
                        Arbitraries.subsetOf(characteristics),
                        Arbitraries.of(PEOPLE).injectNull(0.5))
                .as((title, kind, days, location, covered, owner) -> new EvidenceItem(
                        "",
                        title,
                        kind,
                        period.to().plusDays(days),
                        location,
                        inOrder(characteristics, covered),
                        owner));
        return item.list()
                .ofMaxSize(12)
                .map(items -> IntStream.range(0, items.size())
                        .mapToObj(i -> {
                            EvidenceItem e = items.get(i);
                            return new EvidenceItem(
                                    "ev-" + (i + 1),
                                    e.title(),
                                    e.kind(),
                                    e.date(),
                                    e.location(),
                                    e.characteristics(),
                                    e.owner());
                        })
                        .toList());
    }

    private Arbitrary<List<Claim>> claims(List<EvidenceItem> register) {
        List<String> evidenceIds = register.stream().map(EvidenceItem::id).toList();
        Arbitrary<String> claimable = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.of(levels)), Tuple.of(1, Arbitraries.just(MaturityLevel.NOT_ASSESSED.id())));
        List<Arbitrary<Claim>> perCriterion = criteria.stream()
                .map(c -> Combinators.combine(
                                claimable, Arbitraries.of(TEXTS).injectNull(0.3), Arbitraries.subsetOf(evidenceIds))
                        .as((level, narrative, refs) -> new Claim(c, level, narrative, inOrder(evidenceIds, refs)))
                        .injectNull(0.25))
                .toList();
        return Combinators.combine(perCriterion)
                .as(claims -> claims.stream().filter(Objects::nonNull).toList())
                .flatMap(Arbitraries::shuffle);
    }

    private Arbitrary<PeerReview> reviews(AssessmentPeriod period) {
        List<Arbitrary<ValidatedLevel>> validated = criteria.stream()
                .map(c -> Combinators.combine(
                                Arbitraries.of(levels), Arbitraries.of(TEXTS).injectNull(0.5))
                        .as((level, why) -> new ValidatedLevel(c, level, why))
                        .injectNull(0.5))
                .toList();
        Arbitrary<List<String>> notes = Arbitraries.of(TEXTS).list().ofMaxSize(2);
        List<Arbitrary<ModuleFeedback>> feedback = modules.stream()
                .map(m -> Combinators.combine(notes, notes, notes)
                        .as((strengths, areas, recommendations) -> new ModuleFeedback(
                                m,
                                strengths,
                                areas,
                                recommendations.stream()
                                        .map(text -> new Recommendation("", text))
                                        .toList()))
                        .injectNull(0.4))
                .toList();
        Arbitrary<Award> awards = Combinators.combine(
                        Arbitraries.of(levels), Arbitraries.integers().between(0, 1500))
                .as((level, days) ->
                        new Award(level, period.to().plusDays(30), period.to().plusDays(30 + days)));
        return Combinators.combine(
                        Arbitraries.integers().between(0, 180),
                        Arbitraries.integers().between(0, 4).injectNull(0.3),
                        Combinators.combine(validated).as(SelfAssessmentArbitraries::present),
                        Combinators.combine(feedback).as(SelfAssessmentArbitraries::present),
                        awards.injectNull(0.7))
                .as((start, length, levels, modules, award) -> new PeerReview(
                        List.of(new PeerReviewer("A Peer", null, "Another Council")),
                        period.to().plusDays(start),
                        length == null ? null : period.to().plusDays(start + length),
                        Scope.ALL,
                        levels,
                        numberRecommendations(modules),
                        award))
                .injectNull(0.6);
    }

    private static List<ModuleFeedback> numberRecommendations(List<ModuleFeedback> feedback) {
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

    private static Arbitrary<ActionPlan> plans(AssessmentPeriod period) {
        Arbitrary<ProgressNote> note = Combinators.combine(
                        Arbitraries.integers().between(-100, 300),
                        Arbitraries.of(TEXTS),
                        Arbitraries.of("Cabinet", "Scrutiny committee").injectNull(0.5))
                .as((days, text, to) -> new ProgressNote(period.to().plusDays(days), text, to));
        Arbitrary<PlannedAction> action = Combinators.combine(
                        Arbitraries.of(TEXTS),
                        Arbitraries.of(PEOPLE),
                        Arbitraries.integers().between(-300, 700),
                        Arbitraries.of(ActionStatus.class),
                        note.list().ofMaxSize(2),
                        Arbitraries.of(TEXTS).injectNull(0.5))
                .as((text, lead, days, status, progress, next) ->
                        new PlannedAction("", text, lead, period.to().plusDays(days), status, progress, next));
        Arbitrary<ActionPlanEntry> entry = Combinators.combine(
                        Arbitraries.integers().between(1, 9),
                        Arbitraries.of(RecommendationResponse.class),
                        Arbitraries.of(TEXTS).injectNull(0.6),
                        action.list().ofMaxSize(3))
                .as((number, response, comment, actions) -> new ActionPlanEntry(
                        "R" + number,
                        response,
                        comment == null && response == RecommendationResponse.NOT_ACCEPTED
                                ? "Not affordable this year."
                                : comment,
                        actions));
        return Combinators.combine(
                        Arbitraries.integers().between(0, 120), entry.list().ofMaxSize(4))
                .as((days, entries) -> new ActionPlan(period.to().plusDays(days), numberActions(entries)))
                .injectNull(0.6);
    }

    private static List<ActionPlanEntry> numberActions(List<ActionPlanEntry> entries) {
        int[] next = {1};
        return entries.stream()
                .map(e -> e.withActions(
                        e.actions().stream().map(a -> a.withId("A" + next[0]++)).toList()))
                .toList();
    }

    private static <T> List<T> present(List<T> items) {
        return items.stream().filter(Objects::nonNull).toList();
    }

    /** The chosen ids in the order of {@code all}, so that equal choices give equal lists. */
    private static List<String> inOrder(List<String> all, Collection<String> chosen) {
        return all.stream().filter(chosen::contains).toList();
    }

    private static List<String> ids(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        second.stream().filter(id -> !all.contains(id)).forEach(all::add);
        return List.copyOf(all);
    }
}
