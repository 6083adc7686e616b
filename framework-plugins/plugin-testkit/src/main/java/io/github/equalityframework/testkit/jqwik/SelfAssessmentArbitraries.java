package io.github.equalityframework.testkit.jqwik;

import static io.github.equalityframework.testkit.internal.AssessmentShapes.*;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Award;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
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
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.apiguardian.api.API;

/**
 * Valid self-assessments against one framework edition as a jqwik {@link Arbitrary}, for a plugin's own properties,
 * with jqwik's shrinking and edge cases. Only this package of the test kit uses jqwik types, and jqwik is an optional
 * dependency of the kit: a plugin project that uses this class adds jqwik to its own test dependencies. A plugin whose
 * tests do not use jqwik needs only {@link io.github.equalityframework.testkit.SelfAssessments}, which gives the same
 * shapes of documents without jqwik.
 *
 * <p>Every generated assessment passes the engine's validation against a catalogue holding the framework:
 * ids resolve, evidence references exist, dates run forwards. Names and narratives include markup,
 * quotes, non-ASCII letters and long texts, as real data does.
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
    private final FrameworkDefinition framework;
    private final AssessmentShapes.Vocabulary ids;

    private SelfAssessmentArbitraries(FrameworkDefinition framework, Catalogue catalogue) {
        this.framework = framework;
        this.ids = AssessmentShapes.Vocabulary.of(framework, catalogue);
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

    /** Numbers of a span, with its edges among jqwik's edge cases. */
    private static Arbitrary<Integer> in(AssessmentShapes.Span span) {
        return Arbitraries.integers()
                .between(span.min(), span.max())
                .edgeCases(config -> config.add(span.edges().toArray(Integer[]::new)));
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.of(TEXTS);
    }

    private Arbitrary<Organisation> organisations() {
        Arbitrary<String> codes = Combinators.combine(Arbitraries.of(CODE_PREFIXES), in(CODE_NUMBER))
                .as(AssessmentShapes::code);
        return Combinators.combine(Arbitraries.of(COUNCILS), codes.injectNull(NO_CODE))
                .as(Organisation::new);
    }

    private static Arbitrary<AssessmentPeriod> periods() {
        return Combinators.combine(in(PERIOD_START), in(PERIOD_LENGTH))
                .as((start, length) ->
                        new AssessmentPeriod(EARLIEST.plusDays(start), EARLIEST.plusDays(start + length)));
    }

    private Arbitrary<Scope> scopes() {
        Arbitrary<Scope> chosen = Combinators.combine(
                        Arbitraries.subsetOf(ids.characteristics()), Arbitraries.subsetOf(ids.modules()))
                .as((c, m) -> new Scope(inOrder(ids.characteristics(), c), inOrder(ids.modules(), m)));
        return Arbitraries.frequencyOf(
                Tuple.of(WHOLE_SCOPE_WEIGHT, Arbitraries.just(Scope.ALL)), Tuple.of(CHOSEN_SCOPE_WEIGHT, chosen));
    }

    private static Arbitrary<List<Characteristic>> localCharacteristics() {
        return in(LOCAL_CHARACTERISTICS)
                .map(n -> IntStream.rangeClosed(1, n)
                        .mapToObj(AssessmentShapes::localCharacteristic)
                        .toList());
    }

    private Arbitrary<List<EvidenceItem>> evidence(AssessmentPeriod period) {
        Arbitrary<EvidenceItem> item = Combinators.combine(
                        texts(),
                        Arbitraries.of(ids.evidenceKinds()),
                        in(EVIDENCE_DATE),
                        Arbitraries.of(LOCATIONS).injectNull(NO_LOCATION),
                        Arbitraries.subsetOf(ids.characteristics()),
                        Arbitraries.of(PEOPLE).injectNull(NO_OWNER))
                .as((title, kind, days, location, covered, owner) -> new EvidenceItem(
                        "",
                        title,
                        kind,
                        period.to().plusDays(days),
                        location,
                        inOrder(ids.characteristics(), covered),
                        owner));
        return item.list().ofMaxSize(MAX_EVIDENCE).map(AssessmentShapes::numberEvidence);
    }

    private Arbitrary<List<Claim>> claims(List<EvidenceItem> register) {
        List<String> evidenceIds = register.stream().map(EvidenceItem::id).toList();
        Arbitrary<String> claimable = Arbitraries.frequencyOf(
                Tuple.of(LEVEL_CLAIM_WEIGHT, Arbitraries.of(ids.levels())),
                Tuple.of(NOT_ASSESSED_CLAIM_WEIGHT, Arbitraries.just(MaturityLevel.NOT_ASSESSED.id())));
        List<Arbitrary<Claim>> perCriterion = ids.criteria().stream()
                .map(c -> Combinators.combine(
                                claimable, texts().injectNull(NO_NARRATIVE), Arbitraries.subsetOf(evidenceIds))
                        .as((level, narrative, refs) -> new Claim(c, level, narrative, inOrder(evidenceIds, refs)))
                        .injectNull(NO_CLAIM))
                .toList();
        return Combinators.combine(perCriterion)
                .as(claims -> claims.stream().filter(Objects::nonNull).toList())
                .flatMap(Arbitraries::shuffle);
    }

    private Arbitrary<PeerReview> reviews(AssessmentPeriod period) {
        List<Arbitrary<ValidatedLevel>> validated = ids.criteria().stream()
                .map(c -> Combinators.combine(Arbitraries.of(ids.levels()), texts().injectNull(NO_VALIDATION_REASON))
                        .as((level, why) -> new ValidatedLevel(c, level, why))
                        .injectNull(NO_VALIDATED_LEVEL))
                .toList();
        Arbitrary<List<String>> notes = texts().list().ofMaxSize(MAX_NOTES);
        List<Arbitrary<ModuleFeedback>> feedback = ids.modules().stream()
                .map(m -> Combinators.combine(notes, notes, notes)
                        .as((strengths, areas, recommendations) -> new ModuleFeedback(
                                m,
                                strengths,
                                areas,
                                recommendations.stream()
                                        .map(text -> new Recommendation("", text))
                                        .toList()))
                        .injectNull(NO_FEEDBACK))
                .toList();
        Arbitrary<Award> awards = Combinators.combine(Arbitraries.of(ids.levels()), in(AWARD_LASTS))
                .as((level, days) -> new Award(
                        level, period.to().plusDays(AWARD_MADE), period.to().plusDays(AWARD_MADE + days)));
        return Combinators.combine(
                        in(REVIEW_START),
                        in(REVIEW_LENGTH).injectNull(NO_REVIEW_END),
                        Combinators.combine(validated).as(SelfAssessmentArbitraries::present),
                        Combinators.combine(feedback).as(SelfAssessmentArbitraries::present),
                        awards.injectNull(NO_AWARD))
                .as((start, length, levels, modules, award) -> new PeerReview(
                        List.of(REVIEWER),
                        period.to().plusDays(start),
                        length == null ? null : period.to().plusDays(start + length),
                        Scope.ALL,
                        levels,
                        numberRecommendations(modules),
                        award))
                .injectNull(NO_REVIEW);
    }

    private static Arbitrary<ActionPlan> plans(AssessmentPeriod period) {
        Arbitrary<ProgressNote> note = Combinators.combine(
                        in(PROGRESS_DATE), texts(), Arbitraries.of(REPORTED_TO).injectNull(NO_REPORTED_TO))
                .as((days, text, to) -> new ProgressNote(period.to().plusDays(days), text, to));
        Arbitrary<PlannedAction> action = Combinators.combine(
                        texts(),
                        Arbitraries.of(PEOPLE),
                        in(ACTION_DUE),
                        Arbitraries.of(ActionStatus.class),
                        note.list().ofMaxSize(MAX_PROGRESS),
                        texts().injectNull(NO_NEXT_STEPS))
                .as((text, lead, days, status, progress, next) ->
                        new PlannedAction("", text, lead, period.to().plusDays(days), status, progress, next));
        Arbitrary<ActionPlanEntry> entry = Combinators.combine(
                        in(ENTRY_RECOMMENDATION),
                        Arbitraries.of(RecommendationResponse.class),
                        texts().injectNull(NO_COMMENT),
                        action.list().ofMaxSize(MAX_ACTIONS))
                .as((number, response, comment, actions) ->
                        new ActionPlanEntry("R" + number, response, comment(response, comment), actions));
        return Combinators.combine(in(PLAN_AGREED), entry.list().ofMaxSize(MAX_ENTRIES))
                .as((days, entries) -> new ActionPlan(period.to().plusDays(days), numberActions(entries)))
                .injectNull(NO_PLAN);
    }

    private static <T> List<T> present(List<T> items) {
        return items.stream().filter(Objects::nonNull).toList();
    }
}
