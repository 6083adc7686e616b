package io.github.equalityframework.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AssessmentServiceTest {
    static final Path EXAMPLE = Path.of("..", "data", "anytown-2024.yaml");
    static AssessmentService service;
    static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        service = AssessmentService.start(0);
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    static HttpResponse<String> post(String body, String type) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(uri("/assessments"))
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void postingTheExampleGivesTheReportAndAPlaceToFetchItAgain() throws Exception {
        HttpResponse<String> created = post(Files.readString(EXAMPLE), "application/yaml");

        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"organisation\": \"Anytown Borough Council\""), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> again = get(location);
        assertEquals(200, again.statusCode());
        assertEquals(created.body(), again.body());

        HttpResponse<String> html = get(location + "/report.html");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(html.headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow()
                .startsWith("default-src 'none'"));
        assertTrue(html.body().startsWith("<!doctype html>")
                && html.body().contains("<h1>Equality self-assessment: Anytown Borough Council</h1>"));
    }

    @Test
    void badInputIsAnsweredWith400AndTheProblemList() throws Exception {
        String broken = Files.readString(EXAMPLE).replaceFirst("level: achieving", "level: achievd");

        HttpResponse<String> response = post(broken, "application/yaml");

        assertEquals(400, response.statusCode());
        assertTrue(
                response.body()
                        .contains(
                                "\"text\": \"request:35:12: claims[1].level: 'achievd' is not a level on the scale of lga-eflg-2021; did you mean 'achieving'?\""),
                response.body());
    }

    @Test
    void garbageIsA400NotA500() throws Exception {
        for (String body : List.of("", "{", "\u0000\u0001binary", "[1,2,3]", "organisation: [", "{\"claims\": 5}")) {
            HttpResponse<String> response = post(body, "application/json");
            assertEquals(400, response.statusCode(), "for body " + body + ": " + response.body());
        }
    }

    @Test
    void oversizedBodyIsRefusedWith413() throws Exception {
        HttpResponse<String> response = post("x".repeat(AssessmentService.MAX_BODY_BYTES + 10), "application/yaml");
        assertEquals(413, response.statusCode());
    }

    @Test
    void frameworksListsTheInstalledEditions() throws Exception {
        HttpResponse<String> response = get("/frameworks");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"id\": \"lga-eflg-2021\""), response.body());
    }

    @Test
    void unknownPathsAndMethodsAreAnsweredPlainly() throws Exception {
        assertEquals(404, get("/nothing-here").statusCode());
        assertEquals(404, get("/assessments/0000000000000000").statusCode());
        assertEquals(405, get("/assessments").statusCode());
    }

    @Test
    void fiftyConcurrentRequestsGetTheSameReportAsOne() throws Exception {
        String body = Files.readString(EXAMPLE);
        String single = post(body, "application/yaml").body();
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            responses.add(client.sendAsync(
                    HttpRequest.newBuilder(uri("/assessments"))
                            .header("Content-Type", "application/yaml")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> response : responses) {
            assertEquals(201, response.get().statusCode());
            assertEquals(single, response.get().body());
        }
    }
}
