package io.github.equalityframework.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.engine.AssessmentEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviewers move between the browser and a text editor: a save in {@code eflg serve} changes the lines of what the
 * form changed and keeps every comment, folded text and flow list of the rest.
 */
class ServeKeepsCommentsTest {
    private static final Clock TODAY =
            Clock.fixed(LocalDate.of(2025, 9, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    private static final Pattern FIELD = Pattern.compile(
            "<textarea[^>]*? name=\"([^\"]*)\"[^>]*>(.*?)</textarea>"
                    + "|<input type=\"(?:text|hidden)\"[^>]*? name=\"([^\"]*)\" value=\"([^\"]*)\""
                    + "|<select[^>]*? name=\"([^\"]*)\"[^>]*>(.*?)</select>",
            Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\" selected=\"\"");
    private static AssessmentEngine engine;

    @TempDir
    Path dir;

    private ReviewServer server;
    private HttpClient browser;

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
        Files.copy(Cli.SECOND_YEAR, dir.resolve("anytown.yaml"));
        server = ReviewServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new ServedFolder(dir),
                engine,
                TODAY,
                new PrintWriter(new StringWriter(), true));
        browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void savingOneRationaleInTheBrowserChangesOnlyItsLineInTheReview() throws Exception {
        String original = Files.readString(Cli.SECOND_REVIEW)
                .replace("team:\n", "# Agreed at the wash-up meeting on 12 June.\nteam:\n")
                .replace("  characteristics: [race, disability]\n", "  characteristics: [race, disability] # focused\n")
                .replace("  - criterion: m1/c2\n", "  # c2: the budget papers were decisive\n  - criterion: m1/c2\n")
                .replace("  - criterion: m2/c1\n", "  - criterion: m2/c1 # the lead peer's call\n")
                .replace("  - module: m3\n", "\n  # Module 3 written up by Rowan\n  - module: m3\n");
        Path review = dir.resolve("anytown-review.yaml");
        Files.writeString(review, original);
        String page = get("a/anytown/review/m1").body();

        List<String> fields = fieldsOf(page);
        int at = fields.indexOf("rationale.m1/c2");
        fields.set(at + 1, "Seen in three budget papers.");
        HttpResponse<String> saved = post("a/anytown/review/m1", fields);

        assertEquals(303, saved.statusCode(), saved.body());
        String expected = original.replace(
                "    rationale: Equality data on race and disability informs impact assessments and the budget.\n",
                "    rationale: Seen in three budget papers.\n");
        assertEquals(expected, Files.readString(review));
        assertTrue(page.contains("comments and layout everywhere else in it are kept."), page);
    }

    @Test
    void savingAnActionInTheBrowserChangesOnlyThatActionsLinesInThePlan() throws Exception {
        String original = Files.readString(Cli.SECOND_PLAN)
                .replace("agreedOn: 2025-09-16", "agreedOn: 2025-08-01 # moved for the test")
                .replace(
                        "  - recommendation: R19\n",
                        "  # R19: HR to confirm the snapshot date\n  - recommendation: R19\n")
                .replace(
                        "        lead: Head of HR and Organisational Development\n        timescale: by March 2027\n",
                        "        lead: Head of HR and Organisational Development # was the Chief Executive\n"
                                + "        timescale: by March 2027\n");
        Path plan = dir.resolve("anytown-plan.yaml");
        Files.writeString(plan, original);
        String page = get("a/anytown/plan").body();

        HttpResponse<String> saved = post(
                "a/anytown/plan",
                List.of(
                        "csrf", hidden(page, "csrf"),
                        "hash", hidden(page, "hash"),
                        "action", "A19.1",
                        "status", "on_track",
                        "date", "2025-09-01",
                        "note", "Snapshot taken.",
                        "reported-to", "Employment Committee",
                        "next-steps", "Use the March 2026 snapshot."));

        assertEquals(303, saved.statusCode(), saved.body());
        String expected = original.replace(
                "        status: not_started\n        progress: []\n",
                "        status: on_track\n        progress:\n"
                        + "          - date: 2025-09-01\n            note: Snapshot taken.\n"
                        + "            reportedTo: Employment Committee\n");
        assertEquals(expected, Files.readString(plan));
    }

    /** The fields of the form on a page as a browser sends them, in order: name, value, name, value, ... */
    private static List<String> fieldsOf(String page) {
        List<String> fields = new ArrayList<>();
        Matcher m = FIELD.matcher(page.substring(page.indexOf("<form ")));
        while (m.find()) {
            if (m.group(1) != null) {
                fields.addAll(List.of(m.group(1), unescape(m.group(2))));
            } else if (m.group(3) != null) {
                fields.addAll(List.of(m.group(3), unescape(m.group(4))));
            } else {
                Matcher selected = SELECTED.matcher(m.group(6));
                fields.addAll(List.of(m.group(5), selected.find() ? unescape(selected.group(1)) : ""));
            }
        }
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String hidden(String page, String name) {
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\">")
                .matcher(page);
        assertTrue(m.find(), "no hidden field " + name + " in " + page);
        return m.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, List<String> fields) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(fields.get(i), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(fields.get(i + 1), StandardCharsets.UTF_8));
        }
        return browser.send(
                HttpRequest.newBuilder(server.uri().resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
