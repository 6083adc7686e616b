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
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * States the EDS score card for the report: the summed score, its band, and each domain's score, since
 * the report's levels alone do not show the numbers that EDS publishes.
 */
final class ScoreCardCheck extends EdsCheck {
    static final String ID = "nhs-eds.score-card";

    /** The score card, read when first used (see {@link NhsEdsPlugin}). */
    private final Supplier<EdsScoreCard> cards;

    ScoreCardCheck(EdsScoreCard card) {
        this(() -> card);
    }

    ScoreCardCheck(Supplier<EdsScoreCard> cards) {
        super(
                ID,
                "EDS score card",
                "Adds up the outcome scores (Undeveloped 0, Developing 1, Achieving 2, Excelling 3) of the ratings "
                        + "reached, per domain and overall, and names the score-card band of the total. Why: EDS "
                        + "organisations publish these scores, and they show how far the organisation is from the next "
                        + "band. Nothing to fix; it is information.",
                Severity.INFO);
        this.cards = cards;
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        FrameworkDefinition framework = context.framework();
        List<String> domains = new ArrayList<>();
        for (FrameworkModule domain : framework.modules()) {
            List<CriterionResult> own = context.criteria().stream()
                    .filter(r -> r.module().equals(domain.id()))
                    .toList();
            if (own.isEmpty()) {
                continue;
            }
            int maximum = own.size() * framework.scale().highest().rank();
            domains.add(domain.id() + " " + domain.title() + " "
                    + score(framework, own, CriterionResult::reached)
                            .map(s -> s + " of " + maximum)
                            .orElse("not scored (an outcome is not rated)"));
        }
        String perDomain = "Domain scores: " + String.join("; ", domains) + ". " + DOMAIN_RULE;
        var total = score(framework, context.criteria(), CriterionResult::reached);
        boolean complete = total.isPresent()
                && context.criteria().size() == framework.criteria().count();
        if (!complete) {
            return List.of(Finding.builder("eds-score", severity())
                    .path("")
                    .message("No overall EDS score: every one of the "
                            + framework.criteria().count() + " outcomes must be in scope and rated. " + perDomain)
                    .build());
        }
        int score = total.get();
        EdsScoreCard card = cards.get();
        EdsScoreCard.Band band = card.band(score).orElseThrow();
        String label =
                framework.scale().level(band.level()).map(MaturityLevel::label).orElse(band.level());
        String claimed = score(framework, context.criteria(), CriterionResult::claimed)
                .filter(c -> c != score)
                .map(c -> " The ratings claimed add up to " + c + "; the score counts the ratings reached.")
                .orElse("");
        return List.of(Finding.builder("eds-score", severity())
                .path("")
                .message("EDS score " + score + " of " + card.maximum() + ": " + label + " (score card band "
                        + band.from() + " to " + band.to() + "; " + citation(card) + "). " + perDomain + claimed)
                .build());
    }

    /**
     * How the report rates a domain, said in the report itself: the rule is the product's, not the EDS
     * publication's.
     */
    static final String DOMAIN_RULE =
            "Domain ratings are this product's rule, not EDS's: the rating whose score is the "
                    + "domain's mean outcome score, rounded down (EDS publishes domain scores as sums).";

    /** The score card the bands come from, as its source says, e.g. {@code NHS England, EDS 2022 score card, 2022}. */
    private static String citation(EdsScoreCard card) {
        var source = card.source();
        return source.publisher() + ", " + source.title() + (source.year() == null ? "" : ", " + source.year());
    }

    /** The summed score of some results' levels, or empty when any of them is not rated. */
    private static java.util.Optional<Integer> score(
            FrameworkDefinition framework, List<CriterionResult> results, Function<CriterionResult, String> column) {
        List<MaturityLevel> levels = results.stream()
                .map(r -> framework.scale().level(column.apply(r)).orElse(MaturityLevel.NOT_ASSESSED))
                .toList();
        return levels.contains(MaturityLevel.NOT_ASSESSED)
                ? java.util.Optional.empty()
                : java.util.Optional.of(EdsScoreCard.score(levels));
    }
}
