package io.github.equalityframework.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
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
import io.github.equalityframework.testkit.jqwik.SelfAssessmentArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.JqwikException;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.apiguardian.api.API;

/**
 * Valid self-assessments against one framework edition, for testing rules: a reproducible {@link #sample(int, long)
 * sample} and two fixed extremes, the {@link #minimal() minimal} assessment and one with
 * {@link #everyCriterionClaimedAt(String) every criterion claimed} at one level. Its API has no jqwik type; for a jqwik
 * {@code Arbitrary} in a plugin's own properties, see {@link SelfAssessmentArbitraries}.
 *
 * <p>Every generated assessment passes the engine's validation against a catalogue holding the framework:
 * ids resolve, evidence references exist, dates run forwards. Names and narratives include markup,
 * quotes and non-ASCII letters, as real data does.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SelfAssessments {
    private static final int GENERATION_SIZE = 1000;

    private final FrameworkDefinition framework;
    private final Catalogue catalogue;
    private final List<String> characteristics;
    private final List<String> kinds;
    private final List<String> modules;
    private final List<String> criteria;

    private SelfAssessments(FrameworkDefinition framework, Catalogue catalogue) {
        this.framework = framework;
        this.catalogue = catalogue;
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
        this.modules = framework.modules().stream().map(FrameworkModule::id).toList();
        this.criteria = framework.criteria().map(Criterion::id).toList();
    }

    /**
     * Self-assessments against a framework, using the characteristics and evidence kinds of a catalogue
     * (typically {@code engine.catalogue()}).
     */
    public static SelfAssessments of(FrameworkDefinition framework, Catalogue catalogue) {
        return new SelfAssessments(
                Objects.requireNonNull(framework, "framework"), Objects.requireNonNull(catalogue, "catalogue"));
    }

    /** The framework the assessments are against. */
    public FrameworkDefinition framework() {
        return framework;
    }

    /**
     * The same {@code count} assessments for the same seed, every time. Works in a plain JUnit test and
     * inside a jqwik property alike.
     */
    public List<SelfAssessment> sample(int count, long seed) {
        if (JqwikSession.isActive()) {
            return draw(count, seed);
        }
        try {
            JqwikSession.start();
        } catch (JqwikException insideAProperty) {
            // jqwik's own lifecycle is running, which serves as well as a session.
            return draw(count, seed);
        }
        try {
            return draw(count, seed);
        } finally {
            JqwikSession.finish();
        }
    }

    private List<SelfAssessment> draw(int count, long seed) {
        // Without jqwik's edge cases: they add little here and make each value several times slower to draw.
        RandomGenerator<SelfAssessment> generator =
                SelfAssessmentArbitraries.of(framework, catalogue).valid().generator(GENERATION_SIZE, false);
        Random random = new Random(seed);
        return IntStream.range(0, count)
                .mapToObj(i -> generator.next(random).value())
                .toList();
    }

    /** An assessment with nothing in it: no claims, no evidence, no peer review, no action plan. */
    public SelfAssessment minimal() {
        return SelfAssessment.builder()
                .organisation(new Organisation("Minimal Council", null))
                .framework(framework.id())
                .period(new AssessmentPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)))
                .build();
    }

    /**
     * An assessment that claims every criterion at one level, with one recent item of every evidence kind
     * covering every characteristic linked to every claim, a peer review validating every criterion at
     * that level with a recommendation per module, and an action plan answering each recommendation.
     *
     * @param levelId a level of the framework's scale (or {@code not-assessed})
     */
    public SelfAssessment everyCriterionClaimedAt(String levelId) {
        AssessmentPeriod period = new AssessmentPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
        List<EvidenceItem> register = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            register.add(new EvidenceItem(
                    "ev-" + (i + 1),
                    "Evidence of kind " + kinds.get(i),
                    kinds.get(i),
                    period.to().minusDays(30),
                    "https://example.org/evidence/" + (i + 1),
                    characteristics,
                    "Head of Policy"));
        }
        List<String> evidenceIds = register.stream().map(EvidenceItem::id).toList();
        List<Claim> claims = criteria.stream()
                .map(c -> new Claim(c, levelId, "We are at " + levelId + " for " + c + ".", evidenceIds))
                .toList();
        List<ModuleFeedback> feedback = new ArrayList<>();
        List<ActionPlanEntry> entries = new ArrayList<>();
        for (int m = 0; m < modules.size(); m++) {
            String recommendation = "R" + (m + 1);
            feedback.add(new ModuleFeedback(
                    modules.get(m),
                    List.of("A clear strength."),
                    List.of("An area to develop."),
                    List.of(new Recommendation(recommendation, "Do more in module " + modules.get(m) + "."))));
            entries.add(new ActionPlanEntry(
                    recommendation,
                    RecommendationResponse.ACCEPTED,
                    null,
                    List.of(new PlannedAction(
                            "A" + (m + 1),
                            "Act on " + recommendation,
                            "Head of Policy",
                            period.to().plusDays(90),
                            ActionStatus.ON_TRACK,
                            List.of(new ProgressNote(period.to(), "Started.", "Cabinet")),
                            "Report to scrutiny."))));
        }
        PeerReview review = new PeerReview(
                List.of(new PeerReviewer("A Peer", "Lead peer", "Another Council")),
                period.to().plusDays(14),
                period.to().plusDays(16),
                Scope.ALL,
                criteria.stream()
                        .map(c -> new ValidatedLevel(c, levelId, "Seen in interviews."))
                        .toList(),
                feedback,
                null);
        return new SelfAssessment(
                new Organisation("Anytown Borough Council", "E07000123"),
                framework.id(),
                period,
                Scope.ALL,
                List.of(),
                claims,
                register,
                review,
                new ActionPlan(period.to().plusDays(60), entries));
    }

    private static List<String> ids(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        second.stream().filter(id -> !all.contains(id)).forEach(all::add);
        return List.copyOf(all);
    }
}
