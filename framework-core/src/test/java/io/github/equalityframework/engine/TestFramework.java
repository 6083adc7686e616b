package io.github.equalityframework.engine;

import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.LevelDescriptor;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.MaturityScale;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.model.Source;
import io.github.equalityframework.model.ValidatedLevel;
import io.github.equalityframework.spi.AssessmentCheck;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.ClaimContext;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Score;
import io.github.equalityframework.spi.ScoringRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A tiny framework and plugin for engine tests: two modules, three criteria, one rule and one check. */
final class TestFramework {
    static final String ID = "test-framework";

    private TestFramework() {}

    static FrameworkDefinition definition() {
        return new FrameworkDefinition(
                ID,
                "1",
                "Test framework",
                new Source("Tests", "Test framework", 2024, null, null),
                new MaturityScale(List.of(
                        new MaturityLevel("developing", "Developing", 1, null),
                        new MaturityLevel("achieving", "Achieving", 2, null),
                        new MaturityLevel("excellent", "Excellent", 3, null))),
                List.of(
                        new FrameworkModule("m1", "Communities", null, List.of(criterion("m1/c1"), criterion("m1/c2"))),
                        new FrameworkModule("m2", "Workforce", null, List.of(criterion("m2/c1")))),
                List.of(),
                List.of());
    }

    private static Criterion criterion(String id) {
        return new Criterion(
                id,
                "Criterion " + id,
                null,
                true,
                List.of(),
                List.of(
                        new LevelDescriptor("developing", "Developing text", List.of("policy")),
                        new LevelDescriptor("achieving", "Achieving text", List.of("equality-data")),
                        new LevelDescriptor("excellent", "Excellent text", List.of("outcome-measure"))),
                List.of());
    }

    static EvidenceItem evidence(String id, String kind, String... characteristics) {
        return new EvidenceItem(
                id, "Evidence " + id, kind, LocalDate.of(2024, 1, 10), null, List.of(characteristics), null);
    }

    static SelfAssessment assessment(List<Claim> claims, List<EvidenceItem> evidence, PeerReview review) {
        return new SelfAssessment(
                new Organisation("Anytown Borough Council", "E07000999"),
                ID,
                new AssessmentPeriod(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)),
                new Scope(List.of("age", "race"), List.of()),
                List.of(),
                claims,
                evidence,
                review,
                null);
    }

    static SelfAssessment sample() {
        return assessment(
                List.of(
                        new Claim("m1/c1", "excellent", "We do it all.", List.of("e1", "e2", "e3")),
                        new Claim("m1/c2", "achieving", "Good.", List.of("e1")),
                        new Claim("m2/c1", "achieving", "Fine.", List.of("e1", "e2"))),
                List.of(
                        evidence("e1", "policy", "age"), evidence("e2", "equality-data", "age", "race"),
                        evidence("e3", "outcome-measure", "race"), evidence("e4", "minutes")),
                null);
    }

    static PeerReview review(ValidatedLevel... levels) {
        return new PeerReview(List.of(), LocalDate.of(2024, 2, 6), null, null, List.of(levels), List.of(), null);
    }

    /** Evidenced level = the highest level whose kinds (cumulative) the claim's evidence covers. */
    static final class KindsRule implements ScoringRule {
        @Override
        public String id() {
            return "test.kinds";
        }

        @Override
        public RuleDocumentation documentation() {
            return new RuleDocumentation(
                    "Evidence kinds", "The level whose evidence kinds are all present.", Severity.INFO, List.of());
        }

        @Override
        public Score score(ClaimContext context, RuleParameters parameters) {
            List<String> have =
                    context.evidence().stream().map(EvidenceItem::kind).toList();
            MaturityLevel reached = MaturityLevel.NOT_ASSESSED;
            List<String> reasons = new ArrayList<>();
            for (MaturityLevel level : context.framework().scale().levels()) {
                List<String> need =
                        context.criterion().descriptor(level.id()).orElseThrow().expectedEvidence();
                if (!have.containsAll(need)) {
                    reasons.add("no " + String.join(", ", need) + " for " + level.id());
                    break;
                }
                reached = level;
            }
            return new Score(reached, reasons);
        }
    }

    /** Reports evidence that no claim uses; its severity and a "minimum" parameter come from profiles. */
    static final class UnusedEvidenceCheck implements AssessmentCheck {
        static final Parameter<Long> MINIMUM =
                Parameter.integer("minimum", 1, "Report only from this many unused items");

        @Override
        public String id() {
            return "test.unused-evidence";
        }

        @Override
        public RuleDocumentation documentation() {
            return new RuleDocumentation(
                    "Unused evidence", "Evidence no claim refers to.", Severity.WARNING, List.of(MINIMUM));
        }

        @Override
        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
            var evidence = context.assessment().evidence();
            List<Finding> found = new ArrayList<>();
            for (int i = 0; i < evidence.size(); i++) {
                String id = evidence.get(i).id();
                boolean used = context.assessment().claims().stream()
                        .anyMatch(c -> c.evidence().contains(id));
                if (!used) {
                    found.add(Finding.builder("unused-evidence", Severity.WARNING)
                            .path("evidence[" + i + "]")
                            .message("Evidence " + id + " supports no claim; link it to a claim or remove it.")
                            .build());
                }
            }
            return found.size() >= parameters.get(MINIMUM) ? found : List.of();
        }
    }

    static final class Plugin implements EqualityFrameworkPlugin {
        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor("test", "Test plugin", "1.0", "[0.1,1.0)");
        }

        @Override
        public void setup(PluginContext context) {
            context.addFramework(definition());
            context.addScoringRule(new KindsRule());
            context.addCheck(new UnusedEvidenceCheck());
            context.addProfileResource("io/github/equalityframework/engine/test-strict.yaml");
        }
    }
}
