package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reports of the bundled example in every format, as of a fixed date, against golden files in
 * src/test/resources/golden. After a deliberate change, run with {@code -Dgolden.update=true} and review the diff.
 */
class ReportGoldenTest {
    static final Path GOLDEN = Golden.DIR;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"json", "md", "html", "sarif"})
    void exampleReportMatchesItsGoldenFile(String format) throws IOException {
        Path out = dir.resolve("anytown-2024." + format);
        Cli.Run run = Cli.eflg(
                "assess",
                Cli.EXAMPLE.toString(),
                "--profile",
                "lga-default",
                "--target",
                "achieving",
                "--today",
                "2024-12-01",
                "--format",
                format,
                "--out",
                out.toString());
        assertEquals(1, run.exitCode(), run.err());
        Golden.assertMatches("anytown-2024." + format, Files.readString(out, StandardCharsets.UTF_8));
    }

    /** With its peer review and action plan: the peer challenge in full, and every action's status today (in JSON too). */
    @ParameterizedTest
    @ValueSource(strings = {"json", "md", "html"})
    void exampleWithItsReviewAndPlanMatchesItsGoldenFile(String format) throws IOException {
        Path out = dir.resolve("anytown-2025." + format);
        Cli.Run run = Cli.eflg(
                "assess",
                Cli.DATA.resolve("anytown-2025.yaml").toString(),
                "--review",
                Cli.DATA.resolve("anytown-2025-review.yaml").toString(),
                "--plan",
                Cli.DATA.resolve("anytown-2025-plan.yaml").toString(),
                "--today",
                "2025-12-01",
                "--fail-on",
                "none",
                "--format",
                format,
                "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Golden.assertMatches("anytown-2025." + format, Files.readString(out, StandardCharsets.UTF_8));
    }
}
