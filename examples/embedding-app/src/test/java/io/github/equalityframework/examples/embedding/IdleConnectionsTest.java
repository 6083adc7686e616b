package io.github.equalityframework.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sockets that send half a request, or nothing, cannot lock the example service out. */
class IdleConnectionsTest {
    @Test
    void moreIdleConnectionsThanWorkingThreadsStillLeaveTheServiceAnswering() throws Exception {
        int working = 2;
        List<Socket> idle = new ArrayList<>();
        try (AssessmentService service = AssessmentService.start(0, AssessmentService.KEPT_BYTES, working)) {
            for (int i = 0; i < 4 * working + 2; i++) {
                Socket socket = new Socket("127.0.0.1", service.port());
                idle.add(socket);
                OutputStream out = socket.getOutputStream();
                if (i % 2 == 0) {
                    out.write("POST /assessments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le"
                            .getBytes(StandardCharsets.US_ASCII));
                } else if (i % 4 == 1) {
                    out.write(("POST /assessments HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    + "Content-Type: application/yaml\r\nContent-Length: 1000\r\n\r\norganisation:")
                            .getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            }
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(30))
                    .build();
            URI base = URI.create("http://127.0.0.1:" + service.port());
            HttpResponse<String> frameworks = client.send(
                    HttpRequest.newBuilder(base.resolve("/frameworks"))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, frameworks.statusCode());
            HttpResponse<String> created = client.send(
                    HttpRequest.newBuilder(base.resolve("/assessments"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/yaml")
                            .POST(HttpRequest.BodyPublishers.ofString(Files.readString(AssessmentServiceTest.EXAMPLE)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }

    @Test
    void theServerIsToldToCloseRequestsThatDoNotArriveInTime() throws Exception {
        try (AssessmentService service = AssessmentService.start(0)) {
            assertTrue(service.port() > 0);
            assertEquals(AssessmentService.MAX_REQUEST_SECONDS, System.getProperty("sun.net.httpserver.maxReqTime"));
            assertEquals(AssessmentService.MAX_RESPONSE_SECONDS, System.getProperty("sun.net.httpserver.maxRspTime"));
        }
    }
}
