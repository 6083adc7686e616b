package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

    /** The pdftotext of Debian's poppler-utils, which .ci/run installs beside Chromium; read in layout order, so a repeated table header is read at the top of its page. */
    public static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");

    /** An A4 page in PostScript points, as a PDF's MediaBox gives it (Chromium rounds to whole points). */
    private static final Pattern MEDIA_BOX =
            Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]");

    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d+ ?/ ?\\d+");

    /**
     * Checks a printed report: every page A4 (its MediaBox 595 by 842 points, give or take one), numbered
     * "N / M", and none whose last line (the page number aside) is one of the page's headings, which would leave
     * the heading orphaned at the foot of the page.
     */
    public static void checkPrinted(Path pdf, List<String> headings) throws IOException, InterruptedException {
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher box = MEDIA_BOX.matcher(raw);
        int boxes = 0;
        while (box.find()) {
            boxes++;
            double width = Double.parseDouble(box.group(1));
            double height = Double.parseDouble(box.group(2));
            assertTrue(
                    Math.abs(width - 595) <= 1 && Math.abs(height - 842) <= 1,
                    pdf + " has a page of " + width + " x " + height + " points, not A4");
        }
        assertTrue(boxes > 0, "no page size in " + pdf);
        assumeTrue(Files.isExecutable(PDFTOTEXT), "pdftotext is not installed");
        Process process = new ProcessBuilder(PDFTOTEXT.toString(), "-layout", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftotext did not finish");
        String[] pages = text.split("\f");
        List<String> orphans = new ArrayList<>();
        int numbered = 0;
        for (int p = 0; p < pages.length; p++) {
            List<String> lines = new ArrayList<>(pages[p].lines()
                    .map(l -> l.replaceAll("\\s+", " ").strip())
                    .filter(l -> !l.isEmpty())
                    .toList());
            if (!lines.isEmpty()
                    && PAGE_NUMBER.matcher(lines.get(lines.size() - 1)).matches()) {
                lines.remove(lines.size() - 1);
                numbered++;
            } else if (!lines.isEmpty() && PAGE_NUMBER.matcher(lines.get(0)).matches()) {
                lines.remove(0);
                numbered++;
            }
            if (lines.isEmpty() || p == pages.length - 1) {
                continue;
            }
            // A heading may wrap: the page's last one, two or three lines against each heading.
            for (int k = 1; k <= Math.min(3, lines.size()); k++) {
                String tail = String.join(" ", lines.subList(lines.size() - k, lines.size()));
                if (headings.contains(tail)) {
                    orphans.add("page " + (p + 1) + " ends with the heading \"" + tail + "\"");
                }
            }
        }
        assertEquals(List.of(), orphans, pdf.toString());
        assertTrue(numbered >= pages.length - 1, pdf + ": " + numbered + " of " + pages.length + " pages numbered");
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
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            assertTrue(process.waitFor(90, TimeUnit.SECONDS), "Chromium did not finish");
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            deleteProfile(profile);
        }
    }

    /** Stops Chromium and the processes it started (renderers, crash handler), which go on writing to its profile. */
    public static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                child.destroyForcibly();
            }
        }
    }

    /** Removes a Chromium profile folder once its browser has stopped: each one holds a few megabytes. */
    public static void deleteProfile(Path profile) throws IOException, InterruptedException {
        // A helper process that outlived its parent may still be finishing a write: try again briefly.
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> paths = Files.exists(profile) ? Files.walk(profile) : Stream.empty()) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
                return;
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 5) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }
}
