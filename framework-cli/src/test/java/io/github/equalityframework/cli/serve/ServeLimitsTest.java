package io.github.equalityframework.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.engine.AssessmentEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's limits on connections: what a client that sends slowly, or not at all, can hold. */
class ServeLimitsTest {
    private static final Clock TODAY =
            Clock.fixed(LocalDate.of(2025, 9, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    private static AssessmentEngine engine;

    @TempDir
    Path dir;

    private final List<AutoCloseable> opened = new ArrayList<>();

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
    void folder() throws IOException {
        Files.copy(Cli.SECOND_YEAR, dir.resolve("anytown.yaml"));
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
    }

    private ReviewServer start(ServeHttp.Limits limits) throws IOException {
        ReviewServer server = ReviewServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                limits,
                new ServedFolder(dir),
                engine,
                TODAY,
                new PrintWriter(new StringWriter(), true));
        opened.add(server);
        return server;
    }

    private Socket connect(ReviewServer server) throws IOException {
        Socket socket =
                new Socket(server.address().getAddress(), server.address().getPort());
        socket.setSoTimeout(60_000); // only so that a broken server fails the test instead of hanging it
        opened.add(socket);
        return socket;
    }

    private static String readAll(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void idleConnectionsBeyondTheWorkerThreadsDoNotLockOutTheReviewer() throws Exception {
        // The standard limits: the idle sockets are not timed out during this test.
        ReviewServer server = ReviewServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new ServedFolder(dir),
                engine,
                TODAY,
                new PrintWriter(new StringWriter(), true));
        opened.add(server);
        for (int i = 0; i < 16; i++) {
            OutputStream out = connect(server).getOutputStream();
            out.write(("GET " + server.uri().getPath()).getBytes(StandardCharsets.US_ASCII)); // half a request line
            out.flush();
        }
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.uri())
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("anytown"), page.body());
    }

    @Test
    void aRequestWhoseHeadersDoNotArriveInTimeGets408AndIsClosed() throws Exception {
        ReviewServer server = start(new ServeHttp.Limits(
                Duration.ofMillis(200), Duration.ofSeconds(60), ReviewServer.MAX_BODY, 4 * ReviewServer.MAX_BODY, 256));
        Socket socket = connect(server);
        socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127".getBytes(StandardCharsets.US_ASCII));
        String answer = readAll(socket);
        assertTrue(answer.startsWith("HTTP/1.1 408 Request Timeout\r\n"), answer);
        assertTrue(answer.endsWith("\r\n\r\nThe request did not arrive in time.\n"), answer);
    }

    @Test
    void aBodyThatDoesNotArriveInTimeGets408AndIsClosed() throws Exception {
        ReviewServer server = start(new ServeHttp.Limits(
                Duration.ofSeconds(60), Duration.ofMillis(200), ReviewServer.MAX_BODY, 4 * ReviewServer.MAX_BODY, 256));
        Socket socket = connect(server);
        socket.getOutputStream()
                .write((("POST " + server.uri().getPath() + " HTTP/1.1\r\nHost: "
                                + server.uri().getAuthority() + "\r\nContent-Length: 100\r\n\r\ncsrf="))
                        .getBytes(StandardCharsets.US_ASCII));
        String answer = readAll(socket);
        assertTrue(answer.startsWith("HTTP/1.1 408 Request Timeout\r\n"), answer);
    }

    @Test
    void pastTheConnectionLimitTheOldestUnfinishedRequestIsClosed() throws Exception {
        ReviewServer server = start(new ServeHttp.Limits(
                Duration.ofSeconds(60), Duration.ofSeconds(60), ReviewServer.MAX_BODY, 4 * ReviewServer.MAX_BODY, 3));
        Socket oldest = connect(server);
        oldest.getOutputStream().write("GET /".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 3; i++) {
            connect(server).getOutputStream().write("GET /".getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals(-1, oldest.getInputStream().read());
    }

    // ---------------------------------------------------------------- saves of two workbenches

    private static String hidden(String page, String name) {
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\">")
                .matcher(page);
        assertTrue(m.find(), "no hidden field " + name + " in " + page);
        return m.group(1);
    }

    private static Callable<Integer> save(
            HttpClient client, ReviewServer server, String page, String level, String note) {
        StringBuilder body = new StringBuilder("csrf=" + hidden(page, "csrf") + "&hash=" + hidden(page, "hash"));
        for (int c = 1; c <= 5; c++) {
            body.append("&level.m1%2Fc").append(c).append('=').append(level);
            body.append("&rationale.m1%2Fc")
                    .append(c)
                    .append('=')
                    .append(URLEncoder.encode("The peers saw it at work: " + note + ".", StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("a/anytown/review/m1"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return () -> client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void ofTwoWorkbenchesSavingTheSameFileFromTheSameVersionExactlyOneIsAccepted() throws Exception {
        // Two servers on one folder, as two peers' eflg serve on a shared drive: each has its own in-process guard,
        // so only the lock on the file keeps their saves apart.
        ReviewServer[] servers = {
            start(ServeHttp.Limits.standard(ReviewServer.MAX_BODY)),
            start(ServeHttp.Limits.standard(ReviewServer.MAX_BODY))
        };
        HttpClient[] clients = new HttpClient[2];
        for (int i = 0; i < 2; i++) {
            clients[i] = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        String[] levels = {"developing", "achieving"};
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 12; round++) {
                List<Future<Integer>> answers = new ArrayList<>();
                List<Callable<Integer>> saves = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    String page = clients[i]
                            .send(
                                    HttpRequest.newBuilder(servers[i].uri().resolve("a/anytown/review/m1"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body();
                    saves.add(save(
                            clients[i], servers[i], page, levels[(i + round) % 2], "round " + round + ", peer " + i));
                }
                answers = both.invokeAll(saves);
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> a : answers) {
                    statuses.add(a.get());
                }
                statuses.sort(null);
                assertEquals(List.of(303, 409), statuses, "round " + round);
            }
        } finally {
            both.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- Host and content type

    private String rawGet(ReviewServer server, String host) throws IOException {
        Socket socket = connect(server);
        socket.getOutputStream()
                .write(("GET " + server.uri().getPath() + " HTTP/1.1\r\n"
                                + (host == null ? "" : "Host: " + host + "\r\n") + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        return readAll(socket);
    }

    @Test
    void onlyTheBoundAddressAndLocalhostAreAnsweredAsHost() throws Exception {
        ReviewServer server = start(ServeHttp.Limits.standard(ReviewServer.MAX_BODY));
        int port = server.address().getPort();
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port)) {
            assertTrue(rawGet(server, host).startsWith("HTTP/1.1 200 OK\r\n"), host);
        }
        for (String host : Arrays.asList(
                "attacker.example:" + port,
                "localhost.attacker.example:" + port,
                "127.0.0.1:" + (port + 1),
                "127.0.0.1",
                "10.0.0.5:" + port,
                "",
                null)) {
            String answer = rawGet(server, host);
            assertTrue(answer.startsWith("HTTP/1.1 421 Misdirected Request\r\n"), host + ": " + answer);
            assertTrue(
                    answer.contains(
                            "<p>This server answers only to the address it printed (or localhost with its port).</p>"),
                    answer);
        }
    }

    @Test
    void onlyTheFormContentTypeItselfIsAccepted() throws Exception {
        ReviewServer server = start(ServeHttp.Limits.standard(ReviewServer.MAX_BODY));
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (String type : List.of(
                "application/x-www-form-urlencodedXYZ",
                "application/x-www-form-urlencoded; charset=latin1",
                "application/x-www-form-urlencoded;boundary=x",
                "text/plain",
                "multipart/form-data; boundary=x")) {
            String page = client.send(
                            HttpRequest.newBuilder(server.uri().resolve("a/anytown/review/m1"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(server.uri().resolve("a/anytown/review/m1"))
                            .header("Content-Type", type)
                            .POST(HttpRequest.BodyPublishers.ofString("csrf=" + hidden(page, "csrf") + "&hash="
                                    + hidden(page, "hash") + "&level.m1%2Fc1=developing"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(415, r.statusCode(), type);
            assertTrue(r.body().contains("<p>Only forms of these pages are accepted.</p>"), r.body());
        }
        assertFalse(Files.exists(dir.resolve("anytown-review.yaml")));
        for (String type :
                List.of("application/x-www-form-urlencoded; charset=UTF-8", "Application/X-WWW-Form-Urlencoded")) {
            String page = client.send(
                            HttpRequest.newBuilder(server.uri().resolve("a/anytown/review/m1"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(server.uri().resolve("a/anytown/review/m1"))
                            .header("Content-Type", type)
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "csrf=" + hidden(page, "csrf") + "&hash=" + hidden(page, "hash")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() != 415 && r.statusCode() != 403, type + ": " + r.statusCode());
        }
    }

    // ---------------------------------------------------------------- folders named as files

    @Test
    void aFolderNamedAsTheReviewOrPlanIsSaidToBeOneAndTheLogCarriesNoToken() throws Exception {
        Files.createDirectory(dir.resolve("anytown-plan.yaml"));
        StringWriter log = new StringWriter();
        ReviewServer server = ReviewServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                ServeHttp.Limits.standard(ReviewServer.MAX_BODY),
                new ServedFolder(dir),
                engine,
                TODAY,
                new PrintWriter(log, true));
        opened.add(server);
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String opened = client.send(
                        HttpRequest.newBuilder(server.uri().resolve("a/anytown/review/m1"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Files.createDirectory(dir.resolve("anytown-review.yaml"));
        for (String path : List.of("", "a/anytown", "a/anytown/report", "a/anytown/plan", "a/anytown/review/m1")) {
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() != 500, path + ": " + r.body());
        }
        String form = client.send(
                        HttpRequest.newBuilder(server.uri().resolve("a/anytown/review/m1"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertTrue(
                form.contains("<p>anytown-review.yaml is a folder, not a review file. Rename or remove it, then reload"
                        + " this page.</p>"),
                form);
        HttpResponse<String> saved = client.send(
                HttpRequest.newBuilder(server.uri().resolve("a/anytown/review/m1"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + hidden(opened, "csrf") + "&hash=absent"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(409, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("<p>anytown-review.yaml is a folder, not a review file."), saved.body());
        assertTrue(Files.isDirectory(dir.resolve("anytown-review.yaml")));
        assertEquals("", log.toString());
    }

    @Test
    void theLogNamesTheFailingPageWithoutTheToken() throws Exception {
        // A review that cannot be read (a loop of links) is an internal failure, logged.
        Files.createSymbolicLink(dir.resolve("anytown-review.yaml"), Path.of("anytown-review.yaml"));
        StringWriter log = new StringWriter();
        ReviewServer server = ReviewServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                ServeHttp.Limits.standard(ReviewServer.MAX_BODY),
                new ServedFolder(dir),
                engine,
                TODAY,
                new PrintWriter(log, true));
        opened.add(server);
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.uri().resolve("a/anytown/review/m1"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(500, r.statusCode());
        String token = server.uri().getPath().split("/")[1];
        assertTrue(log.toString().startsWith("eflg: internal failure on GET /a/anytown/review/m1: "), log.toString());
        assertFalse(log.toString().contains(token), log.toString());
    }
}
