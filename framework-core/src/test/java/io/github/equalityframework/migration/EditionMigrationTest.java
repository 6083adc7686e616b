package io.github.equalityframework.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.SelfAssessment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Migration and edition diff work for any framework whose plugin contributes a mapping, not only the LGA's. */
class EditionMigrationTest {
    static final AssessmentEngine ENGINE = AssessmentEngine.builder()
            .plugin(TwoEditionsPlugin.withSoundMapping())
            .build();
    static final PluginRegistry REGISTRY = ENGINE.plugins();
    static final FrameworkDefinition NEWER =
            REGISTRY.catalogue().framework(TwoEditionsPlugin.NEW).orElseThrow();

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    static SelfAssessment older(List<Claim> claims) {
        return against(TwoEditionsPlugin.OLD, claims);
    }

    static SelfAssessment against(String framework, List<Claim> claims) {
        return new SelfAssessment(
                new Organisation("Newtown & District Council", null),
                framework,
                new AssessmentPeriod(LocalDate.of(2021, 4, 1), LocalDate.of(2022, 3, 31)),
                null,
                List.of(),
                claims,
                List.of(
                        new EvidenceItem(
                                "e1", "Profile", "equality-data", LocalDate.of(2021, 6, 1), null, List.of(), null),
                        new EvidenceItem("e2", "Protocol", "policy", LocalDate.of(2021, 7, 1), null, List.of(), null),
                        new EvidenceItem(
                                "e3", "Survey", "equality-data", LocalDate.of(2021, 9, 1), null, List.of(), null)),
                null,
                null);
    }

    static final SelfAssessment OLDER = older(List.of(
            new Claim("m1/c1", "achieving", "Profile.", List.of("e1")),
            new Claim("m1/c2", "developing", "Sharing.", List.of("e2")),
            new Claim("m1/c3", "excellent", null, List.of("e3")),
            new Claim("m2/c1", "achieving", null, List.of("e1")),
            new Claim("m2/c2", "developing", null, List.of())));

    @Test
    void theRegistryOffersThePluginsMappingAndNoOther() {
        assertEquals(
                List.of("test-framework-2020 -> test-framework"),
                REGISTRY.editionMappings().stream()
                        .map(m -> m.from() + " -> " + m.to())
                        .toList());
        assertEquals(List.of(), REGISTRY.problems());
        assertEquals(
                true,
                REGISTRY.editionMapping(TwoEditionsPlugin.OLD, TwoEditionsPlugin.NEW)
                        .isPresent());
        assertEquals(
                true,
                REGISTRY.editionMapping(TwoEditionsPlugin.NEW, TwoEditionsPlugin.OLD)
                        .isEmpty());
    }

    @Test
    void claimsOfAnotherFrameworkAreCarriedMergedSplitAndReported() {
        MigrationResult result = REGISTRY.migration().migrate(OLDER, NEWER);

        assertEquals(
                List.of(
                        new Claim(
                                "m1/c1",
                                "developing",
                                "test-framework-2020 m1/c1: Profile.\n\ntest-framework-2020 m1/c2: Sharing.",
                                List.of("e1", "e2", "e3")),
                        new Claim("m1/c2", "excellent", null, List.of("e3")),
                        new Claim("m2/c1", "achieving", null, List.of("e1"))),
                result.assessment().claims());
        assertEquals(TwoEditionsPlugin.NEW, result.assessment().framework());
        assertEquals(OLDER.evidence(), result.assessment().evidence());
        assertEquals(List.of(), ENGINE.validate(result.assessment()));
        assertEquals(
                List.of(
                        "Migrated from test-framework-2020 to test-framework: 4 of 5 claims carried, 1 unmapped.",
                        "Mapping: A mapping invented for tests.",
                        "carried  claims[0] m1/c1 (achieving) -> m1/c1 [merged]",
                        "carried  claims[1] m1/c2 (developing) -> m1/c1 [merged]",
                        "carried  claims[2] m1/c3 (excellent) -> m1/c2, m1/c1 [split] review: Consultation results are"
                                + " equality data used in decisions, and collected.",
                        "carried  claims[3] m2/c1 (achieving) -> m2/c1 [same]",
                        "unmapped claims[4] m2/c2 (developing) [removed]: Staff networks can be shown as evidence for the"
                                + " workforce profile.",
                        "merged   m1/c1 <- m1/c1, m1/c2, m1/c3: lowest claimed level kept (developing), evidence"
                                + " combined, narratives joined"),
                result.report().lines());
    }

    @Test
    void theDiffOfTwoEditionsOfAnotherFrameworkSaysWhatHappenedToEachCriterion() {
        assertEquals(
                List.of(
                        "Changes from test-framework-2020 (Test equality framework 2020) to test-framework (Test equality"
                                + " framework 2024): 5 criteria to 3.",
                        "1 same, 2 merged, 1 split, 1 removed, 0 added.",
                        "Mapping: A mapping invented for tests.",
                        "",
                        "Knowing your communities",
                        "  merged   m1/c1 Collecting data (with m1/c2 Sharing data) -> m1/c1 Collecting equality data",
                        "           Collecting data joins sharing data in collecting equality data.",
                        "  merged   m1/c2 Sharing data (with m1/c1 Collecting data) -> m1/c1 Collecting equality data",
                        "           Sharing data joins collecting data in collecting equality data.",
                        "  split    m1/c3 Consulting residents -> m1/c2 Using equality data; m1/c1 Collecting equality"
                                + " data",
                        "           Consultation results are equality data used in decisions, and collected.",
                        "",
                        "Workforce",
                        "  same     m2/c1 Workforce profile -> m2/c1 Workforce profile",
                        "           Unchanged.",
                        "  removed  m2/c2 Staff networks (no successor)",
                        "           Staff networks can be shown as evidence for the workforce profile.",
                        "",
                        "Added in test-framework: none; every criterion of test-framework continues one of"
                                + " test-framework-2020."),
                REGISTRY.diff(TwoEditionsPlugin.OLD, TwoEditionsPlugin.NEW).lines());
    }

    @Test
    void aDiffWithoutAMappingNamesTheInstalledMappings() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> REGISTRY.diff(TwoEditionsPlugin.NEW, TwoEditionsPlugin.OLD));
        assertEquals(
                "no edition mapping leads from test-framework to test-framework-2020; the mappings are"
                        + " test-framework-2020 -> test-framework",
                e.getMessage());
    }

    @Test
    void aDiffOfAnEditionThatIsNotInstalledSaysSo() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> REGISTRY.diff("test-framework-2030", TwoEditionsPlugin.NEW));
        assertEquals("'test-framework-2030' is not an installed framework", e.getMessage());
    }

    @Test
    void anEditionWithoutAMappingNamesTheEditionsThatHaveOne() {
        SelfAssessment newer = against(TwoEditionsPlugin.NEW, List.of());
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> REGISTRY.migration()
                        .migrate(
                                newer,
                                REGISTRY.catalogue()
                                        .framework(TwoEditionsPlugin.OLD)
                                        .orElseThrow()));
        assertEquals(
                "There is no mapping from test-framework; self-assessments can be migrated from test-framework-2020.",
                e.getMessage());
    }

    @Test
    void withNoPluginContributingAMappingMigrationSaysSo() {
        try (PluginRegistry none = PluginRegistry.builder().build()) {
            var e = assertThrows(
                    IllegalArgumentException.class, () -> none.migration().migrate(OLDER, NEWER));
            assertEquals(
                    "There is no mapping from test-framework-2020; no installed plugin contributes an edition mapping.",
                    e.getMessage());
            var diff = assertThrows(IllegalArgumentException.class, () -> none.diff("a", "b"));
            assertEquals("'a' is not an installed framework", diff.getMessage());
        }
    }
}
