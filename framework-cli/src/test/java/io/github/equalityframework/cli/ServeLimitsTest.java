package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.AssessmentEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import java.util.List;
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
                .discoverPlugins(Main.class.getClassLoader())
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
}
