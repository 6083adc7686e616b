package io.github.equalityframework.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
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
import io.github.equalityframework.testkit.internal.AssessmentShapes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Valid self-assessments against one framework edition, for testing rules: a reproducible {@link #sample(int, long)
 * sample} and two fixed extremes, the {@link #minimal() minimal} assessment and one with
 * {@link #everyCriterionClaimedAt(String) every criterion claimed} at one level. It needs no jqwik: the sample is drawn
 * from a seeded {@link java.util.SplittableRandom}. For a jqwik {@code Arbitrary} of the same shapes in a plugin's own
 * properties (with jqwik on the plugin's test class path), see
 * {@link io.github.equalityframework.testkit.jqwik.SelfAssessmentArbitraries}.
 *
 * <p>Every generated assessment passes the engine's validation against a catalogue holding the framework:
 * ids resolve, evidence references exist, dates run forwards. Names and narratives include markup,
 * quotes, non-ASCII letters and long texts, as real data does; lists are often empty or full, and dates often at the
 * ends of their ranges or on unusual days such as 29 February.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SelfAssessments {
    private final FrameworkDefinition framework;
    private final List<String> characteristics;
    private final List<String> kinds;
    private final List<String> modules;
    private final List<String> criteria;
    private final GeneratedAssessments generated;

    private SelfAssessments(FrameworkDefinition framework, Catalogue catalogue) {
        this.framework = framework;
        AssessmentShapes.Vocabulary ids = AssessmentShapes.Vocabulary.of(framework, catalogue);
        this.characteristics = ids.characteristics();
        this.kinds = ids.evidenceKinds();
        this.modules = ids.modules();
        this.criteria = ids.criteria();
        this.generated = new GeneratedAssessments(framework.id(), ids);
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
     * The same {@code count} assessments for the same seed, every time and on every machine, drawn without jqwik. A
     * larger sample of a seed starts with the assessments of a smaller one, so the assessment a conformance failure
     * calls "generated #i (seed s)" is {@code sample(i + 1, s).get(i)}.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public List<SelfAssessment> sample(int count, long seed) {
        return generated.sample(count, seed);
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
}
