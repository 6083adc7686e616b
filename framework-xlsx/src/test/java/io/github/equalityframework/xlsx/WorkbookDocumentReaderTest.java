package io.github.equalityframework.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.io.DocumentReaders;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With this module on the class path, workbooks are read wherever YAML is: nobody chooses the reader. */
class WorkbookDocumentReaderTest {
    @TempDir
    Path dir;

    private Path workbook(String name) throws IOException {
        return Files.write(
                dir.resolve(name), new WorkbookWriter(AnytownRoundTripTest.LGA).write(AnytownRoundTripTest.anytown()));
    }

    @Test
    void theWorkbookReaderIsFoundOnTheClassPathAndReadsAnyCaseOfXlsx() throws IOException {
        DocumentReaders readers = DocumentReaders.discover(getClass().getClassLoader());
        Path upper = workbook("ANYTOWN.XLSX");

        assertTrue(readers.reads(upper));
        assertFalse(DocumentReaders.standard().reads(upper));
        assertEquals(
                AnytownRoundTripTest.anytown().organisation(),
                readers.read(upper, SelfAssessment.class).value().orElseThrow().organisation());
    }

    @Test
    void aWorkbookGivenAsAReviewIsAProblemThatSaysWhatAWorkbookHolds() throws IOException {
        Path file = workbook("anytown-review.xlsx");

        ReadResult<PeerReview> read =
                DocumentReaders.discover(getClass().getClassLoader()).read(file, PeerReview.class);

        assertTrue(read.value().isEmpty());
        assertEquals(
                List.of(file + ": a workbook holds a self-assessment, not a PeerReview; write it as YAML or JSON"),
                read.problems().stream().map(ValidationProblem::format).toList());
    }

    @Test
    void anEngineThatDiscoversPluginsAssessesAWorkbookWithTheReviewBesideIt() throws IOException {
        Path file = workbook("anytown-2025.xlsx");
        Files.copy(
                AnytownRoundTripTest.DATA.resolve("anytown-2025-review.yaml"), dir.resolve("anytown-2025-review.yaml"));

        try (AssessmentEngine engine =
                AssessmentEngine.builder().discoverPlugins().build()) {
            AssessmentResult result = engine.assess(AssessmentFiles.beside(file));

            assertEquals(dir.resolve("anytown-2025-review.yaml"), result.files().review());
            assertTrue(result.assessment().orElseThrow().peerReview() != null);
        }
    }
}
