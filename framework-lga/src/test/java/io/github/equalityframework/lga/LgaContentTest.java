package io.github.equalityframework.lga;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.FrameworkDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LgaContentTest {
    static final PluginRegistry REGISTRY =
            PluginRegistry.builder().add(new LgaPlugin()).build();

    @Test
    void everyEditionLoadsWithoutProblems() {
        assertEquals(List.of(), REGISTRY.problems());
        assertEquals(
                List.of("lga-eflg-2009", "lga-eflg-2014", "lga-eflg-2021"),
                REGISTRY.catalogue().frameworks().stream()
                        .map(FrameworkDefinition::id)
                        .toList());
    }

    @Test
    void editionsHaveTheDocumentedModuleAndCriterionCounts() {
        Map<String, List<Integer>> expected = Map.of(
                "lga-eflg-2021", List.of(4, 17), "lga-eflg-2014", List.of(5, 29), "lga-eflg-2009", List.of(5, 19));
        expected.forEach((id, counts) -> {
            FrameworkDefinition f = REGISTRY.catalogue().framework(id).orElseThrow();
            assertEquals(counts, List.of(f.modules().size(), (int) f.criteria().count()), id);
        });
    }

    @Test
    void everyCriterionDescribesAllThreeLevelsAndIsMarkedAsParaphrase() {
        for (FrameworkDefinition f : REGISTRY.catalogue().frameworks()) {
            for (Criterion c : f.criteria().toList()) {
                assertEquals(
                        List.of("developing", "achieving", "excellent"),
                        c.descriptors().stream().map(d -> d.level()).toList(),
                        f.id() + " " + c.id());
                assertEquals(true, c.paraphrased(), f.id() + " " + c.id() + " must say it is a paraphrase");
            }
        }
    }

    @Test
    void everyEditionCitesItsSource() {
        for (FrameworkDefinition f : REGISTRY.catalogue().frameworks()) {
            assertEquals(true, f.source().note() != null && !f.source().note().isBlank(), f.id());
        }
    }
}
