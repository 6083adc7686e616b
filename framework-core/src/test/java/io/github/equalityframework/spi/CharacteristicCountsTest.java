package io.github.equalityframework.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.equalityframework.model.EvidenceItem;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which characteristics evidence covers, as the contexts count them once for every rule, check and the report. */
class CharacteristicCountsTest {
    private static final EvidenceItem AGE_AND_RACE = item("ev-1", "age", "race", "age");
    private static final EvidenceItem RACE = item("ev-2", "race");
    private static final EvidenceItem WITH_NULL = new EvidenceItem(
            "ev-3", "Title", "policy", LocalDate.parse("2024-01-10"), null, Arrays.asList("sex", null), null);

    @Test
    void anItemCountsOnceForEachCharacteristicItNamesInTheOrderFirstNamed() {
        Map<String, Integer> counts = ClaimContext.of(null, null, null, null, List.of(RACE, AGE_AND_RACE), null)
                .characteristicCounts();

        assertEquals(Map.of("race", 2, "age", 1), counts);
        assertEquals(List.of("race", "age"), List.copyOf(counts.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> counts.put("sex", 1));
    }

    @Test
    void aNullCharacteristicCountsForNothing() {
        assertEquals(
                Map.of("sex", 1),
                ClaimContext.of(null, null, null, null, List.of(WITH_NULL), null)
                        .characteristicCounts());
    }

    @Test
    void theDefaultCountsAsTheContextsDo() {
        ClaimContext made = ClaimContext.of(null, null, null, null, List.of(AGE_AND_RACE, WITH_NULL), null);
        ClaimContext own = new ClaimContext() {
            public io.github.equalityframework.model.SelfAssessment assessment() {
                return null;
            }

            public io.github.equalityframework.model.FrameworkDefinition framework() {
                return null;
            }

            public io.github.equalityframework.model.Criterion criterion() {
                return null;
            }

            public io.github.equalityframework.model.Claim claim() {
                return null;
            }

            public List<EvidenceItem> evidence() {
                return List.of(AGE_AND_RACE, WITH_NULL);
            }

            public LocalDate today() {
                return null;
            }
        };

        assertEquals(made.characteristicCounts(), own.characteristicCounts());
    }

    @Test
    void theRegisterCoversWhatAnyOfItsItemsNames() {
        assertEquals(
                Set.of("age", "race", "sex"), Contexts.characteristicsCovered(List.of(AGE_AND_RACE, RACE, WITH_NULL)));
    }

    private static EvidenceItem item(String id, String... characteristics) {
        return new EvidenceItem(
                id, "Title", "policy", LocalDate.parse("2024-01-10"), null, List.of(characteristics), null);
    }
}
