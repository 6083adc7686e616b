package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's training run covers reading, assessing and every report format on the bundled examples. */
class ArchiveTrainingTest {
    @Test
    void theTrainingRunAssessesTheExampleWithItsReviewAndPlanIntoEachReportFormat(@TempDir Path out)
            throws IOException {
        assertEquals(ExitCodes.OK, ArchiveTraining.train(Cli.DATA, out));

        try (Stream<Path> written = Files.list(out)) {
            assertEquals(
                    List.of("report.html", "report.json", "report.md"),
                    written.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(out.resolve("report.json")).contains("\"actionPlan\""), "the plan beside it read");
    }

    @Test
    void aTrainingRunThatCannotReadItsExamplesSaysSoInItsExitCode(@TempDir Path empty) {
        assertEquals(ExitCodes.BAD_INPUT, ArchiveTraining.train(empty, empty));
    }
}
