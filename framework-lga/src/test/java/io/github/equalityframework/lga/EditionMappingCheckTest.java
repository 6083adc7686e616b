package io.github.equalityframework.lga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.equalityframework.migration.EditionMapping;
import io.github.equalityframework.migration.EditionMapping.Entry;
import io.github.equalityframework.migration.EditionMapping.Relation;
import io.github.equalityframework.migration.EditionMigration;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a maintainer of the mapping data is told when an entry is wrong. */
class EditionMappingCheckTest {
    static final FrameworkDefinition EFLG_2014 = EditionMappingContentTest.edition("lga-eflg-2014");
    static final FrameworkDefinition EFLG_2021 = EditionMappingContentTest.edition("lga-eflg-2021");

    /** The shipped 2014 mapping with its first entries replaced. */
    static List<String> problemsWith(Entry... first) {
        List<Entry> entries = new ArrayList<>(
                EditionMappingContentTest.mapping("lga-eflg-2014").entries());
        for (int i = 0; i < first.length; i++) {
            entries.set(i, first[i]);
        }
        return new EditionMapping("lga-eflg-2014", "lga-eflg-2021", "The product's own mapping.", entries)
                .check(EFLG_2014, EFLG_2021).stream()
                        .map(ValidationProblem::format)
                        .toList();
    }

    @Test
    void aTargetThatIsNotA2021CriterionIsNamed() {
        assertEquals(
                List.of("entries[1].to[0]: 'm1/c9' is not a criterion of lga-eflg-2021"),
                problemsWith(
                        EditionMappingContentTest.mapping("lga-eflg-2014")
                                .entries()
                                .get(0),
                        new Entry("m1/c2", List.of("m1/c9"), Relation.SAME, "Typo.")));
    }

    @Test
    void aSourceMappedTwiceAndOneLeftOutAreBothReported() {
        Entry first =
                EditionMappingContentTest.mapping("lga-eflg-2014").entries().get(0);
        assertEquals(
                List.of(
                        "entries[1].from: criterion m1/c1 is mapped twice; the first entry is entries[0]",
                        "entries: criterion m1/c2 of lga-eflg-2014 has no entry; add one (with relation 'removed' if it has no home in lga-eflg-2021)"),
                problemsWith(first, new Entry("m1/c1", List.of("m1/c2"), Relation.SAME, "Twice.")));
    }

    @Test
    void theNumberOfTargetsMustFitTheRelation() {
        assertEquals(
                List.of(
                        "entries[0].to: a 'removed' criterion has no target; remove the targets or choose another relation",
                        "entries[1].to: a 'split' criterion needs two or more targets; with one, the relation is 'renamed', 'same' or 'partial'",
                        "entries[2].to: a 'merged' criterion needs exactly one target; with none, the relation is 'removed'"),
                problemsWith(
                        new Entry("m1/c1", List.of("m1/c1"), Relation.REMOVED, "x"),
                        new Entry("m1/c2", List.of("m1/c2"), Relation.SPLIT, "x"),
                        new Entry("m1/c3", List.of(), Relation.MERGED, "x")));
    }

    @Test
    void aMergeIntoATargetNothingElseReachesIsCalledOut() {
        List<Entry> entries = List.of(new Entry("m2/c1", List.of("m2/c1"), Relation.MERGED, "Alone."));
        List<String> problems = new EditionMapping("lga-eflg-2014", "lga-eflg-2021", "note", entries)
                .check(EFLG_2014, EFLG_2021).stream()
                        .map(ValidationProblem::format)
                        .filter(p -> p.startsWith("entries[0]"))
                        .toList();
        assertEquals(
                List.of(
                        "entries[0].relation: no other criterion maps to m2/c1, so nothing is merged there; the relation is 'same' or 'renamed'"),
                problems);
    }

    @Test
    void aMissingRelationOrNoteAndWrongEditionsAreReported() {
        EditionMapping mapping = new EditionMapping(
                "lga-eflg-2009", "lga-eflg-2014", " ", List.of(new Entry("m1/c1", List.of("m1/c1"), null, null)));
        List<String> problems = mapping.check(EFLG_2014, EFLG_2021).stream()
                .map(ValidationProblem::format)
                .limit(5)
                .toList();
        assertEquals(
                List.of(
                        "from: the mapping is from 'lga-eflg-2009', not from lga-eflg-2014",
                        "to: the mapping is to 'lga-eflg-2014', not to lga-eflg-2021",
                        "note: say what the mapping is based on and whether it is official",
                        "entries[0].relation: give the relation: same, renamed, merged, split, partial or removed",
                        "entries[0].note: say why m1/c1 maps as it does"),
                problems);
    }

    @Test
    void anEmptyEntryABlankSourceASourceOfAnotherEditionAndAnEmptyTargetAreNamed() {
        List<Entry> entries = new ArrayList<>();
        entries.add(null);
        entries.add(new Entry(" ", List.of("m1/c1"), Relation.SAME, "x"));
        entries.add(new Entry("m6/c1", List.of("m1/c1"), Relation.SAME, "x"));
        entries.add(new Entry("m1/c2", java.util.Arrays.asList((String) null), Relation.SAME, "x"));
        List<String> problems = new EditionMapping("lga-eflg-2014", "lga-eflg-2021", "note", entries)
                .check(EFLG_2014, EFLG_2021).stream()
                        .map(ValidationProblem::format)
                        .filter(p -> p.startsWith("entries["))
                        .toList();
        assertEquals(
                List.of(
                        "entries[0]: an entry is empty",
                        "entries[1].from: name the source criterion",
                        "entries[2].from: 'm6/c1' is not a criterion of lga-eflg-2014",
                        "entries[3].to[0]: a target is empty; name a criterion of lga-eflg-2021"),
                problems);
    }

    @Test
    void twoMappingsFromOneEditionAreRefused() {
        EditionMapping mapping = EditionMappingContentTest.mapping("lga-eflg-2014");
        var e = assertThrows(IllegalArgumentException.class, () -> new EditionMigration(List.of(mapping, mapping)));
        assertEquals("two mappings start from lga-eflg-2014; give one per source edition", e.getMessage());
    }

    @Test
    void characteristicEntriesNameCharacteristicsOfBothEditionsEachOnce() {
        EditionMapping shipped = EditionMappingContentTest.mapping("lga-eflg-2009");
        FrameworkDefinition eflg2009 = EditionMappingContentTest.edition("lga-eflg-2009");
        EditionMapping mapping = new EditionMapping(
                shipped.from(),
                shipped.to(),
                shipped.note(),
                shipped.entries(),
                List.of(
                        new EditionMapping.CharacteristicEntry("gender", "sexx", null),
                        new EditionMapping.CharacteristicEntry("gendre", "sex", null),
                        new EditionMapping.CharacteristicEntry("gender", "sex", null)));

        assertEquals(List.of(), shipped.check(eflg2009, EFLG_2021));
        assertEquals(
                List.of(
                        "characteristics[0].to: 'sexx' is not a characteristic of lga-eflg-2021",
                        "characteristics[1].from: 'gendre' is not a characteristic of lga-eflg-2009",
                        "characteristics[2].from: 'gender' has two entries"),
                mapping.check(eflg2009, EFLG_2021).stream()
                        .map(ValidationProblem::format)
                        .toList());
    }
}
