package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.model.ValidatedLevel;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.CoverageMatrix;
import io.github.equalityframework.report.CriterionGap;
import io.github.equalityframework.report.ModuleResult;
import io.github.equalityframework.spi.CriterionResult;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.LevelAggregation;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentEngineTest {
    static final Clock DECEMBER_2024 = Clock.fixed(Instant.parse("2024-12-01T09:00:00Z"), ZoneOffset.UTC);

    AssessmentEngine engine = AssessmentEngine.builder()
            .plugin(new TestFramework.Plugin())
            .clock(DECEMBER_2024)
            .build();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void criterionLevelsStandSideBySideAndReachedIsTheLowerOfClaimedAndEvidenced() {
        AssessmentReport report = engine.assess(TestFramework.sample());

        assertEquals(
                List.of(
                        new CriterionResult(
                                "m1/c1",
                                "m1",
                                "Criterion m1/c1",
                                "excellent",
                                "excellent",
                                null,
                                "excellent",
                                List.of()),
                        new CriterionResult(
                                "m1/c2",
                                "m1",
                                "Criterion m1/c2",
                                "achieving",
                                "developing",
                                null,
                                "developing",
                                List.of("no equality-data for achieving")),
                        new CriterionResult(
                                "m2/c1",
                                "m2",
                                "Criterion m2/c1",
                                "achieving",
                                "achieving",
                                null,
                                "achieving",
                                List.of("no outcome-measure for excellent"))),
                report.criteria());
    }

    @Test
    void moduleIsAtItsLowestCriterionAndOverallAtTheLowestModule() {
        AssessmentReport report = engine.assess(TestFramework.sample());

        assertEquals(
                List.of(
                        new ModuleResult("m1", "Communities", "achieving", "developing", null, "developing"),
                        new ModuleResult("m2", "Workforce", "achieving", "achieving", null, "achieving")),
                report.modules());
        assertEquals("developing", report.overall());
        assertTrue(report.complete());
    }

    @Test
    void aggregationMayRateOverallFromEveryCriterionAcrossModules() {
        // An overall rating that is no function of module levels: the highest criterion anywhere.
        LevelAggregation highestCriterion = new LevelAggregation() {
            @Override
            public MaturityLevel module(FrameworkModule module, List<MaturityLevel> criteria) {
                return LevelAggregation.LOWEST.module(module, criteria);
            }

            @Override
            public MaturityLevel overall(List<MaturityLevel> modules) {
                throw new AssertionError("the engine passes the criteria too");
            }

            @Override
            public MaturityLevel overall(List<MaturityLevel> modules, List<MaturityLevel> criteria) {
                return criteria.stream().max(MaturityLevel::compareTo).orElseThrow();
            }
        };
        EqualityFrameworkPlugin plugin = new EqualityFrameworkPlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return new TestFramework.Plugin().descriptor();
            }

            @Override
            public void setup(PluginContext context) {
                new TestFramework.Plugin().setup(context);
                context.setAggregation(TestFramework.ID, highestCriterion);
            }
        };
        try (AssessmentEngine summing =
                AssessmentEngine.builder().plugin(plugin).clock(DECEMBER_2024).build()) {
            AssessmentReport report = summing.assess(TestFramework.sample());

            assertEquals("developing", report.modules().get(0).reached());
            assertEquals("excellent", report.overall());
        }
    }

    @Test
    void validatedLevelWinsOverClaimAndEvidence() {
        var sample = TestFramework.sample();
        var reviewed = TestFramework.assessment(
                sample.claims(),
                sample.evidence(),
                TestFramework.review(new ValidatedLevel("m1/c2", "achieving", "Seen in interviews")));

        AssessmentReport report = engine.assess(reviewed);

        CriterionResult c2 = report.criteria().get(1);
        assertEquals("achieving", c2.validated());
        assertEquals("achieving", c2.reached());
        assertEquals(
                "achieving", report.modules().get(0).validated(), "aggregated over the criteria the peers validated");
        assertNull(report.modules().get(1).validated());
    }

    @Test
    void criterionWithoutClaimIsNotAssessedAndHoldsItsModuleBack() {
        var sample = TestFramework.sample();
        var partial = TestFramework.assessment(sample.claims().subList(0, 2), sample.evidence(), null);

        AssessmentReport report = engine.assess(partial);

        assertEquals("not-assessed", report.criteria().get(2).claimed());
        assertEquals("not-assessed", report.modules().get(1).reached());
        assertEquals("not-assessed", report.overall());
    }

    @Test
    void gapToTargetListsShortfallsFurthestFirst() {
        var sample = TestFramework.sample();
        var claims = new ArrayList<>(sample.claims());
        claims.set(2, new Claim("m2/c1", "developing", null, List.of()));
        AssessmentReport report = engine.assess(TestFramework.assessment(claims, sample.evidence(), null), "excellent");

        assertFalse(report.gap().met());
        assertEquals(
                List.of(new CriterionGap("m2/c1", "not-assessed", 3), new CriterionGap("m1/c2", "developing", 2)),
                report.gap().shortfalls());
    }

    @Test
    void targetThatIsNotALevelIsRejectedWithTheLevels() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> engine.assess(TestFramework.sample(), "outstanding"));
        assertEquals(
                "'outstanding' is not a level of test-framework; its levels are developing, achieving, excellent",
                e.getMessage());
    }

    @Test
    void coverageMatrixCountsEvidencePerCriterionAndCharacteristicInScope() {
        CoverageMatrix coverage = engine.assess(TestFramework.sample()).coverage();

        assertEquals(List.of("age", "race"), coverage.characteristics());
        assertEquals(
                List.of(
                        new CoverageMatrix.Row("m1/c1", List.of(2, 2)),
                        new CoverageMatrix.Row("m1/c2", List.of(1, 0)),
                        new CoverageMatrix.Row("m2/c1", List.of(2, 1))),
                coverage.rows());
    }

    @Test
    void checkFindingsCarryRuleAndPluginAndDefaultSeverity() {
        List<Finding> findings = engine.assess(TestFramework.sample()).findings();

        assertEquals(
                List.of(new Finding(
                        "unused-evidence",
                        Severity.WARNING,
                        "Evidence e4 supports no claim; link it to a claim or remove it.",
                        "evidence[3]",
                        "test.unused-evidence",
                        "test")),
                findings);
    }

    @Test
    void profileShippedByPluginChangesSeverity() {
        try (AssessmentEngine strict = AssessmentEngine.builder()
                .plugin(new TestFramework.Plugin())
                .profile("test-strict")
                .build()) {
            AssessmentReport report = strict.assess(TestFramework.sample());
            assertEquals(Severity.ERROR, report.findings().get(0).severity());
            assertEquals("test-strict", report.profile());
            assertTrue(report.hasFindingsAtLeast(Severity.ERROR));
        }
    }

    @Test
    void councilProfileFileExtendsAPluginProfileAndSetsAParameter() throws IOException {
        Path file = dir.resolve("anytown.yaml");
        Files.writeString(file, """
                id: anytown
                base: test-strict
                rules:
                  test.unused-evidence:
                    parameters:
                      minimum: 2
                """);
        try (AssessmentEngine council = AssessmentEngine.builder()
                .plugin(new TestFramework.Plugin())
                .profileFile(file)
                .build()) {
            EffectiveRule rule = council.rules().stream()
                    .filter(r -> r.id().equals("test.unused-evidence"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(Severity.ERROR, rule.severity(), "inherited from the base profile");
            assertEquals(Map.of("minimum", 2L), rule.parameters().asMap());
            assertEquals(
                    List.of(),
                    council.assess(TestFramework.sample()).findings(),
                    "one unused item is below the minimum");
        }
    }

    @Test
    void profileWithUnknownRuleUnknownParameterAndWrongTypeIsRejectedWithLocations() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                id: bad
                base: test-strickt
                rules:
                  test.unused-evidense:
                    enabled: false
                  test.unused-evidence:
                    parameters:
                      minimun: 2
                  test.kinds:
                    enabled: true
                """);
        Files.writeString(dir.resolve("typed.yaml"), """
                id: typed
                rules:
                  test.unused-evidence:
                    parameters:
                      minimum: two
                """);
        var builder = AssessmentEngine.builder().plugin(new TestFramework.Plugin());

        var e = assertThrows(
                InvalidProfileException.class, () -> builder.profileFile(file).build());
        assertEquals(
                List.of(
                        file + ":2:7: base: unknown base profile 'test-strickt'; did you mean 'test-strict'?",
                        file
                                + ":4:3: rules.test.unused-evidense: unknown rule 'test.unused-evidense'; did you mean 'test.unused-evidence'?",
                        file
                                + ":8:16: rules.test.unused-evidence.parameters.minimun: rule test.unused-evidence has no parameter 'minimun'; did you mean 'minimum'?"),
                e.problems().stream().map(p -> p.format()).sorted().toList());

        var typed = assertThrows(
                InvalidProfileException.class,
                () -> AssessmentEngine.builder()
                        .plugin(new TestFramework.Plugin())
                        .profileFile(dir.resolve("typed.yaml"))
                        .build());
        assertEquals(
                dir.resolve("typed.yaml")
                        + ":5:16: rules.test.unused-evidence.parameters.minimum: must be a whole number, not 'two'",
                typed.problems().get(0).format());
    }

    @Test
    void unknownProfileNameListsInstalledProfiles() {
        var e = assertThrows(
                InvalidProfileException.class,
                () -> AssessmentEngine.builder()
                        .plugin(new TestFramework.Plugin())
                        .profile("council")
                        .build());
        assertEquals("unknown profile 'council'; installed profiles: test-strict", e.getMessage());
    }

    @Test
    void invalidAssessmentIsRefusedWithItsProblems() {
        var sample = TestFramework.sample();
        var bad = TestFramework.assessment(
                List.of(new Claim("m9/c9", "achieving", null, List.of())), sample.evidence(), null);

        var e = assertThrows(InvalidAssessmentException.class, () -> engine.assess(bad));
        assertEquals("claims[0].criterion", e.problems().get(0).path());
    }

    @Test
    void sameAssessmentGivesEqualReportsAndIdenticalJsonFromEightThreads() throws Exception {
        ModelCodec codec = ModelCodec.strict();
        var assessment = TestFramework.sample();
        AssessmentReport first = engine.assess(assessment);
        String json = codec.write(first, Format.JSON);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                calls.add(() -> {
                    AssessmentReport again = engine.assess(assessment);
                    assertEquals(first, again);
                    return codec.write(again, Format.JSON);
                });
            }
            for (Future<String> f : pool.invokeAll(calls)) {
                assertEquals(json, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rulesRunInlineWithoutABudget() {
        try (AssessmentEngine inline = AssessmentEngine.builder()
                .plugin(new TestFramework.Plugin())
                .ruleTimeBudget(Duration.ZERO)
                .clock(DECEMBER_2024)
                .build()) {
            assertEquals(engine.assess(TestFramework.sample()), inline.assess(TestFramework.sample()));
        }
    }

    @Test
    void negativeBudgetIsRejected() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> AssessmentEngine.builder().ruleTimeBudget(Duration.ofSeconds(-1)));
        assertEquals("the rule time budget must not be negative", e.getMessage());
    }
}
