package io.github.equalityframework.cli.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.cli.Golden;
import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.internal.markup.Stylesheet;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eflg serve} through a real HTTP client against the server started in-process on a free port. */
class ReviewServerTest {
    private static final ModelCodec CODEC = ModelCodec.strict();
    private static final Clock TODAY =
            Clock.fixed(LocalDate.of(2025, 9, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    private static final String PAGE_CSP = "default-src 'none'; style-src " + Layout.CSS_SOURCE
            + "; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static AssessmentEngine engine;

    @TempDir
    Path dir;

    private ReviewServer server;
    private StringWriter log;
    private HttpClient browser;
    private Path assessment;
    private Path review;

    @BeforeAll
    static void engine() {
        engine = AssessmentEngine.builder()
                .discoverPlugins(ReviewServer.class.getClassLoader())
                .clock(TODAY)
                .build();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void start() throws IOException {
        assessment = Files.copy(Cli.SECOND_YEAR, dir.resolve("anytown.yaml"));
        // The example plan answers the June 2025 peer challenge; here it answers an earlier one, so that a review
        // written in these tests (visit: today, 1 September 2025) is not held to its twenty recommendations.
        Files.writeString(
                dir.resolve("anytown-plan.yaml"),
                Files.readString(Cli.SECOND_PLAN).replace("agreedOn: 2025-09-16", "agreedOn: 2025-08-01"));
        review = dir.resolve("anytown-review.yaml");
        log = new StringWriter();
        server = ReviewServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new ServedFolder(dir),
                engine,
                TODAY,
                new PrintWriter(log, true));
        browser = client();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, List<String> fields)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(fields.get(i), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(fields.get(i + 1), StandardCharsets.UTF_8));
        }
        return client.send(
                HttpRequest.newBuilder(server.uri().resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, String... fields)
            throws IOException, InterruptedException {
        return post(client, path, List.of(fields));
    }

    private static String hidden(String page, String name) {
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\">")
                .matcher(page);
        assertTrue(m.find(), "no hidden field " + name + " in " + page);
        return m.group(1);
    }

    /** The fields of a form as it is on the page, then the changes. */
    private static List<String> fields(String page, String... changes) {
        List<String> fields = new ArrayList<>(List.of("csrf", hidden(page, "csrf"), "hash", hidden(page, "hash")));
        fields.addAll(List.of(changes));
        return fields;
    }

    private static List<String> allLevels(String level) {
        List<String> fields = new ArrayList<>();
        for (int c = 1; c <= 5; c++) {
            fields.addAll(
                    List.of("level.m1/c" + c, level, "rationale.m1/c" + c, "The peers saw it at work in c" + c + "."));
        }
        return fields;
    }

    private static String[] with(List<String> a, String... more) {
        List<String> all = new ArrayList<>(a);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    // ---------------------------------------------------------------- the guard

    @Test
    void everyAddressNeedsTheToken() throws Exception {
        assertEquals(200, get(browser, "").statusCode());
        String token = server.uri().getPath().replace("/", "");
        URI root = server.uri().resolve("/");
        String wrong = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        for (String path : List.of(
                "",
                "a/anytown",
                "/" + wrong + "/",
                "/" + wrong + "/a/anytown/review/m1",
                "/" + token + "x/",
                "/favicon.ico")) {
            URI uri = path.startsWith("/") ? root.resolve(path) : root.resolve(path);
            HttpResponse<String> r =
                    browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, r.statusCode(), uri.toString());
            assertTrue(
                    r.body()
                            .contains(
                                    "<p>This address needs the token that eflg serve printed when it started. Open the URL it printed.</p>"),
                    r.body());
            assertEquals(
                    PAGE_CSP, r.headers().firstValue("Content-Security-Policy").orElseThrow());
        }
        HttpResponse<String> post = browser.send(
                HttpRequest.newBuilder(root.resolve("/" + wrong + "/a/anytown/review/m1"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("level.m1/c1=excellent"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, post.statusCode());
        assertFalse(Files.exists(review));
    }

    @Test
    void everyResponseCarriesTheStrictHeaders() throws Exception {
        List<HttpResponse<String>> responses = List.of(
                get(browser, ""),
                get(browser, "a/anytown"),
                get(browser, "a/anytown/review/m1"),
                get(browser, "a/anytown/plan"),
                get(browser, "a/nobody"),
                get(browser, "/"),
                post(client(), "a/anytown/review/m1", List.of("level.m1/c1", "excellent")));
        assertEquals(
                List.of(200, 200, 200, 200, 404, 403, 403),
                responses.stream().map(HttpResponse::statusCode).toList());
        for (HttpResponse<String> r : responses) {
            assertEquals(
                    PAGE_CSP,
                    r.headers().firstValue("Content-Security-Policy").orElseThrow(),
                    r.uri().toString());
            assertEquals(
                    "nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals(
                    "no-referrer", r.headers().firstValue("Referrer-Policy").orElseThrow());
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElseThrow());
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElseThrow());
            assertEquals(
                    "text/html; charset=utf-8",
                    r.headers().firstValue("Content-Type").orElseThrow());
            assertFalse(r.body().contains("<script"), r.body());
        }
        // The session cookie is not readable by scripts and never sent by another site's page.
        String cookie = responses.get(0).headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(
                cookie.matches("eflg-session-\\d+=[0-9a-f]{32}; Path="
                        + server.uri().getPath() + "; HttpOnly; SameSite=Strict"),
                cookie);
    }

    @Test
    void theReportIsTheCommandLinesReportWithItsStyleSheetAllowedByHash() throws Exception {
        HttpResponse<String> r = get(browser, "a/anytown/report");
        assertEquals(200, r.statusCode(), r.body());
        Run cli = runAssess(
                "--plan", dir.resolve("anytown-plan.yaml").toString(), "--format", "html", "--today", "2025-09-01");
        assertEquals(cli.out, r.body());
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        // The report's one inline style sheet is allowed by its hash, and nothing else inline: no style attribute.
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(r.body());
        assertTrue(style.find());
        String sheet = style.group(1);
        assertFalse(style.find(), "one style sheet");
        assertFalse(r.body().contains(" style="), "no style attribute");
        assertTrue(csp.startsWith("default-src 'none'; style-src '" + Stylesheet.sha256(sheet) + "'; "), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertFalse(csp.contains("script-src"), csp);
    }

    @Test
    void theFormsSayBeforeSavingThatCommentsAndLayoutOfEverythingElseAreKept() throws Exception {
        String reviewForm = get(browser, "a/anytown/review/m1").body();
        String said = "<p class=\"hint\">Saving changes only what you edit here in anytown-review.yaml: comments and"
                + " layout everywhere else in it are kept.</p>";
        assertTrue(reviewForm.contains(said), reviewForm);
        assertTrue(reviewForm.indexOf(said) < reviewForm.indexOf("Save the review of this module"), reviewForm);

        String planPage = get(browser, "a/anytown/plan").body();
        String saidOfPlan = "<p class=\"hint\">Saving changes only what you edit here in anytown-plan.yaml: comments"
                + " and layout everywhere else in it are kept.</p>";
        int forms = planPage.split("<form ", -1).length - 1;
        assertTrue(forms > 0, planPage);
        assertEquals(forms, planPage.split(Pattern.quote(saidOfPlan), -1).length - 1, planPage);
    }

    private record Run(int code, String out) {}

    private Run runAssess(String... more) {
        List<String> args = new ArrayList<>(List.of("assess", assessment.toString(), "--fail-on", "none"));
        args.addAll(List.of(more));
        Cli.Run run = Cli.eflg(args.toArray(String[]::new));
        return new Run(run.exitCode(), run.out());
    }

    @Test
    void aFormWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        String page = get(browser, "a/anytown/review/m1").body();
        String refusal =
                "<p>The form&#39;s security token is missing or out of date (the session cookie may have been cleared, or eflg serve"
                        + " restarted). Go back, reload the page and send the form again.</p>";
        // no token
        HttpResponse<String> none =
                post(browser, "a/anytown/review/m1", with(allLevels("excellent"), "hash", hidden(page, "hash")));
        assertEquals(403, none.statusCode());
        assertTrue(none.body().contains(refusal), none.body());
        // another session's token
        HttpClient other = client();
        String otherPage = get(other, "a/anytown/review/m1").body();
        HttpResponse<String> foreign = post(
                browser,
                "a/anytown/review/m1",
                with(allLevels("excellent"), "csrf", hidden(otherPage, "csrf"), "hash", hidden(page, "hash")));
        assertEquals(403, foreign.statusCode());
        assertTrue(foreign.body().contains(refusal), foreign.body());
        // the right token without the session cookie (a page of another site cannot send it: SameSite=Strict)
        HttpResponse<String> cookieless =
                post(HttpClient.newHttpClient(), "a/anytown/review/m1", fields(page, with(allLevels("excellent"))));
        assertEquals(403, cookieless.statusCode());
        assertTrue(cookieless.body().contains(refusal), cookieless.body());
        // the right token and cookie, from another origin
        HttpResponse<String> crossSite = browser.send(
                HttpRequest.newBuilder(server.uri().resolve("a/anytown/review/m1"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "http://evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + hidden(page, "csrf") + "&hash=absent"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, crossSite.statusCode());
        assertTrue(
                crossSite.body().contains("<p>The form came from another site (http://evil.example).</p>"),
                crossSite.body());
        assertFalse(Files.exists(review));
    }

    // ---------------------------------------------------------------- saving

    @Test
    void aSavedReviewIsReadByTheCommandLineAndCountsInAssess() throws Exception {
        HttpResponse<String> form = get(browser, "a/anytown/review/m1");
        assertEquals(200, form.statusCode());
        assertEquals(EditableFile.ABSENT, hidden(form.body(), "hash"));
        HttpResponse<String> saved = post(
                browser,
                "a/anytown/review/m1",
                fields(
                        form.body(),
                        with(
                                allLevels("excellent"),
                                "strength",
                                "Lived experience shapes the community profile.",
                                "strength",
                                "",
                                "area",
                                "Reach disabled young people.",
                                "rec-id",
                                "R1",
                                "rec-text",
                                "Agree shared hate crime actions with partners.",
                                "rec-id",
                                "",
                                "rec-text",
                                "")));
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals(
                server.uri().getPath() + "a/anytown/review/m1?saved",
                saved.headers().firstValue("Location").orElseThrow());
        assertTrue(get(browser, "a/anytown/review/m1?saved").body().contains("<p>Saved anytown-review.yaml.</p>"));

        String text = Files.readString(review);
        assertTrue(
                text.startsWith("# Peer review of Anytown Borough Council against lga-eflg-2021. To fill in:\n"), text);
        ReadResult<PeerReview> read = CODEC.read(review, PeerReview.class);
        assertTrue(read.isClean(), read.problems().toString());
        PeerReview r = read.value().orElseThrow();
        assertEquals(LocalDate.of(2025, 9, 1), r.visitFrom());
        assertEquals("excellent", r.validatedLevels().get(0).level());
        assertEquals(
                "The peers saw it at work in c1.", r.validatedLevels().get(0).rationale());
        assertEquals(
                List.of("Lived experience shapes the community profile."),
                r.feedback().get(0).strengths());
        assertEquals("R1", r.feedback().get(0).recommendations().get(0).id());
        // the other modules keep the template's proposals
        assertTrue(r.validatedLevels().stream().anyMatch(v -> v.criterion().equals("m2/c1")), r.toString());

        Cli.Run validate = Cli.eflg("validate", dir.toString());
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        assertTrue(
                validate.out()
                        .contains(
                                "anytown.yaml: valid (lga-eflg-2021, 17 claims, 51 evidence items, review anytown-review.yaml, plan anytown-plan.yaml)"),
                validate.out());
        Run assess = runAssess("--review", review.toString());
        assertTrue(
                assess.out()
                        .contains(
                                "Understanding and working with your communities        claimed Developing   evidenced Developing   validated Excellent    reached Excellent"),
                assess.out());

        // A second save changes the module again, and keeps the file's opening comment.
        String again = get(browser, "a/anytown/review/m1").body();
        assertEquals(EditableFile.sha256(Files.readAllBytes(review)), hidden(again, "hash"));
        assertTrue(again.contains("Lived experience shapes the community profile.</textarea>"), again);
        assertEquals(
                303,
                post(browser, "a/anytown/review/m1", fields(again, with(allLevels("achieving"))))
                        .statusCode());
        assertTrue(Files.readString(review).startsWith("# Peer review of Anytown Borough Council"));
        assertTrue(runAssess("--review", review.toString()).out().contains("validated Achieving    reached Achieving"));
    }

    @Test
    void problemsAreShownWithTheCommandLinesMessagesNextToTheirFieldsAndNothingIsSaved() throws Exception {
        String page = get(browser, "a/anytown/review/m1").body();
        HttpResponse<String> r = post(
                browser,
                "a/anytown/review/m1",
                fields(
                        page,
                        with(
                                allLevels("achieving"),
                                "rec-id",
                                "R1",
                                "rec-text",
                                "One.",
                                "rec-id",
                                "R1",
                                "rec-text",
                                "Two.")));
        assertEquals(422, r.statusCode(), r.body());
        assertFalse(Files.exists(review));
        // The command line says the same of the same file.
        String submitted = r.body();
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.copy(assessment, copy.resolve("anytown.yaml"));
        Files.writeString(copy.resolve("anytown-review.yaml"), "visitFrom: 2025-09-01\n" + """
                feedback:
                  - module: m1
                    recommendations:
                      - id: R1
                        text: One.
                      - id: R1
                        text: Two.
                """);
        Cli.Run validate = Cli.eflg("validate", copy.toString());
        assertEquals(2, validate.exitCode());
        String message = "recommendation id &#39;R1&#39; is used twice in the review";
        assertTrue(
                validate.out()
                        .contains(
                                "feedback[0].recommendations[1].id: recommendation id 'R1' is used twice in the review"),
                validate.out());
        assertTrue(submitted.contains("feedback[0].recommendations[1].id: " + message + "</a></li>"), submitted);
        assertTrue(submitted.contains("<li><a href=\"#rec-id-1\">" + review), submitted);
        assertTrue(
                submitted.contains(
                        "<label for=\"rec-id-1\">Id</label>\n<p class=\"error\" id=\"rec-id-1-error\">Error: " + message
                                + "</p>"),
                submitted);
        assertTrue(submitted.contains("aria-describedby=\"rec-id-1-error\" aria-invalid=\"true\""), submitted);
        assertTrue(submitted.contains("<title>Error: Review of"), submitted);

        // A recommendation without an id: the reader's message in the summary, and at the id field after its label.
        HttpResponse<String> noId = post(
                browser,
                "a/anytown/review/m1",
                fields(page, with(allLevels("achieving"), "rec-id", "", "rec-text", "Three.")));
        assertEquals(422, noId.statusCode());
        assertTrue(
                Pattern.compile("<li><a href=\"#rec-id-0\">" + Pattern.quote(review.toString())
                                + ":\\d+:\\d+: feedback\\[0]\\.recommendations\\[0]\\.id: is required</a></li>")
                        .matcher(noId.body())
                        .find(),
                noId.body());
        assertTrue(
                noId.body()
                        .contains(
                                "<label for=\"rec-id-0\">Id</label>\n<p class=\"error\" id=\"rec-id-0-error\">Error: Id is required</p>"),
                noId.body());
        assertTrue(
                noId.body().contains("<textarea id=\"rec-text-0\" name=\"rec-text\" rows=\"3\">\nThree.</textarea>"),
                "the entries are kept");
        assertFalse(Files.exists(review));
    }

    @Test
    void aFileChangedOnDiskSinceTheFormWasOpenedIsNotOverwritten() throws Exception {
        String page = get(browser, "a/anytown/review/m1").body();
        // Meanwhile a text editor (here: eflg review init) writes the review.
        assertEquals(
                0,
                Cli.eflg("review", "init", assessment.toString(), "--out", review.toString(), "--visit", "2025-06-10")
                        .exitCode());
        byte[] editor = Files.readAllBytes(review);
        HttpResponse<String> r = post(browser, "a/anytown/review/m1", fields(page, with(allLevels("excellent"))));
        assertEquals(409, r.statusCode());
        assertArrayEquals(editor, Files.readAllBytes(review));
        assertTrue(
                r.body()
                        .contains(
                                "<p>anytown-review.yaml has changed on disk since this form was opened (in another tab or a text editor), so nothing"
                                        + " was saved."),
                r.body());
        assertTrue(r.body().contains(">Reload the form from the file</a>"), r.body());

        // The same with a review that existed when the form was opened.
        String opened = get(browser, "a/anytown/review/m2").body();
        Files.writeString(review, Files.readString(review).replace("visitFrom: 2025-06-10", "visitFrom: 2025-06-11"));
        byte[] edited = Files.readAllBytes(review);
        assertEquals(
                409,
                post(browser, "a/anytown/review/m2", fields(opened, "level.m2/c1", "excellent"))
                        .statusCode());
        assertArrayEquals(edited, Files.readAllBytes(review));
        // The page offers the file's new hash: saving again is a decision taken after seeing the warning.
        assertEquals(
                EditableFile.sha256(edited),
                hidden(
                        post(browser, "a/anytown/review/m2", fields(opened, "level.m2/c1", "excellent"))
                                .body(),
                        "hash"));
    }

    // ---------------------------------------------------------------- escaping and limits

    @Test
    void hostileStringsInTheFilesAreEscapedOnEveryPage() throws Exception {
        String attack = "<script>alert(1)</script>";
        String breakout = "\\\"><img src=x onerror=alert(2)></textarea>";
        Files.writeString(
                assessment,
                Files.readString(assessment)
                        .replace("name: Anytown Borough Council", "name: \"Anytown " + attack + " Council\"")
                        .replaceFirst(
                                "narrative: >-\n",
                                Matcher.quoteReplacement("narrative: \"" + breakout + "\"\n    old: >-\n"))
                        .replaceFirst("\n    old: >-\n(      [^\n]*\n)+", "\n"));
        String page = get(browser, "a/anytown/review/m1").body();
        assertEquals(
                303,
                post(
                                browser,
                                "a/anytown/review/m1",
                                fields(page, with(allLevels("achieving"), "area", breakout, "strength", attack)))
                        .statusCode());
        for (String path : List.of("", "a/anytown", "a/anytown/review/m1", "a/anytown/plan", "a/anytown/report")) {
            HttpResponse<String> r = get(browser, path);
            assertEquals(200, r.statusCode(), path + r.body());
            assertFalse(r.body().contains("<script"), path);
            assertFalse(r.body().contains("<img"), path);
            assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), path);
        }
        String form = get(browser, "a/anytown/review/m1").body();
        assertTrue(form.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;&lt;/textarea&gt;</textarea>"), form);
    }

    @Test
    void aRequestOverTheSizeLimitIsRefusedUnread() throws Exception {
        String page = get(browser, "a/anytown/review/m1").body();
        byte[] big = ("csrf=" + hidden(page, "csrf") + "&hash=absent&strength=" + "x".repeat(ReviewServer.MAX_BODY))
                .getBytes(StandardCharsets.US_ASCII);
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve("a/anytown/review/m1"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        HttpResponse<String> declared = browser.send(
                request.POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, declared.statusCode());
        assertTrue(
                declared.body().contains("<p>The request is larger than 1024 KiB, so it was not read.</p>"),
                declared.body());
        // Without a length (chunked), reading stops at the limit.
        HttpResponse<String> chunked = browser.send(
                request.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode());
        assertFalse(Files.exists(review));
    }

    @Test
    void onlyTheFolderssSelfAssessmentsCanBeAddressed() throws Exception {
        for (String path : List.of(
                "a/nobody",
                "a/..%2F..%2Fetc%2Fpasswd",
                "a/anytown-plan",
                "a/anytown/review/m9",
                "a/anytown/review",
                "x")) {
            HttpResponse<String> r = get(browser, path);
            assertEquals(404, r.statusCode(), path);
        }
        assertTrue(get(browser, "a/nobody")
                .body()
                .contains("<p>There is no self-assessment &#39;nobody&#39; in " + dir + ".</p>"));
        assertTrue(get(browser, "a/anytown/review/m9")
                .body()
                .contains("<p>There is no module &#39;m9&#39; in lga-eflg-2021.</p>"));
    }

    // ---------------------------------------------------------------- the pages

    @Test
    void theListPairsEachSelfAssessmentWithItsReviewAndPlan() throws Exception {
        Files.copy(Cli.EXAMPLE, dir.resolve("anytown-2024.yaml"));
        String list = get(browser, "").body();
        assertTrue(list.contains(">2 self-assessments</caption>"), list);
        assertTrue(
                list.contains(
                        "<th scope=\"row\"><a href=\"" + server.uri().getPath()
                                + "a/anytown\">anytown.yaml</a></th>\n<td>Anytown Borough Council</td>"
                                + "<td>lga-eflg-2021</td><td>2024-04-01 to 2025-03-31</td><td>none yet</td><td>anytown-plan.yaml</td><td>valid</td>"),
                list);
        assertTrue(
                list.contains(
                        ">anytown-2024.yaml</a></th>\n<td>Anytown Borough Council</td><td>lga-eflg-2021</td><td>2023-04-01 to 2024-03-31</td>"
                                + "<td>none yet</td><td>none</td><td>valid</td>"),
                list);
        assertFalse(list.contains(">anytown-plan.yaml</a>"), list);
    }

    @Test
    void theListSaysWhichFilesItLeavesOutAndNeverTakesAReportForAnAssessment() throws Exception {
        Files.copy(Cli.EXAMPLE, dir.resolve("my council 2024.yaml"));
        Files.copy(Cli.EXAMPLE, dir.resolve("Gemeinde-Ü.yaml"));
        // What eflg assess anytown.yaml --format json --out anytown.json leaves beside the assessment.
        Files.copy(Golden.DIR.resolve("anytown-2024.json"), dir.resolve("anytown.json"));
        Files.writeString(dir.resolve("otherton-review.yaml"), "visitFrom: 2025-06-10\n");

        String list = get(browser, "").body();

        assertTrue(list.contains(">1 self-assessment</caption>"), list);
        assertTrue(list.contains("a/anytown\">anytown.yaml</a>"), list);
        assertFalse(list.contains(">anytown.json</a>"), list);
        String notListed = list.substring(list.indexOf("<h2>Not listed</h2>"));
        assertTrue(
                notListed.contains("<li><code>anytown.json</code>: an eflg report (eflg assess --format json), not a"
                        + " self-assessment</li>"),
                notListed);
        assertTrue(
                notListed.contains("<li><code>my council 2024.yaml</code>: its name has characters a web address cannot"
                        + " carry (spaces, accents, most punctuation): rename it with letters, digits, &#39;.&#39;,"
                        + " &#39;_&#39; and &#39;-&#39;</li>"),
                notListed);
        assertTrue(notListed.contains("<li><code>Gemeinde-Ü.yaml</code>: its name has characters"), notListed);
        assertTrue(
                notListed.contains("<li><code>otherton-review.yaml</code>: named as a review or plan, but there is no"
                        + " self-assessment of that name beside it</li>"),
                notListed);
    }

    @Test
    void theAssessmentPageShowsClaimEvidenceAndLevelsSideBySide() throws Exception {
        Files.copy(Cli.SECOND_REVIEW, review);
        String page = get(browser, "a/anytown").body();
        assertTrue(page.contains("<h1>Anytown Borough Council: self-assessment 2024-04-01 to 2025-03-31</h1>"), page);
        assertTrue(
                page.contains(
                        "<th scope=\"col\">Criterion</th><th scope=\"col\">Claim</th><th scope=\"col\">Evidence</th>"
                                + "<th scope=\"col\">Evidenced level</th><th scope=\"col\">Validated level</th>"),
                page);
        Matcher row = Pattern.compile("<tr><th scope=\"row\">m1/c4 [^<]*</th>(.*?)</tr>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(row.find(), page);
        assertTrue(row.group(1).contains("<td><strong>Developing</strong>"), row.group(1));
        assertTrue(
                row.group(1)
                        .contains(
                                "<td><strong>Developing</strong><p class=\"narrative\">Hate crime reporting has grown, but partners do not yet act on it together.</p></td>"),
                row.group(1));
        assertTrue(row.group(1).contains("<a href=\"https://"), row.group(1));
        // headings in order, every page with one h1
        List<Integer> levels = Pattern.compile("<h([1-6])")
                .matcher(page)
                .results()
                .map(m -> Integer.parseInt(m.group(1)))
                .toList();
        assertEquals(1, levels.get(0));
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(
                    levels.get(i) <= levels.get(i - 1) + 1,
                    "heading h" + levels.get(i) + " after h" + levels.get(i - 1));
        }
    }

    @Test
    void everyFieldOfTheFormHasALabel() throws Exception {
        String form = get(browser, "a/anytown/review/m1").body();
        List<String> ids = Pattern.compile("<(?:select|textarea|input type=\"text\") id=\"([^\"]+)\"")
                .matcher(form)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertEquals(5 * 2 + 1 + 1 + 2, ids.size(), ids.toString());
        for (String id : ids) {
            assertTrue(form.contains("<label for=\"" + id + "\">"), id);
        }
        assertTrue(form.contains("<option value=\"achieving\" selected=\"\">Achieving</option>"), form);
    }

    @Test
    void thePlanPageShowsEachActionsStatusToday() throws Exception {
        String page = get(browser, "a/anytown/plan").body();
        assertTrue(page.contains("<h1>Action plan of Anytown Borough Council</h1>"), page);
        assertTrue(page.contains("Statuses today (2025-09-01)"), page);
        Matcher row =
                Pattern.compile("<tr><th scope=\"row\">([^<]+)</th>(.*?)</tr>").matcher(page);
        List<String> rows = row.results().map(m -> m.group(1) + m.group(2)).collect(Collectors.toList());
        assertFalse(rows.isEmpty(), page);
        assertTrue(rows.stream().allMatch(r -> r.contains("<td>")), rows.toString());
    }

    // ---------------------------------------------------------------- plan updates

    @Test
    void aStatusChangeAndAProgressNoteAreSavedAsEflgAssessPlanReadsThem() throws Exception {
        Path planFile = dir.resolve("anytown-plan.yaml");
        ActionPlan before = CODEC.read(planFile, ActionPlan.class).value().orElseThrow();
        String page = get(browser, "a/anytown/plan").body();
        // A19.1 (the first action of the 19th entry): not started, no notes; the new note is dated today by default.
        assertTrue(page.contains("<legend>Update action A19.1</legend>"), page);
        assertTrue(page.contains("<input type=\"text\" id=\"date-18-0\" name=\"date\" value=\"2025-09-01\""), page);
        assertTrue(page.contains("<option value=\"not_started\" selected=\"\">not started</option>"), page);
        HttpResponse<String> r = post(
                browser,
                "a/anytown/plan",
                fields(
                        page,
                        "action",
                        "A19.1",
                        "status",
                        "on_track",
                        "date",
                        "2025-09-01",
                        "note",
                        "March 2026 snapshot taken;\r\nanalysis started.",
                        "reported-to",
                        "Employment Committee",
                        "next-steps",
                        "Draft the report."));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals(
                server.uri().getPath() + "a/anytown/plan?saved",
                r.headers().firstValue("Location").orElseThrow());

        ReadResult<ActionPlan> read = CODEC.read(planFile, ActionPlan.class);
        assertTrue(read.isClean(), read.problems().toString());
        ActionPlan after = read.value().orElseThrow();
        PlannedAction updated = after.entries().get(18).actions().get(0);
        assertEquals(ActionStatus.ON_TRACK, updated.status());
        assertEquals(
                List.of(new ProgressNote(
                        LocalDate.of(2025, 9, 1),
                        "March 2026 snapshot taken;\nanalysis started.",
                        "Employment Committee")),
                updated.progress());
        assertEquals("Draft the report.", updated.nextSteps());
        // Every other action, entry and the file's opening comment are as they were.
        for (int i = 0; i < before.entries().size(); i++) {
            if (i != 18) {
                assertEquals(before.entries().get(i), after.entries().get(i));
            }
        }
        assertEquals(before.agreedOn(), after.agreedOn());
        assertTrue(
                Files.readString(planFile).startsWith("# Example action plan: Anytown Borough Council's answer"),
                Files.readString(planFile));
        Cli.Run assess = Cli.eflg(
                "assess",
                assessment.toString(),
                "--plan",
                planFile.toString(),
                "--today",
                "2025-09-01",
                "--fail-on",
                "none");
        assertEquals(0, assess.exitCode(), assess.err());
        assertEquals("", assess.err());

        // The page after the save says so, shows the new status and note, and a second save adds a second note after
        // the first.
        String saved = get(browser, "a/anytown/plan?saved").body();
        assertTrue(saved.contains("<div class=\"notice\" role=\"status\"><p>Saved anytown-plan.yaml.</p>"), saved);
        assertTrue(saved.contains("<tr><th scope=\"row\">A19.1</th>"), saved);
        assertTrue(
                saved.contains(
                        "<td>on track</td><td>on track</td><td>2025-09-01: March 2026 snapshot taken;\nanalysis started.</td>"),
                saved);
        assertEquals(
                303,
                post(
                                browser,
                                "a/anytown/plan",
                                fields(
                                        saved,
                                        "action",
                                        "A19.1",
                                        "status",
                                        "at_risk",
                                        "date",
                                        "2025-09-02",
                                        "note",
                                        "Payroll data late.",
                                        "next-steps",
                                        ""))
                        .statusCode());
        PlannedAction again = CODEC.read(planFile, ActionPlan.class)
                .value()
                .orElseThrow()
                .entries()
                .get(18)
                .actions()
                .get(0);
        assertEquals(ActionStatus.AT_RISK, again.status());
        assertEquals(
                List.of("March 2026 snapshot taken;\nanalysis started.", "Payroll data late."),
                again.progress().stream().map(ProgressNote::note).toList());
        assertEquals(null, again.nextSteps(), "an emptied box removes the next steps");
    }

    @Test
    void anActionMarkedCompleteWithoutANoteGetsTheCommandLinesWarningNextToItsStatus() throws Exception {
        Path planFile = dir.resolve("anytown-plan.yaml");
        String page = get(browser, "a/anytown/plan").body();
        assertFalse(page.contains("id=\"status-18-0-warning"), page);
        assertEquals(
                303,
                post(
                                browser,
                                "a/anytown/plan",
                                fields(
                                        page,
                                        "action",
                                        "A19.1",
                                        "status",
                                        "complete",
                                        "date",
                                        "2025-09-01",
                                        "note",
                                        "",
                                        "next-steps",
                                        "Use the March 2026 snapshot."))
                        .statusCode());
        String warning =
                "Action A19.1 is marked complete but has no progress note. Add a dated note of what was done and to whom it was reported.";
        Cli.Run assess = Cli.eflg(
                "assess",
                assessment.toString(),
                "--plan",
                planFile.toString(),
                "--today",
                "2025-09-01",
                "--fail-on",
                "none");
        assertEquals(0, assess.exitCode(), assess.err());
        assertTrue(assess.out().contains(warning), assess.out());
        String shown = get(browser, "a/anytown/plan").body();
        assertTrue(
                shown.contains(
                        "<label for=\"status-18-0\">Status</label>\n<p class=\"warning\" id=\"status-18-0-warning-0\">Warning: "
                                + warning + "</p>"),
                shown);
        assertTrue(
                shown.contains(
                        "<select id=\"status-18-0\" name=\"status\" aria-describedby=\"status-18-0-warning-0\">"),
                shown);
    }

    @Test
    void aBadDateIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
        Path planFile = dir.resolve("anytown-plan.yaml");
        byte[] before = Files.readAllBytes(planFile);
        String page = get(browser, "a/anytown/plan").body();
        String attack = "<script>alert(1)</script>";
        HttpResponse<String> r = post(
                browser,
                "a/anytown/plan",
                fields(
                        page,
                        "action",
                        "A19.1",
                        "status",
                        "on_track",
                        "date",
                        "2025-02-30",
                        "note",
                        attack,
                        "next-steps",
                        "Use the March 2026 snapshot."));
        assertEquals(422, r.statusCode(), r.body());
        assertArrayEquals(before, Files.readAllBytes(planFile));
        String message =
                "&#39;2025-02-30&#39; is not a valid date; expected a real calendar date as YYYY-MM-DD, e.g. 2024-03-31";
        assertTrue(
                r.body()
                        .contains(
                                "<label for=\"date-18-0\">Date of the progress note</label>\n<p class=\"error\" id=\"date-18-0-error\">Error: "
                                        + message + "</p>"),
                r.body());
        assertTrue(
                r.body()
                        .contains("<li><a href=\"#date-18-0\">entries[18].actions[0].progress[0].date: " + message
                                + "</a></li>"),
                r.body());
        assertTrue(
                r.body().contains("aria-describedby=\"date-18-0-hint date-18-0-error\" aria-invalid=\"true\""),
                r.body());
        assertTrue(r.body().contains("<title>Error: Action plan of Anytown Borough Council"), r.body());
        // The entries are kept, escaped.
        assertTrue(r.body().contains(">\n&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"), r.body());
        assertFalse(r.body().contains(attack), r.body());

        // A status the plan format does not have, and a note without a date: the reader's and validator's messages at
        // their fields.
        HttpResponse<String> status = post(
                browser,
                "a/anytown/plan",
                fields(page, "action", "A19.1", "status", "in_progress", "date", "", "note", "x"));
        assertEquals(422, status.statusCode());
        assertTrue(
                status.body()
                        .contains(
                                "<p class=\"error\" id=\"status-18-0-error\">Error: &#39;in_progress&#39; is no longer an action status;"
                                        + " use on_track or at_risk"),
                status.body());
        assertTrue(
                status.body().contains("<option value=\"in_progress\" selected=\"\">in_progress</option>"),
                status.body());
        assertArrayEquals(before, Files.readAllBytes(planFile));
    }

    @Test
    void settingAnActionCompleteRecordsTheDayItWasCompletedAndNeverAFutureDay() throws Exception {
        Path planFile = dir.resolve("anytown-plan.yaml");
        String page = get(browser, "a/anytown/plan").body();
        assertTrue(
                page.contains("<input type=\"text\" id=\"completed-18-0\" name=\"completed\" value=\"2025-09-01\""),
                page);
        byte[] before = Files.readAllBytes(planFile);
        HttpResponse<String> future = post(
                browser,
                "a/anytown/plan",
                fields(
                        page,
                        "action",
                        "A19.1",
                        "status",
                        "complete",
                        "completed",
                        "2025-09-02",
                        "date",
                        "",
                        "note",
                        ""));
        assertEquals(422, future.statusCode(), future.body());
        assertTrue(
                future.body()
                        .contains(
                                "<p class=\"error\" id=\"completed-18-0-error\">Error: the completion date 2025-09-02 is"
                                        + " after today (2025-09-01): give the day the action was completed"),
                future.body());
        assertArrayEquals(before, Files.readAllBytes(planFile));

        // Left empty, it is today; without a note, no note is invented.
        HttpResponse<String> r = post(
                browser,
                "a/anytown/plan",
                fields(page, "action", "A19.1", "status", "complete", "completed", "", "date", "", "note", ""));
        assertEquals(303, r.statusCode(), r.body());
        PlannedAction done = CODEC.read(planFile, ActionPlan.class)
                .value()
                .orElseThrow()
                .entries()
                .get(18)
                .actions()
                .get(0);
        assertEquals(ActionStatus.COMPLETE, done.status());
        assertEquals(LocalDate.of(2025, 9, 1), done.completed());
        assertEquals(List.of(), done.progress());

        // Back to on track: the completion date goes.
        String again = get(browser, "a/anytown/plan").body();
        HttpResponse<String> undone = post(
                browser,
                "a/anytown/plan",
                fields(
                        again,
                        "action",
                        "A19.1",
                        "status",
                        "on_track",
                        "completed",
                        "2025-08-01",
                        "date",
                        "",
                        "note",
                        ""));
        assertEquals(303, undone.statusCode(), undone.body());
        assertEquals(
                null,
                CODEC.read(planFile, ActionPlan.class)
                        .value()
                        .orElseThrow()
                        .entries()
                        .get(18)
                        .actions()
                        .get(0)
                        .completed());
    }

    @Test
    void aPlanChangedOnDiskSinceThePageWasOpenedIsNotOverwritten() throws Exception {
        Path planFile = dir.resolve("anytown-plan.yaml");
        String page = get(browser, "a/anytown/plan").body();
        Files.writeString(planFile, Files.readString(planFile).replace("agreedOn: 2025-08-01", "agreedOn: 2025-08-02"));
        byte[] edited = Files.readAllBytes(planFile);
        HttpResponse<String> r = post(
                browser,
                "a/anytown/plan",
                fields(page, "action", "A19.1", "status", "on_track", "date", "2025-09-01", "note", "Started."));
        assertEquals(409, r.statusCode());
        assertArrayEquals(edited, Files.readAllBytes(planFile));
        assertTrue(
                r.body()
                        .contains(
                                "<p>anytown-plan.yaml has changed on disk since this page was opened (in another tab or a text editor), so nothing"
                                        + " was saved."),
                r.body());
        assertTrue(r.body().contains(">Reload the page from the file</a>"), r.body());
        assertTrue(r.body().contains(">\nStarted.</textarea>"), "the entries are kept");
        assertEquals(EditableFile.sha256(edited), hidden(r.body(), "hash"));
    }

    @Test
    void aPlanFormWithoutItsSecurityTokenOrOverTheLimitIsRefused() throws Exception {
        Path planFile = dir.resolve("anytown-plan.yaml");
        byte[] before = Files.readAllBytes(planFile);
        String page = get(browser, "a/anytown/plan").body();
        HttpResponse<String> missing =
                post(browser, "a/anytown/plan", "hash", hidden(page, "hash"), "action", "A19.1", "status", "complete");
        assertEquals(403, missing.statusCode());
        assertTrue(missing.body().contains("The form&#39;s security token is missing or out of date"), missing.body());
        // Another session's token does not fit this one.
        HttpClient other = client();
        get(other, "a/anytown/plan");
        assertEquals(
                403,
                post(other, "a/anytown/plan", fields(page, "action", "A19.1", "status", "complete"))
                        .statusCode());
        byte[] big = ("csrf=" + hidden(page, "csrf") + "&hash=" + hidden(page, "hash") + "&action=A19.1&note="
                        + "x".repeat(ReviewServer.MAX_BODY))
                .getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> tooLarge = browser.send(
                HttpRequest.newBuilder(server.uri().resolve("a/anytown/plan"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(big))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, tooLarge.statusCode());
        assertArrayEquals(before, Files.readAllBytes(planFile));
    }

    @Test
    void withoutAPlanFileThePageSaysHowToStartOneAndNothingIsWritten() throws Exception {
        Path planFile = dir.resolve("anytown-plan.yaml");
        Files.delete(planFile);
        String page = get(browser, "a/anytown/plan").body();
        // The plan the assessment holds itself is shown, but not changed here.
        assertTrue(
                page.contains(
                        "<p>From anytown.yaml, agreed on 2024-04-20. To update it here, keep it in anytown-plan.yaml beside anytown.yaml"
                                + " (eflg action-plan init starts one); change this one in a text editor, then reload.</p>"),
                page);
        assertFalse(page.contains("<form"), page);
        // A form sent anyway (from a page opened before the file went) does not create one.
        String csrf = hidden(get(browser, "a/anytown/review/m1").body(), "csrf");
        HttpResponse<String> r =
                post(browser, "a/anytown/plan", "csrf", csrf, "hash", "x", "action", "A19.1", "status", "complete");
        assertEquals(404, r.statusCode());
        assertFalse(Files.exists(planFile));
    }
}
