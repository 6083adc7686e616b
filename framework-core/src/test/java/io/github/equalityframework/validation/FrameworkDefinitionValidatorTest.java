package io.github.equalityframework.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.fixtures.Positions;
import io.github.equalityframework.fixtures.TestFramework;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.LevelDescriptor;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.MaturityScale;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Framework definitions are data like any input, and are checked like it. */
class FrameworkDefinitionValidatorTest {
    private final FrameworkDefinitionValidator validator = new FrameworkDefinitionValidator(EvidenceKind.BUILT_IN);
    private final ModelCodec codec = ModelCodec.strict();

    private List<String> problems(FrameworkDefinition framework) {
        return validator.validate(framework).stream()
                .map(ValidationProblem::format)
                .toList();
    }

    private static FrameworkDefinition withModules(List<FrameworkModule> modules) {
        FrameworkDefinition f = TestFramework.definition();
        return new FrameworkDefinition(
                f.id(),
                f.edition(),
                f.title(),
                f.source(),
                f.scale(),
                modules,
                f.localCharacteristics(),
                f.evidenceKinds());
    }

    private static FrameworkDefinition withScale(List<MaturityLevel> levels) {
        FrameworkDefinition f = TestFramework.definition();
        return new FrameworkDefinition(
                f.id(),
                f.edition(),
                f.title(),
                f.source(),
                new MaturityScale(levels),
                f.modules(),
                f.localCharacteristics(),
                f.evidenceKinds());
    }

    private static Criterion criterion(String id, List<LevelDescriptor> descriptors) {
        return new Criterion(id, "Title of " + id, null, false, null, descriptors, null);
    }

    private static LevelDescriptor describe(String level, String... kinds) {
        return new LevelDescriptor(level, "What " + level + " looks like", List.of(kinds));
    }

    private static List<LevelDescriptor> allLevels() {
        return List.of(describe("developing"), describe("achieving"), describe("excellent"));
    }

    @Test
    void theTestFrameworkIsValid() {
        assertEquals(List.of(), problems(TestFramework.definition()));
    }

    @Test
    void duplicateCriterionIdsAreReportedEvenAcrossModules() {
        FrameworkDefinition framework = withModules(List.of(
                new FrameworkModule(
                        "m1", "One", null, List.of(criterion("c1", allLevels()), criterion("c2", allLevels()))),
                new FrameworkModule("m2", "Two", null, List.of(criterion("c2", allLevels())))));

        assertEquals(List.of("modules[1].criteria[0].id: duplicate criterion id 'c2'"), problems(framework));
    }

    @Test
    void duplicateModuleIdsAreReported() {
        FrameworkDefinition framework = withModules(List.of(
                new FrameworkModule("m1", "One", null, List.of(criterion("c1", allLevels()))),
                new FrameworkModule("m1", "Two", null, List.of(criterion("c2", allLevels())))));

        assertEquals(List.of("modules[1].id: duplicate module id 'm1'"), problems(framework));
    }

    @Test
    void criterionWithoutADescriptorForALevelNamesTheLevel() {
        FrameworkDefinition framework = withModules(List.of(new FrameworkModule(
                "m1",
                "One",
                null,
                List.of(
                        criterion("c1", allLevels()),
                        criterion("c2", List.of(describe("developing"), describe("achieving")))))));

        assertEquals(
                List.of("modules[0].criteria[1].descriptors: criterion 'c2' has no descriptor for level 'excellent'"),
                problems(framework));
    }

    @Test
    void descriptorForALevelNotOnTheScaleSuggestsTheClosestAndTheMissingLevelIsReported() {
        FrameworkDefinition framework = withModules(List.of(new FrameworkModule(
                "m1",
                "One",
                null,
                List.of(criterion(
                        "c1", List.of(describe("developing"), describe("achieving"), describe("excelent")))))));

        assertEquals(
                List.of(
                        "modules[0].criteria[0].descriptors[2].level: 'excelent' is not a level of the scale; did you mean 'excellent'?",
                        "modules[0].criteria[0].descriptors: criterion 'c1' has no descriptor for level 'excellent'"),
                problems(framework));
    }

    @Test
    void levelDescribedTwiceIsReported() {
        List<LevelDescriptor> descriptors = new ArrayList<>(allLevels());
        descriptors.add(describe("achieving"));
        FrameworkDefinition framework =
                withModules(List.of(new FrameworkModule("m1", "One", null, List.of(criterion("c1", descriptors)))));

        assertEquals(
                List.of("modules[0].criteria[0].descriptors[3].level: level 'achieving' is described twice"),
                problems(framework));
    }

    @Test
    void unknownExpectedEvidenceKindSuggestsTheClosest() {
        FrameworkDefinition framework = withModules(List.of(new FrameworkModule(
                "m1",
                "One",
                null,
                List.of(criterion(
                        "c1",
                        List.of(
                                describe("developing", "policy", "eqia"),
                                describe("achieving"),
                                describe("excellent")))))));

        assertEquals(
                List.of(
                        "modules[0].criteria[0].descriptors[0].expectedEvidence[1]: 'eqia' is not a known evidence kind;"
                                + " did you mean 'eia'?"),
                problems(framework));
    }

    @Test
    void expectedEvidenceMayUseKindsTheFrameworkAddsOrThatAreInstalled() {
        FrameworkDefinition framework = withModules(List.of(new FrameworkModule(
                "m1",
                "One",
                null,
                List.of(criterion(
                        "c1",
                        List.of(
                                describe("developing", "peer-letter", "council-minute"),
                                describe("achieving"),
                                describe("excellent")))))));
        List<EvidenceKind> installed = new ArrayList<>(EvidenceKind.BUILT_IN);
        installed.add(new EvidenceKind("council-minute", "Council minute", null));

        assertEquals(List.of(), new FrameworkDefinitionValidator(installed).validate(framework));
        assertEquals(
                List.of("modules[0].criteria[0].descriptors[0].expectedEvidence[1]: 'council-minute' is not a known"
                        + " evidence kind; expected one of: annual-report, consultation, eia, equality-data,"
                        + " equality-objectives, external-accreditation, minutes, outcome-measure, peer-letter, policy, strategy, training,"
                        + " workforce-report"),
                problems(framework));
    }

    @Test
    void levelsMustHaveDistinctIdsAndRanks() {
        FrameworkDefinition framework = withScale(List.of(
                TestFramework.DEVELOPING,
                TestFramework.ACHIEVING,
                TestFramework.EXCELLENT,
                new MaturityLevel("excellent", "Excellent again", 3, null),
                new MaturityLevel("outstanding", "Outstanding", 2, null)));

        assertEquals(
                List.of(
                        "scale.levels[3].rank: two levels share rank 2",
                        "scale.levels[4].id: duplicate level id 'excellent'"),
                problems(framework).stream().filter(p -> p.startsWith("scale")).toList());
    }

    @Test
    void fieldConstraintsApplyToTheFrameworkAndItsParts() {
        FrameworkDefinition f = TestFramework.definition();
        FrameworkDefinition broken = new FrameworkDefinition(
                "LGA EFLG 2021",
                f.edition(),
                " ",
                f.source(),
                new MaturityScale(List.of(
                        TestFramework.DEVELOPING,
                        TestFramework.ACHIEVING,
                        TestFramework.EXCELLENT,
                        new MaturityLevel("", "Nothing", -3, null))),
                List.of(),
                f.localCharacteristics(),
                f.evidenceKinds());

        assertEquals(
                List.of(
                        "id: must be lower-case words joined by hyphens, e.g. lga-eflg-2021",
                        "modules: must not be empty",
                        "scale.levels[0].id: must not be blank",
                        "scale.levels[0].rank: must be greater than or equal to 0",
                        "title: must not be blank"),
                problems(broken).stream().sorted().toList());
    }

    @Test
    void problemsInAFrameworkFileArePlacedAtTheirLineAndColumn() {
        String yaml = """
                id: test-framework
                edition: "2024"
                title: Test equality framework
                source:
                  publisher: Test Publisher
                  title: A framework for tests
                scale:
                  levels:
                    - {id: developing, label: Developing, rank: 0}
                    - {id: achieving, label: Achieving, rank: 1}
                modules:
                  - id: m1
                    title: One
                    criteria:
                      - id: m1/c1
                        title: First
                        descriptors:
                          - level: developing
                            text: Started
                            expectedEvidence: [polcy]
                          - level: achieving
                            text: Routine
                      - id: m1/c1
                        title: Second
                        descriptors:
                          - level: developing
                            text: Started
                """;
        ReadResult<FrameworkDefinition> read = codec.read(yaml, "fw.yaml", Format.YAML, FrameworkDefinition.class);

        List<String> placed = read.place(validator.validate(read.value().orElseThrow())).stream()
                .map(ValidationProblem::format)
                .toList();

        assertEquals(
                List.of(
                        "fw.yaml:" + Positions.of(yaml, "polcy")
                                + ": modules[0].criteria[0].descriptors[0].expectedEvidence[0]:"
                                + " 'polcy' is not a known evidence kind; did you mean 'policy'?",
                        "fw.yaml:" + Positions.of(yaml, "m1/c1", 2)
                                + ": modules[0].criteria[1].id: duplicate criterion id 'm1/c1'",
                        "fw.yaml:" + Positions.of(yaml, "descriptors:", 2)
                                + ": modules[0].criteria[1].descriptors: criterion 'm1/c1' has no descriptor for level 'achieving'"),
                placed);
    }

    private static FrameworkDefinition withDefaultCharacteristics(String... ids) {
        FrameworkDefinition f = TestFramework.definition();
        return new FrameworkDefinition(
                f.id(),
                f.edition(),
                f.title(),
                f.source(),
                f.scale(),
                f.modules(),
                f.localCharacteristics(),
                f.evidenceKinds(),
                List.of(ids));
    }

    @Test
    void defaultCharacteristicsMayBeProtectedOnesOrTheFrameworksOwn() {
        FrameworkDefinition framework = withDefaultCharacteristics("age", "race", "carers");

        assertEquals(List.of(), problems(framework));
        assertEquals(List.of("age", "race", "carers"), framework.characteristicsByDefault());
    }

    @Test
    void anUnknownOrRepeatedDefaultCharacteristicIsReported() {
        assertEquals(
                List.of(
                        "defaultCharacteristics[1]: 'gendre' is not a protected characteristic or one the framework "
                                + "adds; expected one of: age, carers, disability, gender-reassignment, "
                                + "marriage-and-civil-partnership, pregnancy-and-maternity, race, religion-or-belief, "
                                + "sex, sexual-orientation",
                        "defaultCharacteristics[2]: 'age' is named twice"),
                problems(withDefaultCharacteristics("age", "gendre", "age")));
    }

    @Test
    void withoutDefaultCharacteristicsAnEditionCoversTheNine() {
        assertEquals(9, TestFramework.definition().characteristicsByDefault().size());
    }
}
