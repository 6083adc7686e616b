package io.github.equalityframework.nhseds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.MaturityLevel;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class EdsAggregationPropertiesTest {
    static final FrameworkDefinition EDS = NhsEdsFrameworkTest.EDS;
    static final EdsScoreCard CARD = EdsScoreCard.eds2022();
    static final EdsAggregation AGGREGATION = new EdsAggregation(EDS, CARD);

    @Property
    void overallIsTheBandOfTheSum(@ForAll @Size(11) List<@IntRange(min = 0, max = 3) Integer> scores) {
        List<MaturityLevel> outcomes =
                scores.stream().map(s -> EDS.scale().levels().get(s)).toList();

        MaturityLevel overall = AGGREGATION.overall(List.of(), outcomes);

        int sum = scores.stream().mapToInt(Integer::intValue).sum();
        assertEquals(CARD.band(sum).orElseThrow().level(), overall.id());
    }

    @Property
    void domainLiesBetweenItsLowestAndHighestOutcome(
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 3) Integer> scores) {
        FrameworkModule domain = EDS.modules().get(0);
        List<MaturityLevel> outcomes =
                scores.stream().map(s -> EDS.scale().levels().get(s)).toList();

        int rank = AGGREGATION.module(domain, outcomes).rank();

        assertTrue(rank >= outcomes.stream().mapToInt(MaturityLevel::rank).min().orElseThrow());
        assertTrue(rank <= outcomes.stream().mapToInt(MaturityLevel::rank).max().orElseThrow());
    }
}
