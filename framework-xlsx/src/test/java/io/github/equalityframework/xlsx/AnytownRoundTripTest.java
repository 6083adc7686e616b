package io.github.equalityframework.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled examples, through a workbook and back. */
class AnytownRoundTripTest {
    static final Path DATA = Path.of("..", "examples", "data");
    static final Path EXAMPLE = DATA.resolve("anytown-2024.yaml");
    static final Catalogue LGA = PluginRegistry.discover().catalogue();

    static SelfAssessment anytown() {
        return read(EXAMPLE);
    }

    private static SelfAssessment read(Path file) {
        return ModelCodec.strict().readSelfAssessment(file).value().orElseThrow();
    }

    /**
     * The second year with the June 2025 peer challenge and the council's answer to it attached: the
     * example with the fullest action plan (every module, several roles, due dates and timescales in words).
     */
    static SelfAssessment anytown2025Reviewed() {
        SelfAssessment a = read(DATA.resolve("anytown-2025.yaml"));
        PeerReview review = ModelCodec.strict()
                .read(DATA.resolve("anytown-2025-review.yaml"), PeerReview.class)
                .value()
                .orElseThrow();
        ActionPlan plan = ModelCodec.strict()
                .read(DATA.resolve("anytown-2025-plan.yaml"), ActionPlan.class)
                .value()
                .orElseThrow();
        return new SelfAssessment(
                a.organisation(),
                a.framework(),
                a.period(),
                a.scope(),
                a.localCharacteristics(),
                a.claims(),
                a.evidence(),
                review,
                plan);
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("anytown-2024", anytown()),
                Arguments.of("anytown-2025", read(DATA.resolve("anytown-2025.yaml"))),
                Arguments.of("anytown-2025 with its review and plan", anytown2025Reviewed()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExampleComesBackEqual(String name, SelfAssessment original) {
        assertEquals(List.of(), new SelfAssessmentValidator(LGA).validate(original), "the example itself is valid");
        byte[] workbook = new WorkbookWriter(LGA).write(original);

        ReadResult<SelfAssessment> read = new WorkbookReader().read(new ByteArrayInputStream(workbook), "anytown.xlsx");

        assertEquals(List.of(), read.problems());
        SelfAssessment expected = Canonical.of(original, LGA);
        assertEquals(yaml(expected), yaml(read.value().orElseThrow()));
        assertEquals(expected, read.value().orElseThrow());
        assertEquals(
                List.of(),
                new SelfAssessmentValidator(LGA).validate(read.value().orElseThrow()));
    }

    @Test
    void theRichestPlanKeepsItsModulesRolesAndTimescales() {
        ActionPlan plan = anytown2025Reviewed().actionPlan();
        assertTrue(
                plan.entries().stream().map(ActionPlanEntry::module).distinct().count() > 1, "several modules");
        assertTrue(plan.entries().stream().anyMatch(e -> e.roles().size() > 1), "an entry with several roles");
        assertTrue(
                plan.actions().anyMatch(x -> x.due() == null && x.timescale() != null),
                "an action with a timescale only");
        byte[] workbook = new WorkbookWriter(LGA).write(anytown2025Reviewed());

        ActionPlan read = new WorkbookReader()
                .read(new ByteArrayInputStream(workbook), "a.xlsx")
                .value()
                .orElseThrow()
                .actionPlan();

        assertEquals(
                plan.entries().stream().map(e -> e.module() + " " + e.roles()).toList(),
                read.entries().stream().map(e -> e.module() + " " + e.roles()).toList());
        assertEquals(
                plan.actions().map(x -> x.due() + " " + x.timescale()).toList(),
                read.actions().map(x -> x.due() + " " + x.timescale()).toList());
    }

    static String yaml(SelfAssessment a) {
        return ModelCodec.strict().write(a, io.github.equalityframework.io.Format.YAML);
    }

    @Test
    void theSameAssessmentGivesTheSameBytes() {
        WorkbookWriter writer = new WorkbookWriter(LGA);
        assertArrayEquals(writer.write(anytown()), writer.write(anytown()));
    }

    @Test
    void problemsFoundLaterArePlacedInTheirCells() {
        byte[] workbook = new WorkbookWriter(LGA).write(anytown());
        ReadResult<SelfAssessment> read = new WorkbookReader().read(new ByteArrayInputStream(workbook), "anytown.xlsx");

        assertEquals(
                "anytown.xlsx:m1 Understanding and working wi!F3",
                read.locate("claims[0].level").toString());
        assertEquals("anytown.xlsx:Evidence!D4", read.locate("evidence[1].date").toString());
        assertTrue(
                read.locate("claims[2].evidence[1]").toString().endsWith("!H5"),
                read.locate("claims[2].evidence[1]").toString());
        assertEquals("anytown.xlsx", read.locate("nowhere.at.all").toString());
    }
}
