package io.github.equalityframework.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Compares each format with its golden file, byte for byte. After a deliberate change to a report, rewrite
 * the files with {@code ./mvnw -o -pl framework-core verify -Dgolden.update=true} and review the diff.
 */
class GoldenFileTest {
    static final Path GOLDEN = Path.of("src/test/resources/io/github/equalityframework/report/render/golden");

    @Test
    void markdownReportMatchesItsGoldenFile() throws IOException {
        assertGolden("report.md", ReportRenderer.markdown().render(RenderFixture.plain()));
    }

    @Test
    void htmlReportMatchesItsGoldenFile() throws IOException {
        assertGolden("report.html", ReportRenderer.html().render(RenderFixture.plain()));
    }

    @Test
    void equalInputsGiveByteIdenticalReportsWithUnixLineEnds() {
        for (ReportRenderer renderer : new ReportRenderer[] {ReportRenderer.markdown(), ReportRenderer.html()}) {
            String first = renderer.render(RenderFixture.plain());
            assertEquals(first, renderer.render(RenderFixture.plain()));
            assertFalse(first.contains("\r"), "no carriage returns");
        }
    }

    @Test
    void windowsLineEndsInUserTextBecomeUnixLineEnds() {
        String html = ReportRenderer.html().render(RenderFixture.input("\r\nSecond line.\rThird line.", null, true));
        assertFalse(html.contains("\r"));
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(
                Files.readString(file, StandardCharsets.UTF_8),
                actual,
                "differs from " + file + " (see this class's comment)");
    }
}
