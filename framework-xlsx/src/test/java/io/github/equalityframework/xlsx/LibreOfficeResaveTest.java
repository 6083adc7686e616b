package io.github.equalityframework.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.SelfAssessment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook opened and saved again in LibreOffice reads back as the same assessment: LibreOffice
 * rewrites every part (its own shared strings, styles, date cells and validations), so this is the
 * reader against a spreadsheet program's files, with the fullest example (review, plan by module,
 * roles, due dates and timescales in words).
 */
class LibreOfficeResaveTest {
    @TempDir
    Path dir;

    @Test
    void theFullestExampleSavedByLibreOfficeReadsBackEqual() throws Exception {
        LibreOffice.assumeInstalled();
        SelfAssessment original = AnytownRoundTripTest.anytown2025Reviewed();
        Path workbook = dir.resolve("anytown-2025.xlsx");
        new WorkbookWriter(AnytownRoundTripTest.LGA).write(original, workbook);

        Path saved = LibreOffice.resave(workbook, dir);

        assertFalse(
                java.util.Arrays.equals(Files.readAllBytes(workbook), Files.readAllBytes(saved)),
                "LibreOffice rewrote the file");
        ReadResult<SelfAssessment> read = new WorkbookReader().read(saved);
        assertEquals(List.of(), read.problems());
        assertEquals(
                Canonical.of(original, AnytownRoundTripTest.LGA), read.value().orElseThrow());
    }
}
