package io.github.equalityframework.nhseds;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The EDS 2022 score card as data: each outcome scores the rank of its rating (Undeveloped 0,
 * Developing 1, Achieving 2, Excelling 3), and the overall rating is the band that the sum of all
 * outcome scores falls in. Read from {@code eds-2022-score-card.yaml}, whose source note says which
 * parts are unconfirmed.
 *
 * @param framework the id of the framework the card scores, {@code nhs-eds-2022}
 * @param source    where the thresholds come from
 * @param bands     the bands, lowest first; together they cover every score from 0 to the maximum once
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EdsScoreCard(String framework, Source source, List<Band> bands) {

    /**
     * The scores, both inclusive, that give one overall rating.
     *
     * @param level the id of a level of the framework's scale
     * @param from  the lowest score of the band
     * @param to    the highest score of the band
     */
    public record Band(String level, int from, int to) {
        /** Whether a score falls in the band. */
        public boolean contains(int score) {
            return score >= from && score <= to;
        }
    }

    public EdsScoreCard {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(source, "source");
        bands = List.copyOf(bands);
    }

    /** The score card shipped with this plugin. */
    public static EdsScoreCard eds2022() {
        return Resources.read(Resources.SCORE_CARD, EdsScoreCard.class);
    }

    /** The score of a list of outcome ratings: the sum of their ranks. Not-assessed ratings must be left out first. */
    public static int score(List<MaturityLevel> outcomes) {
        return outcomes.stream().mapToInt(MaturityLevel::rank).sum();
    }

    /** The band a score falls in; empty when it falls in none (below 0 or above the maximum). */
    public Optional<Band> band(int score) {
        return bands.stream().filter(b -> b.contains(score)).findFirst();
    }

    /** The highest score of the card. */
    public int maximum() {
        return bands.get(bands.size() - 1).to();
    }

    /**
     * What is wrong with the card for a framework: every band must name a level of the scale, bands
     * must run from 0 without gaps or overlaps, and the last must end at the framework's maximum score
     * (every outcome at the top level). Empty when the card fits.
     */
    public List<String> problems(FrameworkDefinition definition) {
        List<String> problems = new ArrayList<>();
        if (!framework.equals(definition.id())) {
            problems.add("the score card is for " + framework + ", not " + definition.id());
        }
        if (bands.isEmpty()) {
            problems.add("the score card has no bands");
            return problems;
        }
        int next = 0;
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            if (definition
                    .scale()
                    .level(band.level())
                    .filter(l -> l != MaturityLevel.NOT_ASSESSED)
                    .isEmpty()) {
                problems.add("bands[" + i + "]: '" + band.level() + "' is not a level of " + definition.id());
            }
            if (band.from() != next) {
                problems.add(
                        "bands[" + i + "]: starts at " + band.from() + " but the previous band ends at " + (next - 1));
            }
            if (band.to() < band.from()) {
                problems.add("bands[" + i + "]: ends at " + band.to() + ", before it starts at " + band.from());
            }
            next = band.to() + 1;
        }
        long outcomes = definition.criteria().count();
        int maximum = (int) outcomes * definition.scale().highest().rank();
        if (maximum() != maximum) {
            problems.add(
                    "the last band ends at " + maximum() + " but " + outcomes + " outcomes score at most " + maximum);
        }
        return problems;
    }
}
