package io.github.equalityframework.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch writes, for every file, the report that file gets when it is assessed alone. */
class AssessBatchTest {
    @TempDir
    Path dir;

    @Test
    void everyReportOfABatchIsTheReportOfItsFileAssessedAlone() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> sources = List.of(Cli.EXAMPLE, Cli.SECOND_YEAR);
        for (int i = 0; i < 6; i++) {
            Files.copy(sources.get(i % 2), in.resolve(String.format("council-%02d.yaml", i)));
        }
        for (String threads : List.of("1", "3")) {
            Path out = dir.resolve("reports-" + threads);

            Run batch = Cli.eflg(
                    "assess",
                    in.toString(),
                    "--format",
                    "md",
                    "--out",
                    out.toString(),
                    "--fail-on",
                    "none",
                    "--today",
                    "2025-06-30",
                    "--threads",
                    threads);

            assertEquals(0, batch.exitCode(), batch.err());
            for (int i = 0; i < 6; i++) {
                String name = String.format("council-%02d", i);
                Path alone = dir.resolve(name + "-alone-" + threads + ".md");
                Run one = Cli.eflg(
                        "assess",
                        in.resolve(name + ".yaml").toString(),
                        "--out",
                        alone.toString(),
                        "--fail-on",
                        "none",
                        "--today",
                        "2025-06-30");
                assertEquals(0, one.exitCode(), one.err());
                assertEquals(
                        Files.readString(alone),
                        Files.readString(out.resolve(name + ".md")),
                        name + " with --threads " + threads);
            }
        }
    }
}
