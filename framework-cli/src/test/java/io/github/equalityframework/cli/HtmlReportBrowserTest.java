package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Opens HTML reports in a real browser ({@link Browser}) and checks that no script runs and no request
 * leaves the page; saves screenshots under target/browser/. Skipped where Chromium is not installed.
 */
class HtmlReportBrowserTest {

    @Test
    void hostileReportRunsNoScriptAndMakesNoRequest() throws Exception {
        Browser.assumeInstalled();
        String marker = "document.title='PWNED'";
        String hostile = Files.readString(Cli.EXAMPLE)
                .replace("name: Anytown Borough Council", "name: \"Anytown <script>" + marker + "</script> Council\"")
                .replaceFirst(
                        "narrative: >-\n",
                        "narrative: \"<img src=x onerror=\\\\\"" + marker
                                + "\\\\\"> <iframe src=https://example.invalid/></iframe>\"\n    old: >-\n")
                // A javascript: location is refused by validation (see the hostile corpus); this one passes it and
                // tries to break out of the link's href instead.
                .replaceFirst(
                        "location: https://www.anytown.gov.example/[^\n]*",
                        "location: \"https://anytown.example/x\\\\\" onmouseover=\\\\\"" + marker + "\"");
        hostile = hostile.replaceFirst("\n    old: >-\n(      [^\n]*\n)+", "\n");
        Path input = Files.writeString(Browser.OUT.resolve("hostile.yaml"), hostile);
        Path report = Browser.OUT.resolve("hostile.html").toAbsolutePath();
        Cli.Run run = Cli.eflg(
                "assess", input.toString(), "--format", "html", "--out", report.toString(), "--fail-on", "none");
        assertEquals(0, run.exitCode(), run.err() + run.out());

        Browser.Visit visit = Browser.visit(report);
        // A script that ran would have replaced the whole title; escaped, the payload is part of it as text.
        assertTrue(
                visit.title().startsWith("Equality self-assessment: Anytown &lt;script&gt;"),
                "a script ran: " + visit.title());
        assertFalse(
                visit.dom().contains("<img") || visit.dom().contains("<iframe"), "the hostile markup became elements");
        assertTrue(visit.dom().contains("&lt;img src=x onerror="), "the hostile text is still shown, as text");
        assertEquals(List.of(), visit.requests(), "the page made network requests");
        Browser.screenshot(report, "hostile.png", 1600);
    }

    @Test
    void anytownReportIsScreenshotted() throws Exception {
        Browser.assumeInstalled();
        Path report = Browser.OUT.resolve("anytown-report.html").toAbsolutePath();
        assertEquals(
                1,
                Cli.eflg(
                                "assess",
                                Cli.EXAMPLE.toString(),
                                "--profile",
                                "lga-default",
                                "--target",
                                "achieving",
                                "--format",
                                "html",
                                "--out",
                                report.toString())
                        .exitCode());
        Path screenshot = Browser.screenshot(report, "anytown-report.png", 4000);
        assertTrue(Files.size(screenshot) > 10_000, "a screenshot with content");
    }
}
