package io.github.equalityframework.cli;

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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Opens pages in a real browser (Debian's headless Chromium, which .ci/run installs) for the browser tests:
 * the page as the browser leaves it, every request it tried to make, and screenshots under target/browser/.
 */
public final class Browser {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path OUT = Path.of("target", "browser");
    /** The browser's own update and clock checks, which it makes whatever page it shows. */
    static final Pattern BROWSER_OWN =
            Pattern.compile("^(CONNECT |[A-Z]+ https?://)[^/: ]*(google\\.com|googleapis\\.com|gvt1\\.com)[:/ ]");

    private Browser() {}

    /** Skips the calling test where Chromium is not installed; makes target/browser/. */
    public static void assumeInstalled() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
        Files.createDirectories(OUT);
    }

    /**
     * What the browser made of a page after letting it run for three seconds of virtual time.
     *
     * @param dom      the document as serialised by the browser, after any script would have run
     * @param requests the first line of every request the page made through the proxy, the browser's own left out
     */
    record Visit(String dom, List<String> requests) {
        /** The text of the document's {@code <title>}, as the browser serialised it. */
        String title() {
            return dom.substring(dom.indexOf("<title>") + 7, dom.indexOf("</title>"));
        }
    }

    /** Opens a page with every request sent to a local proxy that only counts them (loopback included). */
    static Visit visit(Path page) throws IOException, InterruptedException {
        try (ServerSocket proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<String> requests = new CopyOnWriteArrayList<>();
            Thread counter = new Thread(() -> {
                while (!proxy.isClosed()) {
                    try (Socket client = proxy.accept()) {
                        client.setSoTimeout(2000);
                        String line = new BufferedReader(
                                        new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII))
                                .readLine();
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
            String dom = chromium(List.of(
                    "--proxy-server=http://127.0.0.1:" + proxy.getLocalPort(),
                    "--proxy-bypass-list=<-loopback>",
                    "--virtual-time-budget=3000",
                    "--dump-dom",
                    page.toAbsolutePath().toUri().toString()));
            return new Visit(dom, List.copyOf(requests));
        }
    }

    /** Saves a screenshot of a page, 1200 pixels wide, as target/browser/NAME; returns its path. */
    static Path screenshot(Path page, String name, int height) throws IOException, InterruptedException {
        Path screenshot = OUT.resolve(name).toAbsolutePath();
        chromium(List.of(
                "--window-size=1200," + height,
                "--screenshot=" + screenshot,
                page.toAbsolutePath().toUri().toString()));
        return screenshot;
    }

    /** Runs headless Chromium with a fresh profile and no background traffic; returns its standard output. */
    static String chromium(List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("eflg-chromium");
        List<String> command = new ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--user-data-dir=" + profile));
        command.addAll(args);
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "Chromium did not finish");
        return new String(out, StandardCharsets.UTF_8);
    }
}
