package io.github.equalityframework.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Browser;
import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.PeerReview;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A peer reviewer's session in a real browser (Debian's headless Chromium, driven over its DevTools protocol with
 * the JDK's WebSocket client): open the example assessment, record validated levels and a recommendation in the
 * form of a module, save, and find the review on disk as {@code eflg assess --review} reads it. Every page is
 * checked for Content-Security-Policy violations (the styles must be allowed by their hashes) and screenshotted
 * under target/browser/. A second session uses the keyboard alone, with key events as a keyboard sends them: every
 * link and field reachable by Tab with a visible focus, and a module's form completed and saved. Skipped where
 * Chromium is not installed.
 */
class ServeBrowserTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** axe-core, as .ci/run installs it from the npm registry; the accessibility audit runs where it is. */
    private static final Path AXE = Path.of("..", ".ci", "axe", "node_modules", "axe-core", "axe.min.js");

    private static final Clock TODAY =
            Clock.fixed(LocalDate.of(2025, 9, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aReviewerRecordsLevelsAndARecommendationAndSavesThem() throws Exception {
        Browser.assumeInstalled();
        Path assessment = Files.copy(Cli.SECOND_YEAR, dir.resolve("anytown-2025.yaml"));
        Files.copy(Cli.SECOND_PLAN, dir.resolve("anytown-2025-plan.yaml"));
        Path review = dir.resolve("anytown-2025-review.yaml");
        try (AssessmentEngine engine = AssessmentEngine.builder()
                        .discoverPlugins(ReviewServer.class.getClassLoader())
                        .clock(TODAY)
                        .build();
                ReviewServer server = ReviewServer.start(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        new ServedFolder(dir),
                        engine,
                        TODAY,
                        new PrintWriter(new StringWriter(), true));
                DevToolsBrowser browser = DevToolsBrowser.start(Files.createTempDirectory("eflg-chromium"))) {
            // From the list, follow the link to the assessment, then to the first module's review form.
            browser.open(server.uri().toString());
            browser.shoot("serve-list.png");
            browser.open(browser.evaluate("document.querySelector('table a').href"));
            assertEquals(
                    "Anytown Borough Council: self-assessment 2024-04-01 to 2025-03-31",
                    browser.evaluate("document.querySelector('h1').textContent"));
            browser.shoot("serve-assessment.png");
            browser.open(browser.evaluate(
                    "[...document.querySelectorAll('main a')].find(a => a.textContent === 'Review this module').href"));
            assertEquals(
                    "Review of Understanding and working with your communities",
                    browser.evaluate("document.querySelector('h1').textContent"));

            // Record a level, a rationale and a recommendation as a reviewer would, then press the button.
            browser.evaluate(
                    "(() => { const f = id => document.getElementById(id);"
                            + " f('level-3').value = 'achieving'; f('rationale-3').value = 'Partners now act on hate crime reports together.';"
                            + " f('strength-0').value = 'Lived experience shapes the community profile.';"
                            + " f('rec-id-0').value = 'R1'; f('rec-text-0').value = 'Reach disabled young people through schools.'; return 'ok'; })()");
            browser.shoot("serve-review-form.png");
            browser.submit("document.querySelector('button[type=submit]').click()");
            assertEquals(
                    "Saved anytown-2025-review.yaml.",
                    browser.evaluate("document.querySelector('[role=status] p').textContent"));
            browser.shoot("serve-review-saved.png");
            browser.open(server.uri() + "a/anytown-2025/report");
            browser.shoot("serve-report.png");
            browser.open(server.uri() + "a/anytown-2025/plan");
            browser.shoot("serve-plan.png");
            assertEquals(List.of(), browser.violations(), "the pages broke their Content-Security-Policy");
        }

        PeerReview saved =
                ModelCodec.strict().read(review, PeerReview.class).value().orElseThrow();
        assertTrue(
                saved.validatedLevels().stream()
                        .anyMatch(v -> v.criterion().equals("m1/c4")
                                && v.level().equals("achieving")
                                && "Partners now act on hate crime reports together.".equals(v.rationale())),
                saved.validatedLevels().toString());
        assertEquals("R1", saved.feedback().get(0).recommendations().get(0).id());
        Cli.Run assess = Cli.eflg(
                "assess",
                assessment.toString(),
                "--review",
                review.toString(),
                "--today",
                "2025-09-01",
                "--fail-on",
                "none");
        assertEquals(0, assess.exitCode(), assess.err());
        assertTrue(
                assess.out()
                        .contains(
                                "Understanding and working with your communities        claimed Developing   evidenced Developing   validated Developing"),
                assess.out());
    }

    @Test
    void aReviewerCompletesAModuleWithTheKeyboardAlone() throws Exception {
        Browser.assumeInstalled();
        Path assessment = Files.copy(Cli.SECOND_YEAR, dir.resolve("anytown-2025.yaml"));
        Files.copy(Cli.SECOND_PLAN, dir.resolve("anytown-2025-plan.yaml"));
        Path review = dir.resolve("anytown-2025-review.yaml");
        // Every kind of element a page can be used with has a focus style of its own.
        for (String element : List.of("a", "button", "input", "select", "textarea")) {
            assertTrue(
                    Layout.CSS.matches("(?s).*(^|[\\s,}])" + element + ":focus(-visible)?[\\s,{].*"),
                    "no :focus rule for " + element);
        }
        try (AssessmentEngine engine = AssessmentEngine.builder()
                        .discoverPlugins(ReviewServer.class.getClassLoader())
                        .clock(TODAY)
                        .build();
                ReviewServer server = ReviewServer.start(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        new ServedFolder(dir),
                        engine,
                        TODAY,
                        new PrintWriter(new StringWriter(), true));
                DevToolsBrowser browser = DevToolsBrowser.start(Files.createTempDirectory("eflg-chromium"))) {
            browser.call("Emulation.setFocusEmulationEnabled", "{\"enabled\":true}");
            // On every page, Tab reaches every link, field and scrolling table in turn, and each shows where the focus
            // is.
            for (String page : List.of("", "a/anytown-2025", "a/anytown-2025/review/m1", "a/anytown-2025/plan")) {
                browser.open(server.uri() + page);
                List<String> interactive = List.of(browser.evaluate(
                                "[...document.querySelectorAll("
                                        + "'a[href], button, input:not([type=hidden]), select, textarea, [tabindex=\"0\"]')].map((e, i) => e.dataset.n = i).join(' ')")
                        .split(" "));
                List<String> reached = new ArrayList<>();
                for (int i = 0; i < 2 * interactive.size() + 5; i++) {
                    browser.press("Tab");
                    String n = browser.evaluate("document.activeElement.dataset.n || ''");
                    if (n.isEmpty() || reached.contains(n)) {
                        break;
                    }
                    reached.add(n);
                    String outline = browser.evaluate(
                            "(s => s.outlineStyle + ' ' + s.outlineWidth)(getComputedStyle(document.activeElement))");
                    assertEquals(
                            "solid 3px",
                            outline,
                            "no visible focus on " + browser.evaluate("document.activeElement.outerHTML") + " of "
                                    + page);
                }
                assertEquals(interactive, reached, "the Tab order of /" + page);
            }

            // The review form of the first module, filled in by keys alone: Tab to move, arrows for the level, typing,
            // Enter to save.
            browser.open(server.uri() + "a/anytown-2025/review/m1");
            browser.tabTo("level-3");
            for (int i = 0;
                    i < 6 && !browser.evaluate("document.activeElement.value").equals("achieving");
                    i++) {
                browser.press("ArrowDown");
            }
            assertEquals("achieving", browser.evaluate("document.activeElement.value"));
            browser.press("Tab");
            assertEquals("rationale-3", browser.evaluate("document.activeElement.id"));
            browser.type("Partners now act on hate crime reports together.");
            browser.tabTo("strength-0");
            browser.type("Lived experience shapes the community profile.");
            browser.tabTo("rec-id-0");
            browser.type("R1");
            browser.press("Tab");
            browser.type("Reach disabled young people through schools.");
            browser.press("Tab");
            assertEquals("BUTTON", browser.evaluate("document.activeElement.tagName"));
            browser.shoot("serve-review-keyboard.png");
            browser.submitBy("Enter");
            assertEquals(
                    "Saved anytown-2025-review.yaml.",
                    browser.evaluate("document.querySelector('[role=status] p').textContent"));
            browser.shoot("serve-review-keyboard-saved.png");
            assertEquals(List.of(), browser.violations(), "the pages broke their Content-Security-Policy");
        }

        PeerReview saved =
                ModelCodec.strict().read(review, PeerReview.class).value().orElseThrow();
        assertTrue(
                saved.validatedLevels().stream()
                        .anyMatch(v -> v.criterion().equals("m1/c4")
                                && v.level().equals("achieving")
                                && "Partners now act on hate crime reports together.".equals(v.rationale())),
                saved.validatedLevels().toString());
        assertEquals(
                List.of("Lived experience shapes the community profile."),
                saved.feedback().get(0).strengths());
        assertEquals("R1", saved.feedback().get(0).recommendations().get(0).id());
        assertEquals(
                "Reach disabled young people through schools.",
                saved.feedback().get(0).recommendations().get(0).text());
        Cli.Run assess = Cli.eflg(
                "assess",
                assessment.toString(),
                "--review",
                review.toString(),
                "--today",
                "2025-09-01",
                "--fail-on",
                "none");
        assertEquals(0, assess.exitCode(), assess.err());
    }

    /**
     * Every report and every page of {@code eflg serve}, at a desktop's 1366 px and a phone's 390 px: the page
     * never scrolls sideways on the phone (wide tables and charts scroll in their own regions), screenshots of
     * both under target/browser/, and each report printed to PDF: A4, and no page that ends with a heading.
     */
    @Test
    void everyPageFitsAPhoneAndEveryReportPrintsOnA4WithNoHeadingAtAPageFoot() throws Exception {
        Browser.assumeInstalled();
        Map<String, Path> reports = reports();
        Files.copy(Cli.SECOND_YEAR, dir.resolve("anytown-2025.yaml"));
        Files.copy(Cli.SECOND_PLAN, dir.resolve("anytown-2025-plan.yaml"));
        Files.copy(Cli.SECOND_REVIEW, dir.resolve("anytown-2025-review.yaml"));
        List<String> sideways = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        List<String> audited = new ArrayList<>();
        try (AssessmentEngine engine = AssessmentEngine.builder()
                        .discoverPlugins(ReviewServer.class.getClassLoader())
                        .clock(TODAY)
                        .build();
                ReviewServer server = ReviewServer.start(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        new ServedFolder(dir),
                        engine,
                        TODAY,
                        new PrintWriter(new StringWriter(), true));
                DevToolsBrowser browser = DevToolsBrowser.start(Files.createTempDirectory("eflg-chromium"))) {
            Map<String, String> pages = new java.util.LinkedHashMap<>();
            reports.forEach((name, file) -> pages.put(name, file.toUri().toString()));
            for (String page : List.of(
                    "", "a/anytown-2025", "a/anytown-2025/review/m1", "a/anytown-2025/plan", "a/anytown-2025/report")) {
                pages.put(
                        "serve"
                                + (page.isEmpty()
                                        ? "-list"
                                        : "-" + page.substring(2).replace('/', '-')),
                        server.uri() + page);
            }
            for (int width : List.of(1366, 390)) {
                browser.call(
                        "Emulation.setDeviceMetricsOverride",
                        "{\"width\":" + width + ",\"height\":900,\"deviceScaleFactor\":1,\"mobile\":" + (width < 600)
                                + "}");
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    browser.open(page.getValue());
                    browser.shoot((width < 600 ? "phone-" : "desktop-") + page.getKey() + ".png");
                    if (Files.isReadable(AXE)) {
                        String found = browser.axe(Files.readString(AXE));
                        audited.add(page.getKey() + "@" + width);
                        if (!found.isEmpty()) {
                            violations.add(page.getKey() + " at " + width + " px: " + found);
                        }
                    }
                    int scrollWidth =
                            Integer.parseInt(browser.evaluate("String(document.documentElement.scrollWidth)"));
                    // Every table, of a report or of a serve page, scrolls in its own labelled region.
                    assertEquals(
                            "0",
                            browser.evaluate(
                                    "String(document.querySelectorAll('table:not(.table-wrap > table)').length)"),
                            page.getKey() + " has a table outside a region");
                    if (width < 600 && scrollWidth > width) {
                        sideways.add(page.getKey() + " is " + scrollWidth + " px wide");
                    }
                }
            }
            assertEquals(List.of(), sideways, "pages that scroll sideways on a 390 px phone");
            assertEquals(List.of(), violations, "WCAG 2.1 A and AA violations found by axe-core");
            assertEquals(Files.isReadable(AXE) ? 2 * pages.size() : 0, audited.size(), "pages audited: " + audited);
            browser.call("Emulation.clearDeviceMetricsOverride", "{}");
            for (String name : reports.keySet()) {
                browser.open(pages.get(name));
                List<String> headings = List.of(browser.evaluate("[...document.querySelectorAll('h1, h2, h3, h4')]"
                                + ".map(h => h.textContent.replace(/\\s+/g, ' ').trim()).join('\\n')")
                        .split("\n"));
                Path pdf = Browser.OUT.resolve(name + ".pdf");
                Files.write(
                        pdf,
                        Base64.getDecoder()
                                .decode(browser.call(
                                                "Page.printToPDF",
                                                "{\"preferCSSPageSize\":true,\"printBackground\":true}")
                                        .path("data")
                                        .asString()));
                Browser.checkPrinted(pdf, headings);
            }
        }
    }

    /** The reports of the example councils as HTML pages under target/browser/: name to file. */
    private static Map<String, Path> reports() {
        Map<String, Path> reports = new java.util.LinkedHashMap<>();
        String[][] runs = {
            {"anytown-2024", "assess", Cli.EXAMPLE.toString(), "--today", "2025-09-01", "--fail-on", "none"},
            {
                "anytown-2024-cy",
                "assess",
                Cli.EXAMPLE.toString(),
                "--today",
                "2025-09-01",
                "--fail-on",
                "none",
                "--lang",
                "cy"
            },
            {
                "anytown-progress",
                "progress",
                Cli.DATA.toString(),
                "--organisation",
                "Anytown Borough Council",
                "--today",
                "2026-11-28"
            },
            {
                "anytown-appendix",
                "progress",
                Cli.DATA.toString(),
                "--organisation",
                "Anytown Borough Council",
                "--today",
                "2026-11-28",
                "--appendix"
            },
            {
                "anytown-workforce",
                "workforce",
                Cli.DATA.resolve("anytown-workforce.csv").toString(),
                "--population",
                Cli.DATA.resolve("anytown-population.csv").toString()
            },
        };
        for (String[] run : runs) {
            Path out = Browser.OUT.resolve(run[0] + ".html").toAbsolutePath();
            List<String> args = new ArrayList<>(List.of(run).subList(1, run.length));
            args.addAll(List.of("--out", out.toString(), "--format", "html"));
            Cli.Run result = Cli.eflg(args.toArray(String[]::new));
            assertEquals(0, result.exitCode(), run[0] + ": " + result.err());
            reports.put(run[0], out);
        }
        return reports;
    }

    /** Headless Chromium with one page, driven over the DevTools protocol. */
    private static final class DevToolsBrowser implements AutoCloseable {
        private final Process process;
        private final Path profile;
        private final WebSocket socket;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final List<String> violations = new CopyOnWriteArrayList<>();
        private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

        private DevToolsBrowser(Process process, Path profile, WebSocket.Builder builder, URI page) {
            this.process = process;
            this.profile = profile;
            this.socket = builder.buildAsync(page, new WebSocket.Listener() {
                        private final StringBuilder text = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            text.append(data);
                            if (last) {
                                receive(JSON.readTree(text.toString()));
                                text.setLength(0);
                            }
                            webSocket.request(1);
                            return null;
                        }
                    })
                    .join();
        }

        static DevToolsBrowser start(Path profile) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(
                    Browser.CHROMIUM.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1200,1600",
                    "--remote-debugging-port=0",
                    "--user-data-dir=" + profile,
                    "about:blank"));
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Path portFile = profile.resolve("DevToolsActivePort");
            for (int i = 0; i < 600 && !Files.exists(portFile); i++) {
                Thread.sleep(100);
            }
            assertTrue(Files.exists(portFile), "Chromium did not open its DevTools port");
            String port = Files.readAllLines(portFile).get(0).strip();
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = JSON.readTree(http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            URI page = null;
            for (JsonNode target : targets) {
                if (target.path("type").asString().equals("page")) {
                    page = URI.create(target.path("webSocketDebuggerUrl").asString());
                }
            }
            assertTrue(page != null, "no page in " + targets);
            DevToolsBrowser browser = new DevToolsBrowser(process, profile, http.newWebSocketBuilder(), page);
            browser.call("Page.enable", "{}");
            browser.call("Log.enable", "{}");
            browser.call("Runtime.enable", "{}");
            return browser;
        }

        private void receive(JsonNode message) {
            if (message.has("id")) {
                CompletableFuture<JsonNode> f =
                        pending.remove(message.path("id").asInt());
                if (f != null) {
                    f.complete(message);
                }
                return;
            }
            String method = message.path("method").asString();
            if (method.equals("Page.loadEventFired")) {
                loaded.complete(null);
            } else if (method.equals("Log.entryAdded")) {
                String text = message.path("params").path("entry").path("text").asString();
                if (text.contains("Content Security Policy")) {
                    violations.add(text);
                }
            } else if (method.equals("Runtime.consoleAPICalled") || method.equals("Runtime.exceptionThrown")) {
                String text = message.path("params").toString();
                if (text.contains("Content Security Policy")) {
                    violations.add(text);
                }
            }
        }

        JsonNode call(String method, String params) {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
                    .join();
            JsonNode reply = answer.orTimeout(60, TimeUnit.SECONDS).join();
            assertTrue(!reply.has("error"), method + ": " + reply);
            return reply.path("result");
        }

        void open(String url) {
            loaded = new CompletableFuture<>();
            call("Page.navigate", "{\"url\":" + JSON.writeValueAsString(url) + "}");
            loaded.orTimeout(60, TimeUnit.SECONDS).join();
        }

        /** Runs an action that leaves the page (a form submission followed by a redirect) and waits for the next page. */
        void submit(String expression) {
            loaded = new CompletableFuture<>();
            evaluate(expression);
            loaded.orTimeout(60, TimeUnit.SECONDS).join();
        }

        String evaluate(String expression) {
            JsonNode result = call(
                    "Runtime.evaluate",
                    "{\"expression\":" + JSON.writeValueAsString(expression) + ",\"returnByValue\":true}");
            assertTrue(!result.has("exceptionDetails"), expression + ": " + result);
            return result.path("result").path("value").asString();
        }

        /**
         * Runs axe-core on the open page for WCAG 2.0 and 2.1 A and AA; returns each violation's rule and the
         * elements it found, or nothing.
         */
        String axe(String source) {
            evaluate(source + ";'loaded'");
            JsonNode result = call(
                    "Runtime.evaluate",
                    "{\"awaitPromise\":true,\"returnByValue\":true,\"expression\":"
                            + JSON.writeValueAsString(
                                    "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                                            + ".then(r => r.violations.map(v => v.id + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')').join('; '))")
                            + "}");
            assertTrue(!result.has("exceptionDetails"), "axe-core: " + result);
            return result.path("result").path("value").asString();
        }

        /** Presses and releases a key: a named one (Tab, Enter, ArrowDown) or a character. */
        void press(String key) {
            KeyCode k = KeyCode.of(key);
            String text = k.text() == null
                    ? ""
                    : ",\"text\":" + JSON.writeValueAsString(k.text()) + ",\"unmodifiedText\":"
                            + JSON.writeValueAsString(k.text());
            call(
                    "Input.dispatchKeyEvent",
                    "{\"type\":\"keyDown\",\"key\":" + JSON.writeValueAsString(key) + ",\"code\":"
                            + JSON.writeValueAsString(k.code()) + ",\"windowsVirtualKeyCode\":" + k.virtual() + text
                            + "}");
            call(
                    "Input.dispatchKeyEvent",
                    "{\"type\":\"keyUp\",\"key\":" + JSON.writeValueAsString(key) + ",\"code\":"
                            + JSON.writeValueAsString(k.code()) + ",\"windowsVirtualKeyCode\":" + k.virtual() + "}");
        }

        /** Types text into the focused field, one key at a time, in place of what it holds (Ctrl+A first, as a person would). */
        void type(String text) {
            // Headless Chromium has no menu to turn Ctrl+A into its editing command; DevTools is told it with the key.
            call(
                    "Input.dispatchKeyEvent",
                    "{\"type\":\"keyDown\",\"key\":\"a\",\"code\":\"KeyA\",\"windowsVirtualKeyCode\":65,"
                            + "\"modifiers\":2,\"commands\":[\"selectAll\"]}");
            call(
                    "Input.dispatchKeyEvent",
                    "{\"type\":\"keyUp\",\"key\":\"a\",\"code\":\"KeyA\",\"windowsVirtualKeyCode\":65,\"modifiers\":2}");
            text.codePoints().forEach(c -> press(Character.toString(c)));
        }

        /** Presses Tab until the element of that id has the focus. */
        void tabTo(String id) {
            for (int i = 0; i < 200 && !evaluate("document.activeElement.id").equals(id); i++) {
                press("Tab");
            }
            assertEquals(id, evaluate("document.activeElement.id"), "Tab does not reach #" + id);
        }

        /** Presses a key that leaves the page (Enter on a submit button) and waits for the next page. */
        void submitBy(String key) {
            loaded = new CompletableFuture<>();
            press(key);
            loaded.orTimeout(60, TimeUnit.SECONDS).join();
        }

        /** What DevTools needs to know of a key: its code, Windows virtual key code, and the text it types. */
        private record KeyCode(String code, int virtual, String text) {
            static KeyCode of(String key) {
                return switch (key) {
                    case "Tab" -> new KeyCode("Tab", 9, null);
                    case "Enter" -> new KeyCode("Enter", 13, "\r");
                    case " " -> new KeyCode("Space", 32, " ");
                    case "ArrowDown" -> new KeyCode("ArrowDown", 40, null);
                    case "ArrowUp" -> new KeyCode("ArrowUp", 38, null);
                    default -> {
                        char c = key.charAt(0);
                        boolean letter = key.length() == 1 && Character.isLetter(c) && c < 128;
                        boolean digit = key.length() == 1 && Character.isDigit(c);
                        yield new KeyCode(
                                letter ? "Key" + Character.toUpperCase(c) : digit ? "Digit" + c : "",
                                letter ? Character.toUpperCase(c) : digit ? c : 0,
                                key);
                    }
                };
            }
        }

        void shoot(String name) throws IOException {
            String png = call("Page.captureScreenshot", "{\"format\":\"png\"}")
                    .path("data")
                    .asString();
            Files.write(Browser.OUT.resolve(name), Base64.getDecoder().decode(png));
        }

        List<String> violations() {
            return List.copyOf(violations);
        }

        @Override
        public void close() throws InterruptedException, IOException {
            socket.abort();
            Browser.stop(process);
            Browser.deleteProfile(profile);
        }
    }
}
