package io.github.equalityframework.nhseds;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.CriterionResult;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A domain rated above one of its own outcomes. The domain rating is the product's rule (the mean outcome
 * score, rounded down), so outcomes scored 3, 3, 0 make an Achieving domain with an Undeveloped outcome in it:
 * the report says so rather than let the domain's rating hide the outcome.
 */
final class DomainAboveOutcomeCheck extends EdsCheck {
    static final String ID = "nhs-eds.domain-above-outcome";

    DomainAboveOutcomeCheck() {
        super(
                ID,
                "Domain rated above an outcome",
                "A domain whose rating (this product's rule: the rating whose score is the mean outcome score, rounded "
                        + "down; EDS itself publishes domain scores as sums) is above the rating reached by one of its "
                        + "outcomes, e.g. outcomes 3, 3 and 0 give an Achieving domain with an Undeveloped outcome. Why: "
                        + "a domain rating must not hide an outcome that needs work. Report the outcome's rating beside "
                        + "the domain's.",
                Severity.WARNING);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        FrameworkDefinition framework = context.framework();
        List<Finding> found = new ArrayList<>();
        for (FrameworkModule domain : framework.modules()) {
            List<CriterionResult> own = context.criteria().stream()
                    .filter(r -> r.module().equals(domain.id()))
                    .toList();
            List<MaturityLevel> levels = own.stream()
                    .map(r -> framework.scale().level(r.reached()).orElse(MaturityLevel.NOT_ASSESSED))
                    .toList();
            if (own.isEmpty() || levels.contains(MaturityLevel.NOT_ASSESSED)) {
                continue;
            }
            int score = EdsScoreCard.score(levels);
            int rank = score / levels.size();
            String domainLabel = label(framework, rank);
            for (int i = 0; i < own.size(); i++) {
                if (levels.get(i).rank() < rank) {
                    found.add(Finding.builder("domain-above-outcome", severity())
                            .path("claims")
                            .message(String.format(
                                    Locale.ROOT,
                                    "Domain %s (%s) is rated %s (outcome scores %d of %d, a mean of %.2f rounded down, "
                                            + "this product's rule) though outcome %s is %s (%d). Report the outcome's "
                                            + "rating beside the domain's, and act on it.",
                                    domain.id(),
                                    domain.title(),
                                    domainLabel,
                                    score,
                                    levels.size() * framework.scale().highest().rank(),
                                    (double) score / levels.size(),
                                    outcome(framework, own.get(i).criterion()),
                                    levels.get(i).label(),
                                    levels.get(i).rank()))
                            .build());
                }
            }
        }
        return found;
    }

    private static String label(FrameworkDefinition framework, int rank) {
        return framework.scale().levels().stream()
                .filter(l -> l.rank() == rank)
                .map(MaturityLevel::label)
                .findFirst()
                .orElse(String.valueOf(rank));
    }
}
