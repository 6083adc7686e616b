package io.github.equalityframework.lga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.migration.EditionDiff;
import io.github.equalityframework.migration.EditionMapping;
import io.github.equalityframework.migration.EditionMapping.Entry;
import io.github.equalityframework.migration.EditionMapping.Relation;
import io.github.equalityframework.model.FrameworkDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class EditionDiffTest {
    static final PluginRegistry REGISTRY =
            PluginRegistry.builder().add(new LgaPlugin()).build();
    static final FrameworkDefinition EFLG_2009 =
            REGISTRY.catalogue().framework("lga-eflg-2009").orElseThrow();
    static final FrameworkDefinition EFLG_2014 =
            REGISTRY.catalogue().framework("lga-eflg-2014").orElseThrow();
    static final FrameworkDefinition EFLG_2021 =
            REGISTRY.catalogue().framework("lga-eflg-2021").orElseThrow();

    @AfterAll
    static void close() {
        REGISTRY.close();
    }

    static EditionDiff diff(String from, FrameworkDefinition source) {
        return EditionDiff.of(LgaContentTest.REGISTRY.migration().mapping(from).orElseThrow(), source, EFLG_2021);
    }

    @Test
    void from2014To2021EachCriterionReadsAsItsChange() {
        List<String> lines = diff("lga-eflg-2014", EFLG_2014).lines();
        assertEquals(
                "Changes from lga-eflg-2014 (Equality Framework for Local Government 2014) to lga-eflg-2021 "
                        + "(Equality Framework for Local Government 2021): 29 criteria to 17.",
                lines.get(0));
        assertEquals("3 same, 10 renamed, 8 merged, 5 split, 2 partial, 1 removed, 0 added.", lines.get(1));
        assertTrue(lines.get(2).startsWith("Mapping: The product's own mapping between editions"), lines.get(2));
        for (String expected : List.of(
                "Knowing your communities",
                "  merged   m1/c1 Collecting information (with m1/c3 Sharing information between partners) -> m1/c1 Collecting and sharing information",
                "  same     m1/c2 Analysing and using information -> m1/c2 Analysing and using data and information",
                "  renamed  m2/c1 Leadership -> m2/c1 Political and officer leadership",
                "  split    m2/c3 Equality objectives -> m3/c2 Integrating equality objectives into service planning; "
                        + "m2/c2 Priorities and working in partnership",
                "  partial  m2/c5 Effective communication -> m1/c1 Collecting and sharing information (in part)",
                "  same     m2/c6 Commissioning and procuring services -> m3/c1 Commissioning and procuring services",
                "  merged   m3/c3 Working in partnership (with m2/c2 Local vision and priorities) -> m2/c2 Priorities and working in partnership",
                "  renamed  m4/c1 Equality analysis and impact assessment -> m2/c3 Using equality impact assessments",
                "  removed  m4/c4 Human rights (no successor)",
                "           2021 has no human rights criterion. Human rights considerations can be recorded within equality impact "
                        + "assessments (m2/c3) and service design and delivery (m3/c3).",
                "  split    m5/c4 Employment and training policies and procedures -> m4/c2 Inclusive strategies and policies; "
                        + "m4/c4 Learning, development and progression",
                "  merged   m5/c10 Career progression (with m5/c9 Learning and development) -> m4/c4 Learning, development and progression",
                "Added in lga-eflg-2021: none; every criterion of lga-eflg-2021 continues one of lga-eflg-2014.")) {
            assertTrue(lines.contains(expected), () -> "missing: " + expected + "\nin:\n" + String.join("\n", lines));
        }
    }

    @Test
    void from2009To2021EachCriterionReadsAsItsChange() {
        EditionDiff diff = diff("lga-eflg-2009", EFLG_2009);
        List<String> lines = diff.lines();
        assertEquals(
                "Changes from lga-eflg-2009 (Equality Framework for Local Government 2009) to lga-eflg-2021 "
                        + "(Equality Framework for Local Government 2021): "
                        + EFLG_2009.criteria().count() + " criteria to 17.",
                lines.get(0));
        for (String expected : List.of(
                "Knowing your community and equality mapping",
                "Place shaping, leadership, partnership and organisational commitment",
                "A modern and diverse workforce")) {
            assertTrue(
                    lines.contains(expected),
                    () -> "missing module heading: " + expected + "\nin:\n" + String.join("\n", lines));
        }
        EditionDiff.Change engagement = change(diff, "m3/c2");
        assertEquals(Relation.SPLIT, engagement.relation());
        assertEquals(
                List.of("m1/c2", "m2/c4"),
                engagement.targets().stream().map(EditionDiff.CriterionRef::id).toList());
        String line = "  split    " + engagement.criterion().name()
                + " -> m1/c2 Analysing and using data and information; " + "m2/c4 Performance monitoring and scrutiny";
        assertTrue(lines.contains(line), () -> "missing: " + line + "\nin:\n" + String.join("\n", lines));
        assertEquals(EFLG_2009.criteria().count(), diff.changes().size(), "one change per 2009 criterion");
        assertEquals(
                diff.changes().size(),
                diff.summary().entrySet().stream()
                        .filter(e -> !e.getKey().equals("added"))
                        .mapToInt(Map.Entry::getValue)
                        .sum());
    }

    @Test
    void everyOlderCriterionAppearsOnceInItsEditionsOrder() {
        EditionDiff diff = diff("lga-eflg-2014", EFLG_2014);
        assertEquals(
                EFLG_2014.criteria().map(c -> c.id()).toList(),
                diff.changes().stream().map(c -> c.criterion().id()).toList());
        EditionDiff.Change merged = change(diff, "m1/c1");
        assertEquals(
                List.of("m1/c3"),
                merged.mergedWith().stream().map(EditionDiff.CriterionRef::id).toList());
        assertEquals("Knowing your communities", merged.criterion().module());
        assertEquals(
                "Understanding and working with your communities",
                merged.targets().get(0).module());
    }

    @Test
    void aNewerCriterionThatNoOlderOneLeadsToIsAdded() {
        // The 2014 mapping without any way into m4/c5, Health and wellbeing.
        EditionMapping shipped =
                LgaContentTest.REGISTRY.migration().mapping("lga-eflg-2014").orElseThrow();
        List<Entry> entries = shipped.entries().stream()
                .map(e -> switch (e.from()) {
                    case "m5/c6" -> new Entry(e.from(), List.of("m4/c1"), Relation.PARTIAL, "Culture only.");
                    case "m5/c8" -> new Entry(e.from(), List.of("m4/c2"), Relation.PARTIAL, "Policy only.");
                    case "m5/c11" -> new Entry(e.from(), List.of(), Relation.REMOVED, "Dropped.");
                    default -> e;
                })
                .toList();
        EditionDiff diff = EditionDiff.of(
                new EditionMapping(shipped.from(), shipped.to(), shipped.note(), entries), EFLG_2014, EFLG_2021);
        assertEquals(
                List.of("m4/c5"),
                diff.added().stream().map(EditionDiff.CriterionRef::id).toList());
        assertEquals(1, diff.summary().get("added"));
        List<String> lines = diff.lines();
        assertTrue(
                lines.contains("Added in lga-eflg-2021 (no criterion of lga-eflg-2014 leads to them):"),
                String.join("\n", lines));
        assertTrue(
                lines.contains("  added    m4/c5 Health and wellbeing (Diverse and engaged workforce)"),
                String.join("\n", lines));
    }

    @Test
    void aMappingThatDoesNotJoinTheEditionsIsRefusedWithItsFirstProblem() {
        EditionMapping from2014 =
                LgaContentTest.REGISTRY.migration().mapping("lga-eflg-2014").orElseThrow();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> EditionDiff.of(from2014, EFLG_2009, EFLG_2021));
        assertEquals(
                "the mapping from lga-eflg-2014 to lga-eflg-2021 does not fit lga-eflg-2009 and lga-eflg-2021: "
                        + "from: the mapping is from 'lga-eflg-2014', not from lga-eflg-2009",
                e.getMessage());
    }

    private static EditionDiff.Change change(EditionDiff diff, String criterion) {
        return diff.changes().stream()
                .filter(c -> c.criterion().id().equals(criterion))
                .findFirst()
                .orElseThrow();
    }
}
