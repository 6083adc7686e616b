package io.github.equalityframework.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A data path is built by steps and written as today's strings; parsing what it writes gives it back. */
class DataPathTest {

    @Test
    void aPathBuiltByStepsIsWrittenAsFindingsWriteIt() {
        DataPath narrative = DataPath.root().field("claims").index(3).field("narrative");

        assertEquals("claims[3].narrative", narrative.toString());
        assertEquals("claims[3]", narrative.parent().toString());
        assertEquals("", DataPath.root().toString());
        assertTrue(narrative.startsWith(narrative.parent()));
        assertFalse(narrative.parent().startsWith(narrative));
        assertEquals(
                "claims[3].narrative",
                Finding.builder("c", Severity.INFO)
                        .path(narrative)
                        .message("m")
                        .build()
                        .path());
    }

    @Test
    void textThatIsNotADataPathParsesToNothing() {
        assertEquals(Optional.empty(), DataPath.parse("claim["));
        assertEquals(Optional.empty(), DataPath.parse("claims..narrative"));
        assertEquals(Optional.empty(), DataPath.parse("claims[-1]"));
        assertEquals(Optional.of(DataPath.root()), DataPath.parse(""));
    }

    @Test
    void aStepThatCannotBeWrittenIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> DataPath.root().field("claims.0"));
        assertEquals("'claims.0' is not a field name such as claims or narrative", e.getMessage());
        for (String notAName : new String[] {"", "0claims", "claims-2", "caract\u00e9ristique", "a_b"}) {
            assertThrows(IllegalArgumentException.class, () -> DataPath.root().field(notAName), notAName);
        }
        assertThrows(IllegalArgumentException.class, () -> DataPath.root().field(null));
        assertEquals("areasToDevelop2", DataPath.root().field("areasToDevelop2").toString());
        e = assertThrows(IllegalArgumentException.class, () -> DataPath.root().index(-1));
        assertEquals("a list index is 0 or more, not -1", e.getMessage());
    }

    @Test
    void documentOrderComparesIndexesAsNumbersAndPutsAContainerFirst() {
        List<String> sorted =
                new ArrayList<>(List.of("claims[10]", "claims[2].narrative", "claims[2]", "", "evidence[0]"));
        sorted.sort((a, b) ->
                DataPath.parse(a).orElseThrow().compareTo(DataPath.parse(b).orElseThrow()));
        assertEquals(List.of("", "claims[2]", "claims[2].narrative", "claims[10]", "evidence[0]"), sorted);
    }

    @Property
    void parsingWhatAPathWritesGivesThePathBack(@ForAll("paths") DataPath path) {
        assertEquals(Optional.of(path), DataPath.parse(path.toString()));
    }

    @Property
    void thePathsStepsBuildThePathAgain(@ForAll("paths") DataPath path) {
        DataPath rebuilt = DataPath.root();
        for (DataPath.Step step : path.steps()) {
            rebuilt = step instanceof DataPath.Field f
                    ? rebuilt.field(f.name())
                    : rebuilt.index(((DataPath.Index) step).index());
        }
        assertEquals(path, rebuilt);
        assertEquals(path.toString(), rebuilt.toString());
    }

    @Property
    void aStepFurtherLiesWithinThePathAndGoesBackToIt(@ForAll("paths") DataPath path, @ForAll("indexes") int index) {
        DataPath element = path.index(index).field("narrative");

        assertTrue(element.startsWith(path));
        assertEquals(OptionalInt.of(index), element.indexWithin(path));
        assertEquals(OptionalInt.empty(), path.indexWithin(path));
        assertEquals(path, element.parent().parent());
        assertTrue(path.compareTo(element) < 0, "a container comes before what it holds");
        assertEquals("[" + index + "].narrative", element.relativeTo(path).toString());
        assertEquals(element, element.relativeTo(DataPath.root()));
    }

    @Test
    void theStepsOfAPathAreItsFieldsAndIndexes() {
        DataPath progress =
                DataPath.parse("actionPlan.entries[2].actions[0].progress").orElseThrow();

        assertEquals(
                List.of(
                        new DataPath.Field("actionPlan"),
                        new DataPath.Field("entries"),
                        new DataPath.Index(2),
                        new DataPath.Field("actions"),
                        new DataPath.Index(0),
                        new DataPath.Field("progress")),
                progress.steps());
        assertEquals(List.of(), DataPath.root().steps());
    }

    @Test
    void aPathRelativeToOneItLiesInIsTheStepsAfterIt() {
        DataPath claim = DataPath.root().field("claims").index(3);
        DataPath evidence = claim.field("evidence").index(0);

        assertEquals("evidence[0]", evidence.relativeTo(claim).toString());
        assertEquals(
                "[3].evidence[0]",
                evidence.relativeTo(DataPath.root().field("claims")).toString());
        assertEquals(evidence, evidence.relativeTo(DataPath.root()));
        assertTrue(claim.relativeTo(claim).isRoot());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> claim.relativeTo(evidence));
        assertEquals("'claims[3]' does not lie in 'claims[3].evidence[0]'", e.getMessage());
    }

    @Test
    void aPathLiesWithinOneElementOfAListOrNone() {
        DataPath entries = DataPath.root().field("actionPlan").field("entries");
        DataPath due = DataPath.parse("actionPlan.entries[2].actions[10].due").orElseThrow();

        assertEquals(OptionalInt.of(2), due.indexWithin(entries));
        assertEquals(OptionalInt.of(10), due.indexWithin(entries.index(2).field("actions")));
        assertEquals(OptionalInt.empty(), due.indexWithin(entries.index(1).field("actions")));
        assertEquals(OptionalInt.empty(), entries.indexWithin(entries));
        assertEquals(
                OptionalInt.empty(), DataPath.parse("claims[0]").orElseThrow().indexWithin(entries));
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, 999_999_999);
    }

    @Provide
    Arbitrary<DataPath> paths() {
        // Field names as the model writes them: a letter, then letters and digits (areasToDevelop, x1).
        Arbitrary<String> names = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .ofLength(1)
                .flatMap(first -> Arbitraries.strings()
                        .withCharRange('a', 'z')
                        .withCharRange('A', 'Z')
                        .withCharRange('0', '9')
                        .ofMaxLength(8)
                        .map(rest -> first + rest));
        Arbitrary<Integer> indexes = Arbitraries.integers().between(0, 999_999_999);
        return Arbitraries.oneOf(names.map(n -> (Object) n), indexes.map(i -> (Object) i))
                .list()
                .ofMaxSize(6)
                .map(steps -> {
                    DataPath path = DataPath.root();
                    for (Object step : steps) {
                        path = step instanceof Integer i ? path.index(i) : path.field((String) step);
                    }
                    return path;
                });
    }
}
