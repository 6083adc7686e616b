package io.github.equalityframework.it.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the example council web service (examples/embedding-app) in a child JVM, once on the class path
 * and once as a named module on the module path, and expects the same answers both ways: the installed
 * frameworks, the report of the bundled example, its HTML page, and the problem list of a bad request.
 */
class EmbeddingAppOnBothPathsTest {
    private static final String SERVICE = "io.github.equalityframework.examples.embedding.AssessmentService";
    private static final String MODULE = "io.github.equalityframework.examples.embedding";

    @TempDir
    Path dir;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theServiceAnswersAlikeOnTheClassPathAndTheModulePath() throws Exception {
        List<String> onClassPath = exchanges("-cp", ChildJvm.path(), SERVICE, "0");
        List<String> onModulePath =
                exchanges("--module-path", ChildJvm.path(), "--module", MODULE + "/" + SERVICE, "0");

        assertEquals(onClassPath, onModulePath);
        assertTrue(
                onModulePath.get(0).startsWith("GET /frameworks 200 ")
                        && onModulePath.get(0).contains("lga-eflg-2021"),
                onModulePath.get(0));
        assertTrue(
                onModulePath.get(1).startsWith("POST /assessments 201 ")
                        && onModulePath.get(1).contains("\"framework\""),
                onModulePath.get(1));
        assertTrue(onModulePath.get(2).startsWith("GET report.html 200 <!doctype html>"), onModulePath.get(2));
        assertTrue(
                onModulePath.get(3).startsWith("POST /assessments 400 ")
                        && onModulePath.get(3).contains("\"problems\""),
                onModulePath.get(3));
    }

    /** Starts the service with the given java arguments and returns "METHOD PATH STATUS BODY" per request. */
    private List<String> exchanges(String... arguments) throws Exception {
        Path errors = Files.createTempFile(dir, "service", ".err");
        Process service = new ProcessBuilder(ChildJvm.command(arguments))
                .redirectError(errors.toFile())
                .start();
        try {
            URI base = URI.create(listeningAddress(service, errors));
            byte[] example = Files.readAllBytes(Path.of(System.getProperty("it.example")));

            HttpResponse<String> frameworks =
                    send(HttpRequest.newBuilder(base.resolve("/frameworks")).GET());
            HttpResponse<String> posted = send(HttpRequest.newBuilder(base.resolve("/assessments"))
                    .header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(example)));
            String location = posted.headers().firstValue("Location").orElse("/assessments/none");
            HttpResponse<String> html = send(HttpRequest.newBuilder(base.resolve(location + "/report.html"))
                    .GET());
            HttpResponse<String> bad = send(HttpRequest.newBuilder(base.resolve("/assessments"))
                    .header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofString("framework: [unclosed")));

            return List.of(
                    "GET /frameworks " + frameworks.statusCode() + " " + frameworks.body(),
                    "POST /assessments " + posted.statusCode() + " " + posted.body(),
                    "GET report.html " + html.statusCode() + " " + html.body(),
                    "POST /assessments " + bad.statusCode() + " " + bad.body());
        } finally {
            service.destroy();
            if (!service.waitFor(10, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(
                request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Reads the service's "Listening on http://127.0.0.1:PORT/" line, or fails with what it wrote instead. */
    private static String listeningAddress(Process service, Path errors) throws Exception {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                return null;
            }
        });
        String first = line.get(60, TimeUnit.SECONDS);
        if (first == null || !first.startsWith("Listening on ")) {
            service.waitFor(5, TimeUnit.SECONDS);
            throw new AssertionError("the service did not start: " + first + "\n" + Files.readString(errors));
        }
        return first.substring("Listening on ".length());
    }
}
