package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AssessmentCheck;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.ClaimContext;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a check gets and gives: a view per claim ({@code context.claims()}), and findings that keep the
 * severity the check gives them unless the profile sets one for the rule.
 */
class CheckFindingsTest {
    @TempDir
    Path dir;

    @Test
    void aCheckSeesEachClaimInScopeWithItsCriterionPathAndResolvedEvidence() {
        List<String> seen = new ArrayList<>();
        try (AssessmentEngine engine = engine(context -> {
            for (ClaimContext claim : context.claims()) {
                seen.add(claim.claimPath() + " " + claim.criterion().id() + " "
                        + claim.evidence().stream().map(e -> e.id()).toList());
            }
            return List.of();
        })) {
            // m2/c1 is claimed first in the file; the views come in framework order, with the claims' paths.
            engine.assess(TestFramework.assessment(
                    List.of(
                            new Claim("m2/c1", "achieving", "Fine.", List.of("e2")),
                            new Claim("m1/c1", "excellent", "We do it all.", List.of("e3", "e1"))),
                    TestFramework.sample().evidence(),
                    null));
        }
        assertEquals(List.of("claims[1] m1/c1 [e3, e1]", "claims[0] m2/c1 [e2]"), seen);
    }

    @Test
    void aCheckSeesTheCharacteristicsOfTheWholeRegisterAndEachClaimsCounts() {
        List<Object> seen = new ArrayList<>();
        try (AssessmentEngine engine = engine(context -> {
            seen.add(new TreeSet<>(context.characteristicsCovered()));
            context.claims().forEach(claim -> seen.add(claim.characteristicCounts()));
            return List.of();
        })) {
            // e3 is linked by no claim: the register covers what it names all the same.
            engine.assess(TestFramework.assessment(
                    List.of(new Claim("m1/c1", "achieving", "Fine.", List.of("e1", "e2"))),
                    List.of(
                            TestFramework.evidence("e1", "policy", "age", "race", "age"),
                            TestFramework.evidence("e2", "equality-data", "race"),
                            TestFramework.evidence("e3", "policy", "sex")),
                    null));
        }
        assertEquals(List.of(new TreeSet<>(List.of("age", "race", "sex")), Map.of("age", 1, "race", 2)), seen);
    }

    @Test
    void aFindingKeepsTheSeverityItsCheckGivesIt() {
        try (AssessmentEngine engine = engine(CheckFindingsTest::twoSeverities)) {
            assertEquals(
                    List.of("major ERROR", "minor INFO"),
                    engine.assess(TestFramework.sample()).findings().stream()
                            .filter(f -> f.rule().equals("extra.mixed"))
                            .map(f -> f.code() + " " + f.severity())
                            .toList());
        }
    }

    @Test
    void aProfileThatSetsTheRulesSeverityGivesItToEveryFindingOfTheRule() throws IOException {
        Path profile = dir.resolve("anytown.yaml");
        Files.writeString(profile, """
                id: anytown
                rules:
                  extra.mixed:
                    severity: warning
                """);
        try (AssessmentEngine engine = AssessmentEngine.builder()
                .plugin(new TestFramework.Plugin())
                .plugin(new Extra(CheckFindingsTest::twoSeverities))
                .profileFile(profile)
                .build()) {
            assertEquals(
                    List.of("major WARNING", "minor WARNING"),
                    engine.assess(TestFramework.sample()).findings().stream()
                            .filter(f -> f.rule().equals("extra.mixed"))
                            .map(f -> f.code() + " " + f.severity())
                            .toList());
        }
    }

    private static List<Finding> twoSeverities(AssessmentContext context) {
        return List.of(
                Finding.builder("minor", Severity.INFO)
                        .path("claims[0]")
                        .message("A detail.")
                        .build(),
                Finding.builder("major", Severity.ERROR).message("A gap.").build());
    }

    private static AssessmentEngine engine(Function<AssessmentContext, List<Finding>> check) {
        return AssessmentEngine.builder()
                .plugin(new TestFramework.Plugin())
                .plugin(new Extra(check))
                .build();
    }

    private record Extra(Function<AssessmentContext, List<Finding>> findings) implements EqualityFrameworkPlugin {
        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor("extra", "Extra checks", "1.0", "[0.1,1.0)");
        }

        @Override
        public void setup(PluginContext context) {
            context.addCheck(new AssessmentCheck() {
                @Override
                public String id() {
                    return "extra.mixed";
                }

                @Override
                public RuleDocumentation documentation() {
                    return new RuleDocumentation(
                            "Mixed", "Gives findings of two severities.", Severity.WARNING, List.of());
                }

                @Override
                public List<Finding> check(AssessmentContext assessment, RuleParameters parameters) {
                    return findings.apply(assessment);
                }
            });
        }
    }
}
