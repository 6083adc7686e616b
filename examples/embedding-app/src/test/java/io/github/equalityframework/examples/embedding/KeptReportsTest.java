package io.github.equalityframework.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The example service keeps rendered reports for {@code GET} within a bound on their bytes, the oldest going first. */
class KeptReportsTest {
    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> post(AssessmentService service, String body) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri(service, "/assessments"))
                        .header("Content-Type", "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int status(AssessmentService service, String path) throws Exception {
        return client.send(
                        HttpRequest.newBuilder(uri(service, path)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static URI uri(AssessmentService service, String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    /** The example with another organisation of the same length, so its report has about the same size. */
    private static String other(String example) {
        String changed = example.replace("Anytown Borough Council", "Bnytown Borough Council");
        assertTrue(!changed.equals(example));
        return changed;
    }

    private static long sizeOfOneReport(String body) throws Exception {
        try (AssessmentService service = AssessmentService.start(0)) {
            new KeptReportsTest().post(service, body);
            return service.keptTotal();
        }
    }

    @Test
    void pastTheBoundTheOldestReportIsDroppedAndTheNewestKept() throws Exception {
        String first = Files.readString(AssessmentServiceTest.EXAMPLE);
        String second = other(first);
        long one = sizeOfOneReport(first);
        assertTrue(one > 0);
        try (AssessmentService service = AssessmentService.start(0, one + one / 2)) {
            String firstAt =
                    post(service, first).headers().firstValue("Location").orElseThrow();
            assertEquals(200, status(service, firstAt));
            String secondAt =
                    post(service, second).headers().firstValue("Location").orElseThrow();

            assertEquals(404, status(service, firstAt));
            assertEquals(404, status(service, firstAt + "/report.html"));
            assertEquals(200, status(service, secondAt));
            assertEquals(200, status(service, secondAt + "/report.html"));
            assertTrue(service.keptTotal() <= one + one / 2, service.keptTotal() + " bytes kept");
        }
    }

    @Test
    void theSameAssessmentPostedAgainIsKeptOnce() throws Exception {
        String body = Files.readString(AssessmentServiceTest.EXAMPLE);
        try (AssessmentService service = AssessmentService.start(0)) {
            post(service, body);
            long once = service.keptTotal();
            post(service, body);
            assertEquals(once, service.keptTotal());
        }
    }

    @Test
    void aReportLargerThanTheBoundIsAnsweredButNotKept() throws Exception {
        try (AssessmentService service = AssessmentService.start(0, 1000)) {
            HttpResponse<String> created = post(service, Files.readString(AssessmentServiceTest.EXAMPLE));
            assertEquals(201, created.statusCode(), created.body());
            assertEquals(Optional.empty(), created.headers().firstValue("Location"));
            assertEquals(0, service.keptTotal());
        }
    }

    @Test
    void onlyTheRenderedReportIsKeptNotTheAssessment() throws Exception {
        String body = Files.readString(AssessmentServiceTest.EXAMPLE);
        try (AssessmentService service = AssessmentService.start(0)) {
            HttpResponse<String> created = post(service, body);
            String at = created.headers().firstValue("Location").orElseThrow();
            String html = client.send(
                            HttpRequest.newBuilder(uri(service, at + "/report.html"))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertEquals(
                    created.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                            + html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                    service.keptTotal());
        }
    }
}
