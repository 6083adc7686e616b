package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.spi.AbstractCheck;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile's value for a parameter that names a level, evidence kinds or characteristics must be one that is
 * installed; a wrong one is a located profile problem with a suggestion, reported with the profile's others.
 */
class ParameterMeaningsTest {
    static final Parameter<String> MINIMUM_LEVEL =
            Parameter.level("minimumLevel", "achieving", "The lowest level this check looks at");
    static final Parameter<List<String>> KINDS =
            Parameter.evidenceKinds("kinds", List.of("eia"), "The evidence kinds that must be dated");
    static final Parameter<List<String>> CHARACTERISTICS =
            Parameter.characteristics("characteristics", List.of("age"), "The characteristics every EIA considers");

    @TempDir
    Path dir;

    @Test
    void everyUninstalledLevelKindAndCharacteristicIsReportedWithTheProfilesOtherProblemsInOneRun() throws IOException {
        Path file = Files.writeString(dir.resolve("council.yaml"), """
                id: council
                base: test-strict
                rules:
                  local.meanings:
                    parameters:
                      minimumLevel: 'achieving '
                      kinds: [eia, eai, resident-panel]
                      characteristics: [rase, care-leavers, armed-forces]
                  test.unused-evidense:
                    enabled: false
                """);

        var e = assertThrows(InvalidProfileException.class, () -> engine(file));

        assertEquals(
                List.of(
                        file + ":6:21: rules.local.meanings.parameters.minimumLevel: 'achieving ' is not a maturity"
                                + " level of the frameworks rule local.meanings applies to (local-framework); did you"
                                + " mean 'achieving'?",
                        file + ":7:20: rules.local.meanings.parameters.kinds[1]: 'eai' is not an installed evidence"
                                + " kind; did you mean 'eia'?",
                        file + ":8:25: rules.local.meanings.parameters.characteristics[0]: 'rase' is not an installed"
                                + " characteristic; did you mean 'race'?",
                        file + ":9:3: rules.test.unused-evidense: unknown rule 'test.unused-evidense'; did you mean"
                                + " 'test.unused-evidence'?"),
                formatted(e.problems()));
    }

    @Test
    void aLevelWithNoNearNameListsTheLevelsOfTheFrameworksTheRuleAppliesTo() throws IOException {
        Path file = profile("minimumLevel: outstanding");

        var e = assertThrows(InvalidProfileException.class, () -> engine(file));

        assertEquals(
                List.of(file + ":5:21: rules.local.meanings.parameters.minimumLevel: 'outstanding' is not a maturity"
                        + " level of the frameworks rule local.meanings applies to (local-framework); its levels:"
                        + " developing, achieving, excellent"),
                formatted(e.problems()));
    }

    @Test
    void aLevelForARuleOfNoInstalledFrameworkSaysThatNoneIsInstalled() throws IOException {
        Path file = Files.writeString(dir.resolve("council.yaml"), """
                id: council
                rules:
                  local.elsewhere:
                    parameters:
                      minimumLevel: achieving
                """);

        var e = assertThrows(InvalidProfileException.class, () -> engine(file));

        assertEquals(
                List.of(file + ":5:21: rules.local.elsewhere.parameters.minimumLevel: 'achieving' is not a maturity"
                        + " level of any framework rule local.elsewhere applies to, as none of those is installed"),
                formatted(e.problems()));
    }

    @Test
    void aKindWithNoNearNameListsTheInstalledKindsAndThoseOfTheRulesFrameworks() throws IOException {
        Path file = profile("kinds: [photographs]");

        var e = assertThrows(InvalidProfileException.class, () -> engine(file));

        String kinds = String.join(
                ", ",
                Stream.concat(EvidenceKind.BUILT_IN.stream().map(EvidenceKind::id), Stream.of("resident-panel"))
                        .toList());
        assertEquals(
                List.of(file + ":5:15: rules.local.meanings.parameters.kinds[0]: 'photographs' is not an installed"
                        + " evidence kind; installed kinds: " + kinds),
                formatted(e.problems()));
    }

    @Test
    void installedValuesOfPluginsAndOfTheRulesFrameworkAreTakenAndTheRuleReadsThem() throws IOException {
        Path file = Files.writeString(dir.resolve("council.yaml"), """
                id: council
                rules:
                  local.meanings:
                    parameters:
                      minimumLevel: excellent
                      kinds: [resident-panel, eia]
                      characteristics: [care-leavers, armed-forces, race]
                """);

        try (AssessmentEngine engine = engine(file)) {
            RuleParameters parameters = engine.rules().stream()
                    .filter(r -> r.id().equals("local.meanings"))
                    .findFirst()
                    .orElseThrow()
                    .parameters();
            assertEquals("excellent", parameters.get(MINIMUM_LEVEL));
            assertEquals(List.of("resident-panel", "eia"), parameters.get(KINDS));
            assertEquals(List.of("care-leavers", "armed-forces", "race"), parameters.get(CHARACTERISTICS));
        }
    }

    @Test
    void aRulesOwnDefaultThatNamesAnUninstalledKindIsReportedUnlessTheProfileReplacesIt() throws IOException {
        Path file = Files.writeString(dir.resolve("council.yaml"), "id: council\n");

        var e = assertThrows(
                InvalidProfileException.class,
                () -> AssessmentEngine.builder()
                        .plugin(new TestFramework.Plugin())
                        .plugin(new Misdefaulted())
                        .profileFile(file)
                        .build());

        assertEquals(
                List.of(file + ":1:1: rules.misdefaulted.kinds.parameters.kinds[1]: the rule's own default (plugin"
                        + " misdefaulted; set kinds in the profile to replace it): 'eai' is not an installed evidence"
                        + " kind; did you mean 'eia'?"),
                formatted(e.problems()));

        Path replacing = Files.writeString(dir.resolve("replacing.yaml"), """
                id: replacing
                rules:
                  misdefaulted.kinds:
                    parameters:
                      kinds: [eia]
                """);
        try (AssessmentEngine engine = AssessmentEngine.builder()
                .plugin(new TestFramework.Plugin())
                .plugin(new Misdefaulted())
                .profileFile(replacing)
                .build()) {
            assertEquals(List.of("eia"), kindsOf(engine));
        }
    }

    @Test
    void aWrongDefaultOfARuleOfNoInstalledFrameworkIsNoProblemAsTheRuleNeverRuns() throws IOException {
        Path file = Files.writeString(dir.resolve("council.yaml"), "id: council\n");

        try (AssessmentEngine engine = AssessmentEngine.builder()
                .plugin(new TestFramework.Plugin())
                .plugin(new Misdefaulted("nhs-eds-2022"))
                .profileFile(file)
                .build()) {
            assertEquals(List.of("eia", "eai"), kindsOf(engine));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> kindsOf(AssessmentEngine engine) {
        return (List<String>) engine.rules().stream()
                .filter(r -> r.id().equals("misdefaulted.kinds"))
                .findFirst()
                .orElseThrow()
                .parameters()
                .asMap()
                .get("kinds");
    }

    private Path profile(String parameter) throws IOException {
        return Files.writeString(dir.resolve("council.yaml"), """
                id: council
                rules:
                  local.meanings:
                    parameters:
                      %s
                """.formatted(parameter));
    }

    private static AssessmentEngine engine(Path profile) {
        return AssessmentEngine.builder()
                .plugin(new TestFramework.Plugin())
                .plugin(new Local())
                .profileFile(profile)
                .build();
    }

    private static List<String> formatted(List<ValidationProblem> problems) {
        return problems.stream().map(ValidationProblem::format).toList();
    }

    /** A framework of its own with a characteristic and an evidence kind, a characteristic, and two checks. */
    private static final class Local implements EqualityFrameworkPlugin {
        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor("local", "Local test plugin", "1.0", "[0.1,1.0)");
        }

        @Override
        public void setup(PluginContext context) {
            FrameworkDefinition test = TestFramework.definition();
            context.addFramework(new FrameworkDefinition(
                    "local-framework",
                    test.edition(),
                    test.title(),
                    test.source(),
                    test.scale(),
                    test.modules(),
                    List.of(new Characteristic("care-leavers", "Care leavers", null)),
                    List.of(new EvidenceKind("resident-panel", "Resident panel", "Views of a residents' panel"))));
            context.addCharacteristic(new Characteristic("armed-forces", "Armed forces community", null));
            context.addCheck(new Check("local.meanings", "local-framework"));
            context.addCheck(new Check("local.elsewhere", "nhs-eds-2022"));
        }
    }

    /** A plugin whose check's default names an evidence kind that is not installed ({@code eai} for {@code eia}). */
    private static final class Misdefaulted implements EqualityFrameworkPlugin {
        private final String framework;

        Misdefaulted() {
            this(TestFramework.ID);
        }

        Misdefaulted(String framework) {
            this.framework = framework;
        }

        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor("misdefaulted", "Plugin with a wrong default", "1.0", "[0.1,1.0)");
        }

        @Override
        public void setup(PluginContext context) {
            Parameter<List<String>> kinds =
                    Parameter.evidenceKinds("kinds", List.of("eia", "eai"), "The evidence kinds that must be dated");
            context.addCheck(
                    new AbstractCheck(
                            "misdefaulted.kinds",
                            new RuleDocumentation("Kinds", "Reads evidence kinds.", Severity.INFO, List.of(kinds)),
                            f -> f.id().equals(framework)) {
                        @Override
                        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
                            return List.of();
                        }
                    });
        }
    }

    private static final class Check extends AbstractCheck {
        Check(String id, String framework) {
            super(
                    id,
                    new RuleDocumentation(
                            "Meanings",
                            "Reads a level, evidence kinds and characteristics.",
                            Severity.INFO,
                            List.of(MINIMUM_LEVEL, KINDS, CHARACTERISTICS)),
                    f -> f.id().equals(framework));
        }

        @Override
        public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
            return List.of();
        }
    }
}
