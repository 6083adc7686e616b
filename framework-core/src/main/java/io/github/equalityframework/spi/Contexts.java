package io.github.equalityframework.spi;

import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The engine's contexts: values, package-private so that plugins see only the interfaces. */
final class Contexts {
    private Contexts() {}

    record Assessment(
            SelfAssessment assessment,
            FrameworkDefinition framework,
            List<CriterionResult> criteria,
            List<Characteristic> characteristicsInScope,
            LocalDate today,
            Set<String> characteristicsCovered)
            implements AssessmentContext {

        Assessment {
            criteria = List.copyOf(criteria);
            characteristicsInScope = List.copyOf(characteristicsInScope);
            characteristicsCovered = Set.copyOf(characteristicsCovered);
        }
    }

    record Claim(
            SelfAssessment assessment,
            FrameworkDefinition framework,
            Criterion criterion,
            io.github.equalityframework.model.Claim claim,
            List<EvidenceItem> evidence,
            Map<String, Integer> characteristicCounts,
            LocalDate today)
            implements ClaimContext {

        Claim {
            evidence = List.copyOf(evidence);
        }
    }

    /** {@link AssessmentContext#characteristicsCovered()}: the characteristics the items name, nulls left out. */
    static Set<String> characteristicsCovered(List<EvidenceItem> register) {
        Set<String> covered = new HashSet<>();
        for (EvidenceItem e : register) {
            for (String c : e == null ? List.<String>of() : e.characteristics()) {
                if (c != null) {
                    covered.add(c);
                }
            }
        }
        return Set.copyOf(covered);
    }

    /**
     * {@link ClaimContext#characteristicCounts()}: one pass over the items, reading each item's list once (a
     * characteristic named twice by one item counts once, a null one not at all).
     */
    static Map<String, Integer> characteristicCounts(List<EvidenceItem> evidence) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (EvidenceItem e : evidence) {
            List<String> named = e.characteristics();
            for (int k = 0; k < named.size(); k++) {
                String c = named.get(k);
                if (c != null && named.indexOf(c) == k) {
                    counts.computeIfAbsent(c, x -> new int[1])[0]++;
                }
            }
        }
        Map<String, Integer> result = new LinkedHashMap<>();
        counts.forEach((c, n) -> result.put(c, n[0]));
        return Collections.unmodifiableMap(result);
    }
}
