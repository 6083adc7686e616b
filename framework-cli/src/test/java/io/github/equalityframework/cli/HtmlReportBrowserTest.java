package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Opens HTML reports in a real browser (Debian's headless Chromium, which .ci/run installs) and checks
 * that no script runs and no request leaves the page; saves screenshots under target/browser/. Skipped
 * where Chromium is not installed.
 */
class HtmlReportBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path OUT = Path.of("target", "browser");
    /** The browser's own update and clock checks, which it makes whatever page it shows. */
    static final Pattern BROWSER_OWN = Pattern.compile("^(CONNECT |[A-Z]+ https?://)[^/: ]*(google\\.com|googleapis\\.com|gvt1\\.com)[:/ ]");

    @Test
    void hostileReportRunsNoScriptAndMakesNoRequest() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
        Files.createDirectories(OUT);
        String marker = "document.title='PWNED'";
        String hostile = Files.readString(Cli.EXAMPLE)
                .replace("name: Anytown Borough Council", "name: \"Anytown <script>" + marker + "</script> Council\"")
                .replaceFirst("narrative: >-\n", "narrative: \"<img src=x onerror=\\\\\"" + marker + "\\\\\"> <iframe src=https://example.invalid/></iframe>\"\n    old: >-\n")
                // A javascript: location is refused by validation (see the hostile corpus); this one passes it and
                // tries to break out of the link's href instead.
                .replaceFirst("location: https://www.anytown.gov.example/[^\n]*",
                        "location: \"https://anytown.example/x\\\\\" onmouseover=\\\\\"" + marker + "\"");
        hostile = hostile.replaceFirst("\n    old: >-\n(      [^\n]*\n)+", "\n");
        Path input = Files.writeString(OUT.resolve("hostile.yaml"), hostile);
        Path report = OUT.resolve("hostile.html").toAbsolutePath();
        Cli.Run run = Cli.eflg("assess", input.toString(), "--format", "html", "--out", report.toString(), "--fail-on", "none");
        assertEquals(0, run.exitCode(), run.err() + run.out());

        try (ServerSocket proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<String> requests = new CopyOnWriteArrayList<>();
            Thread counter = new Thread(() -> {
                while (!proxy.isClosed()) {
                    try (Socket client = proxy.accept()) {
                        client.setSoTimeout(2000);
                        String line = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                        if (line != null && !BROWSER_OWN.matcher(line).find()) {
                            requests.add(line);
                        }
                    } catch (IOException closedOrSilent) {
                        // A closed proxy ends the loop; a silent client is not a page request.
                    }
                }
            });
            counter.setDaemon(true);
            counter.start();

            String dom = chromium(List.of("--proxy-server=http://127.0.0.1:" + proxy.getLocalPort(), "--proxy-bypass-list=<-loopback>",
                    "--virtual-time-budget=3000", "--dump-dom", report.toUri().toString()));
            String title = dom.substring(dom.indexOf("<title>") + 7, dom.indexOf("</title>"));
            // A script that ran would have replaced the whole title; escaped, the payload is part of it as text.
            assertTrue(title.startsWith("Equality self-assessment: Anytown &lt;script&gt;"), "a script ran: " + title);
            assertFalse(dom.contains("<img") || dom.contains("<iframe"), "the hostile markup became elements");
            assertTrue(dom.contains("&lt;img src=x onerror="), "the hostile text is still shown, as text");
            assertEquals(List.of(), requests, "the page made network requests");
        }
        chromium(List.of("--window-size=1200,1600", "--screenshot=" + OUT.resolve("hostile.png").toAbsolutePath(), report.toUri().toString()));
    }

    @Test
    void anytownReportIsScreenshotted() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
        Files.createDirectories(OUT);
        Path report = OUT.resolve("anytown-report.html").toAbsolutePath();
        assertEquals(1, Cli.eflg("assess", Cli.EXAMPLE.toString(), "--profile", "lga-default", "--target", "achieving",
                "--format", "html", "--out", report.toString()).exitCode());
        Path screenshot = OUT.resolve("anytown-report.png").toAbsolutePath();
        chromium(List.of("--window-size=1200,4000", "--screenshot=" + screenshot, report.toUri().toString()));
        assertTrue(Files.size(screenshot) > 10_000, "a screenshot with content");
    }

    /** Runs headless Chromium with a fresh profile and no background traffic; returns its standard output. */
    static String chromium(List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("eflg-chromium");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--user-data-dir=" + profile));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "Chromium did not finish");
        return new String(out, StandardCharsets.UTF_8);
    }
}
