package io.github.equalityframework.testkit;

import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.LevelDescriptor;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.MaturityScale;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.model.Source;
import io.github.equalityframework.spi.ClaimContext;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Score;
import io.github.equalityframework.spi.ScoringRule;
import java.util.ArrayList;
import java.util.List;

/** Tiny frameworks built in code for the kit's test plugins: three levels, two modules, three criteria. */
final class TidyFramework {
    private TidyFramework() {}

    static FrameworkDefinition definition(String id) {
        return definition(id, List.of("developing", "achieving", "excellent"));
    }

    /** A framework whose criterion {@code m1/c2} describes only the given levels. */
    static FrameworkDefinition definition(String id, List<String> levelsOfSecondCriterion) {
        return new FrameworkDefinition(
                id,
                "1",
                "Tidy framework " + id,
                new Source("Test kit", "Tidy framework", 2025, null, null),
                new MaturityScale(List.of(
                        new MaturityLevel("developing", "Developing", 1, null),
                        new MaturityLevel("achieving", "Achieving", 2, null),
                        new MaturityLevel("excellent", "Excellent", 3, null))),
                List.of(
                        new FrameworkModule(
                                "m1",
                                "Communities",
                                null,
                                List.of(
                                        criterion("m1/c1", List.of("developing", "achieving", "excellent")),
                                        criterion("m1/c2", levelsOfSecondCriterion))),
                        new FrameworkModule(
                                "m2",
                                "Workforce",
                                null,
                                List.of(criterion("m2/c1", List.of("developing", "achieving", "excellent"))))),
                List.of(),
                List.of());
    }

    private static Criterion criterion(String id, List<String> levels) {
        List<String> kinds = List.of("policy", "equality-data", "outcome-measure");
        List<String> all = List.of("developing", "achieving", "excellent");
        List<LevelDescriptor> descriptors = levels.stream()
                .map(level -> new LevelDescriptor(
                        level, "What " + level + " looks like", List.of(kinds.get(all.indexOf(level)))))
                .toList();
        return new Criterion(id, "Criterion " + id, null, true, List.of(), descriptors, List.of());
    }

    /** Evidenced level: the highest level whose expected evidence kinds (cumulative) the claim's evidence has. */
    static final class EvidenceKindsRule implements ScoringRule {
        private final String id;

        EvidenceKindsRule(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public RuleDocumentation documentation() {
            return new RuleDocumentation(
                    "Evidence kinds",
                    "The highest level whose expected kinds of evidence are all linked.",
                    Severity.INFO,
                    List.of());
        }

        @Override
        public Score score(ClaimContext context, RuleParameters parameters) {
            List<String> have =
                    context.evidence().stream().map(EvidenceItem::kind).toList();
            MaturityLevel reached = MaturityLevel.NOT_ASSESSED;
            List<String> reasons = new ArrayList<>();
            for (MaturityLevel level : context.framework().scale().levels()) {
                List<String> need = context.criterion()
                        .descriptor(level.id())
                        .map(LevelDescriptor::expectedEvidence)
                        .orElse(List.of());
                if (!have.containsAll(need)) {
                    reasons.add("no " + String.join(", ", need) + " for " + level.id());
                    break;
                }
                reached = level;
            }
            return new Score(reached, reasons);
        }
    }
}
