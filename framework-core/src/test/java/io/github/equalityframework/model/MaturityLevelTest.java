package io.github.equalityframework.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Maturity levels order totally and consistently with their rank; a scale keeps its levels in that order. */
class MaturityLevelTest {

    private static Arbitrary<String> ids() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(8)
                .list()
                .ofMinSize(1)
                .ofMaxSize(2)
                .map(words -> String.join("-", words));
    }

    private static Arbitrary<MaturityLevel> levelsRanked(Arbitrary<Integer> ranks) {
        return Combinators.combine(
                        ids(),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                        ranks,
                        Arbitraries.strings().ofMaxLength(20).injectNull(0.3))
                .as(MaturityLevel::new);
    }

    /** Any level, with any rank at all, so that the order is tested beyond the ranks scales use. */
    @Provide
    Arbitrary<MaturityLevel> anyLevel() {
        return Arbitraries.oneOf(
                levelsRanked(Arbitraries.integers()),
                levelsRanked(Arbitraries.integers().between(-2, 3)),
                Arbitraries.just(MaturityLevel.NOT_ASSESSED));
    }

    /** A level of a framework's scale: rank 0 or more. */
    @Provide
    Arbitrary<MaturityLevel> frameworkLevel() {
        return levelsRanked(Arbitraries.integers().greaterOrEqual(0));
    }

    /** The levels of a valid scale, in any order: distinct ids and distinct ranks of 0 or more. */
    @Provide
    Arbitrary<List<MaturityLevel>> scaleLevels() {
        return levelsRanked(Arbitraries.integers().between(0, 20))
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .uniqueElements(MaturityLevel::id)
                .uniqueElements(MaturityLevel::rank);
    }

    @Property
    void compareToFollowsRank(@ForAll("anyLevel") MaturityLevel a, @ForAll("anyLevel") MaturityLevel b) {
        assertEquals(Integer.signum(Integer.compare(a.rank(), b.rank())), Integer.signum(a.compareTo(b)));
    }

    @Property
    void compareToIsReflexiveAndAntisymmetric(
            @ForAll("anyLevel") MaturityLevel a, @ForAll("anyLevel") MaturityLevel b) {
        assertEquals(0, a.compareTo(a));
        assertEquals(-Integer.signum(b.compareTo(a)), Integer.signum(a.compareTo(b)));
    }

    @Property
    void compareToIsTransitive(
            @ForAll("anyLevel") MaturityLevel a,
            @ForAll("anyLevel") MaturityLevel b,
            @ForAll("anyLevel") MaturityLevel c) {
        List<MaturityLevel> sorted = new ArrayList<>(List.of(a, b, c));
        Collections.sort(sorted);

        assertTrue(sorted.get(0).compareTo(sorted.get(1)) <= 0);
        assertTrue(sorted.get(1).compareTo(sorted.get(2)) <= 0);
        assertTrue(
                sorted.get(0).compareTo(sorted.get(2)) <= 0, "the first of three sorted levels is not above the last");
    }

    @Property
    void isAtLeastAgreesWithCompareTo(@ForAll("anyLevel") MaturityLevel a, @ForAll("anyLevel") MaturityLevel b) {
        assertEquals(a.compareTo(b) >= 0, a.isAtLeast(b));
        assertTrue(a.isAtLeast(b) || b.isAtLeast(a), "any two levels are comparable");
    }

    @Property
    void notAssessedIsBelowEveryFrameworkLevel(@ForAll("frameworkLevel") MaturityLevel level) {
        assertTrue(MaturityLevel.NOT_ASSESSED.compareTo(level) < 0);
        assertTrue(level.compareTo(MaturityLevel.NOT_ASSESSED) > 0);
        assertTrue(level.isAtLeast(MaturityLevel.NOT_ASSESSED));
        assertFalse(MaturityLevel.NOT_ASSESSED.isAtLeast(level));
    }

    @Property
    void scaleSortsItsLevelsLowestFirst(@ForAll("scaleLevels") List<MaturityLevel> levels) {
        MaturityScale scale = new MaturityScale(levels);

        List<MaturityLevel> expected = levels.stream()
                .sorted(Comparator.comparingInt(MaturityLevel::rank))
                .toList();
        assertEquals(expected, scale.levels());
        assertEquals(expected.get(0), scale.lowest());
        assertEquals(expected.get(expected.size() - 1), scale.highest());
        assertEquals(expected.stream().map(MaturityLevel::id).collect(Collectors.joining(", ")), scale.describeIds());
    }

    @Property
    void scaleDoesNotDependOnTheOrderItsLevelsAreGivenIn(
            @ForAll("scaleLevels") List<MaturityLevel> levels, @ForAll Random random) {
        List<MaturityLevel> shuffled = new ArrayList<>(levels);
        Collections.shuffle(shuffled, random);

        assertEquals(new MaturityScale(levels), new MaturityScale(shuffled));
    }

    @Property
    void scaleFindsEachLevelByIdAndNotAssessedToo(@ForAll("scaleLevels") List<MaturityLevel> levels) {
        MaturityScale scale = new MaturityScale(levels);

        for (MaturityLevel level : levels) {
            assertEquals(Optional.of(level), scale.level(level.id()));
        }
        assertEquals(Optional.of(MaturityLevel.NOT_ASSESSED), scale.level(MaturityLevel.NOT_ASSESSED.id()));
        assertEquals(Optional.empty(), scale.level(levels.get(0).id() + "-unknown"));
        assertEquals(Optional.empty(), scale.level(levels.get(0).id().toUpperCase()));
    }

    @Property
    void scaleLevelsCannotBeChangedFromOutside(@ForAll("scaleLevels") List<MaturityLevel> levels) {
        List<MaturityLevel> given = new ArrayList<>(levels);
        MaturityScale scale = new MaturityScale(given);

        given.clear();

        assertEquals(levels.size(), scale.levels().size());
        org.junit.jupiter.api.Assertions.assertThrows(
                UnsupportedOperationException.class, () -> scale.levels().add(MaturityLevel.NOT_ASSESSED));
    }

    @Test
    void aLevelIsLabelledInTheLanguagesItsFrameworkGivesAndElseInItsOwnLabel() {
        MaturityLevel achieving = new MaturityLevel("achieving", "Achieving", 2, null, Map.of("cy", "Cyflawni"));

        assertEquals("Cyflawni", achieving.label(Locale.forLanguageTag("cy-GB")));
        assertEquals("Achieving", achieving.label(Locale.FRENCH));
        assertEquals("Achieving", achieving.label(null));
        assertEquals(Map.of(), new MaturityLevel("achieving", "Achieving", 2, null).labels());
    }
}
