package io.github.equalityframework.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled example, through a workbook and back. */
class AnytownRoundTripTest {
    static final Path EXAMPLE = Path.of("..", "examples", "data", "anytown-2024.yaml");
    static final Catalogue LGA = PluginRegistry.discover().catalogue();

    static SelfAssessment anytown() {
        return ModelCodec.strict().readSelfAssessment(EXAMPLE).value().orElseThrow();
    }

    @Test
    void theExampleComesBackEqual() {
        SelfAssessment original = anytown();
        byte[] workbook = new WorkbookWriter(LGA).write(original);

        ReadResult<SelfAssessment> read = new WorkbookReader().read(new ByteArrayInputStream(workbook), "anytown.xlsx");

        assertEquals(List.of(), read.problems());
        SelfAssessment expected = Canonical.of(original, LGA);
        assertEquals(yaml(expected), yaml(read.value().orElseThrow()));
        assertEquals(expected, read.value().orElseThrow());
        assertEquals(List.of(), new SelfAssessmentValidator(LGA).validate(read.value().orElseThrow()));
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

        assertEquals("anytown.xlsx:m1 Understanding and working wi!F3", read.locate("claims[0].level").toString());
        assertEquals("anytown.xlsx:Evidence!D4", read.locate("evidence[1].date").toString());
        assertTrue(read.locate("claims[2].evidence[1]").toString().endsWith("!H5"), read.locate("claims[2].evidence[1]").toString());
        assertEquals("anytown.xlsx", read.locate("nowhere.at.all").toString());
    }
}
