package io.github.equalityframework.nhseds;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.MaturityScale;
import io.github.equalityframework.spi.LevelAggregation;
import java.util.List;
import org.apiguardian.api.API;

/**
 * How EDS 2022 ratings add up, unlike the LGA's "lowest level wins":
 * <ul>
 *   <li><b>Overall:</b> the outcome scores (the ranks 0-3 of the ratings) of all eleven outcomes are
 *       summed, and the rating is the score-card band the sum falls in (with the shipped card: under 8
 *       Undeveloped, 8-21 Developing, 22-32 Achieving, 33 Excelling).</li>
 *   <li><b>Domain:</b> the rating whose score is the mean outcome score of the domain, rounded down
 *       (the product's own rule; EDS reports domain scores as sums). Outcomes 2, 2, 1, 2 score 7,
 *       a mean of 1.75, so the domain is Developing.</li>
 * </ul>
 * A rating needs every outcome it counts: one outcome not rated leaves its domain, and the overall
 * rating, not assessed. The score card's bands are for the full set of outcomes, so an assessment
 * whose scope leaves a domain out gets domain ratings but no overall rating.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EdsAggregation implements LevelAggregation {
    private final MaturityScale scale;
    private final EdsScoreCard card;
    private final int outcomes;

    /**
     * @throws IllegalArgumentException when the score card does not fit the framework
     */
    public EdsAggregation(FrameworkDefinition framework, EdsScoreCard card) {
        List<String> problems = card.problems(framework);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "the EDS score card does not fit " + framework.id() + ": " + String.join("; ", problems));
        }
        this.scale = framework.scale();
        this.card = card;
        this.outcomes = (int) framework.criteria().count();
    }

    /** The mean outcome score of the domain, rounded down, as a rating; not assessed when an outcome is not rated. */
    @Override
    public MaturityLevel module(FrameworkModule module, List<MaturityLevel> criteria) {
        if (criteria.isEmpty() || criteria.contains(MaturityLevel.NOT_ASSESSED)) {
            return MaturityLevel.NOT_ASSESSED;
        }
        // Ranks are 0 or more, so integer division rounds the mean down.
        int mean = EdsScoreCard.score(criteria) / criteria.size();
        return byRank(mean);
    }

    /**
     * Always {@link MaturityLevel#NOT_ASSESSED}: the EDS overall rating comes from outcome scores, which
     * domain ratings do not carry. The engine calls {@link #overall(List, List)}.
     */
    @Override
    public MaturityLevel overall(List<MaturityLevel> modules) {
        return MaturityLevel.NOT_ASSESSED;
    }

    /** The score-card band of the summed outcome scores; not assessed unless every outcome is in scope and rated. */
    @Override
    public MaturityLevel overall(List<MaturityLevel> modules, List<MaturityLevel> criteria) {
        if (criteria.size() != outcomes || criteria.contains(MaturityLevel.NOT_ASSESSED)) {
            return MaturityLevel.NOT_ASSESSED;
        }
        return card.band(EdsScoreCard.score(criteria))
                .flatMap(band -> scale.level(band.level()))
                .orElse(MaturityLevel.NOT_ASSESSED);
    }

    private MaturityLevel byRank(int rank) {
        return scale.levels().stream().filter(l -> l.rank() == rank).findFirst().orElse(MaturityLevel.NOT_ASSESSED);
    }
}
