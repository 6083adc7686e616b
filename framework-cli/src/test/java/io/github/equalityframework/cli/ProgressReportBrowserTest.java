package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the progress report in a real browser ({@link Browser}): no script runs and no request leaves the
 * page, even when the review and the plan carry markup; saves a screenshot of Anytown's report under
 * target/browser/. Skipped where Chromium is not installed.
 */
class ProgressReportBrowserTest {
    static final String MARKER = "document.title='PWNED'";

    @TempDir
    Path dir;

    @Test
    void hostileProgressReportRunsNoScriptAndMakesNoRequest() throws Exception {
        Browser.assumeInstalled();
        Files.copy(Cli.EXAMPLE, dir.resolve("anytown-2024.yaml"));
        Files.copy(Cli.SECOND_YEAR, dir.resolve("anytown-2025.yaml"));
        Files.writeString(
                dir.resolve("anytown-2025-review.yaml"),
                Files.readString(Cli.SECOND_REVIEW)
                        .replaceFirst(
                                "text: ([^\n]*)",
                                "text: \"<img src=x onerror=\\\\\"" + MARKER
                                        + "\\\\\"> <iframe src=https://example.invalid/></iframe> $1\""));
        Files.writeString(
                dir.resolve("anytown-2025-plan.yaml"),
                Files.readString(Cli.SECOND_PLAN)
                        .replaceFirst(
                                "description: ([^\n]*)",
                                "description: \"<script>" + MARKER
                                        + "</script><link rel=stylesheet href=https://example.invalid/x.css> $1\""));
        Path report = Browser.OUT.resolve("hostile-progress.html").toAbsolutePath();
        Cli.Run run = Cli.eflg(
                "progress", dir.toString(), "--today", "2026-11-28", "--format", "html", "--out", report.toString());
        assertEquals(0, run.exitCode(), run.err() + run.out());

        Browser.Visit visit = Browser.visit(report);
        assertEquals("Equality progress: Anytown Borough Council", visit.title(), "a script ran");
        assertFalse(
                visit.dom().contains("<script")
                        || visit.dom().contains("<img")
                        || visit.dom().contains("<iframe")
                        || visit.dom().contains("<link"),
                "the hostile markup became elements");
        assertTrue(
                visit.dom().contains("&lt;img src=x onerror=") && visit.dom().contains("&lt;script&gt;document.title"),
                "the hostile text is still shown, as text");
        assertEquals(List.of(), visit.requests(), "the page made network requests");
    }

    @Test
    void anytownProgressReportIsScreenshottedWithItsTimelineAndRoleTags() throws Exception {
        Browser.assumeInstalled();
        Path report = Browser.OUT.resolve("anytown-progress.html").toAbsolutePath();
        Cli.Run run = Cli.eflg(
                "progress",
                Cli.DATA.toString(),
                "--organisation",
                "Anytown Borough Council",
                "--today",
                "2026-11-28",
                "--format",
                "html",
                "--out",
                report.toString());
        assertEquals(0, run.exitCode(), run.err());

        Browser.Visit visit = Browser.visit(report);
        assertEquals(List.of(), visit.requests(), "the page made network requests");
        assertTrue(visit.dom().contains("<svg class=\"chart\""), "the timeline is drawn");
        assertTrue(
                visit.dom().contains("<h4>m4 Diverse and engaged workforce</h4>")
                        && visit.dom().contains("<span class=\"tag\">Employer</span>"),
                "recommendations by module, roles as tags");
        Path screenshot = Browser.screenshot(report, "anytown-progress.png", 5000);
        assertTrue(Files.size(screenshot) > 10_000, "a screenshot with content");
    }
}
