package io.github.equalityframework.examples.springboot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Starts the service on a random port and calls it over real HTTP with the JDK's client. */
class AssessmentApplicationTest {
    private static final String DATA = "/io/github/equalityframework/examples/data/";

    private static final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private static PrintStream originalOut;
    private static PrintStream originalErr;
    private static ConfigurableApplicationContext context;
    private static URI assessments;
    private static final HttpClient client = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.shared();

    @BeforeAll
    static void start() {
        // Everything the host prints while it starts and serves, its log included, is kept to be read below.
        originalOut = System.out;
        originalErr = System.err;
        PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        context = SpringApplication.run(AssessmentApplication.class, "--server.port=0", "--server.address=127.0.0.1");
        String port = context.getEnvironment().getProperty("local.server.port");
        assessments = URI.create("http://127.0.0.1:" + port + "/assessments");
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.out.print(captured.toString(StandardCharsets.UTF_8));
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = AssessmentApplicationTest.class.getResourceAsStream(DATA + name)) {
            return in.readAllBytes();
        }
    }

    private static HttpResponse<String> post(byte[] body, String contentType, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(assessments)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aYamlAssessmentIsAnsweredWithItsJsonReport() throws Exception {
        HttpResponse<String> response = post(sample("anytown-2025.yaml"), "application/yaml", null);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(
                "application/json;charset=UTF-8",
                response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode report = json.readTree(response.body());
        assertEquals("Anytown Borough Council", report.get("organisation").asString());
        assertEquals("lga-eflg-2021", report.get("framework").asString());
        assertEquals("developing", report.get("overall").asString());
    }

    @Test
    void aJsonAssessmentIsReadAsJson() throws Exception {
        String document = """
                {"organisation": {"name": "Newtown & District Council"}, "framework": "lga-eflg-2021",
                 "period": {"from": "2025-04-01", "to": "2026-03-31"}}
                """;
        HttpResponse<String> response =
                post(document.getBytes(StandardCharsets.UTF_8), "application/json", "application/json");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = json.readTree(response.body());
        assertEquals("Newtown & District Council", report.get("organisation").asString());
        assertEquals("not-assessed", report.get("overall").asString());
    }

    @Test
    void theAcceptHeaderChoosesMarkdownOrHtml() throws Exception {
        byte[] body = sample("anytown-2025.yaml");

        HttpResponse<String> markdown = post(body, "application/yaml", "text/markdown");
        HttpResponse<String> html = post(body, "application/yaml", "text/html, application/json;q=0.5");

        assertEquals(200, markdown.statusCode(), markdown.body());
        assertEquals(
                "text/markdown;charset=UTF-8",
                markdown.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(markdown.body().startsWith("# "), markdown.body());
        assertEquals(200, html.statusCode(), html.body());
        assertEquals(
                "text/html;charset=UTF-8",
                html.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(html.body().startsWith("<!doctype html>"), html.body());
    }

    @Test
    void anAcceptHeaderWithNoFormatOfOursIs406() throws Exception {
        HttpResponse<String> response = post(sample("anytown-2025.yaml"), "application/yaml", "image/png");

        assertEquals(406, response.statusCode());
        assertEquals("answers application/json, text/markdown or text/html\n", response.body());
    }

    @Test
    void problemsAre422WithTheirPlaceInTheBody() throws Exception {
        String yaml = """
                organisation:
                  name: Anytown Borough Council
                framework: lga-eflg-2021
                period:
                  from: 2025-04-01
                  to: 2024-03-31
                claims:
                  - criterion: m9/c9
                    level: developing
                """;
        HttpResponse<String> response = post(yaml.getBytes(StandardCharsets.UTF_8), "application/yaml", null);

        assertEquals(422, response.statusCode(), response.body());
        assertEquals(
                "application/json;charset=UTF-8",
                response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problems = json.readTree(response.body()).get("problems");
        assertEquals(
                List.of(
                        "request:6:7: period.to: the period ends (2024-03-31) before it starts (2025-04-01)",
                        "request:8:16: claims[0].criterion: 'm9/c9' is not a criterion of lga-eflg-2021; did you mean"
                                + " 'm1/c1'?"),
                problems.valueStream().map(p -> p.get("text").asString()).toList());
        JsonNode second = problems.get(1);
        assertEquals("request", second.get("file").asString());
        assertEquals(8, second.get("line").asInt());
        assertEquals(16, second.get("column").asInt());
        assertEquals("claims[0].criterion", second.get("path").asString());
        assertEquals(
                "'m9/c9' is not a criterion of lga-eflg-2021; did you mean 'm1/c1'?",
                second.get("message").asString());
    }

    @Test
    void unreadableYamlIs422AtItsLine() throws Exception {
        HttpResponse<String> response =
                post("organisation: [\n".getBytes(StandardCharsets.UTF_8), "application/yaml", null);

        assertEquals(422, response.statusCode(), response.body());
        JsonNode first = json.readTree(response.body()).get("problems").get(0);
        assertEquals(
                "request:1:15: organisation: expected an object (Organisation) but found a list",
                first.get("text").asString());
        assertEquals("request", first.get("file").asString());
        assertEquals(1, first.get("line").asInt());
        assertEquals(15, first.get("column").asInt());
        assertEquals("organisation", first.get("path").asString());
    }

    @Test
    void anotherContentTypeIs415() throws Exception {
        HttpResponse<String> response = post(sample("anytown-2025.yaml"), "text/plain", null);

        assertEquals(415, response.statusCode());
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        byte[] body = new byte[AssessmentController.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(body, (byte) ' ');

        HttpResponse<String> response = post(body, "application/yaml", null);

        assertEquals(413, response.statusCode());
        JsonNode problem = json.readTree(response.body()).get("problems").get(0);
        assertEquals(
                "the body is larger than 4194304 bytes", problem.get("text").asString());
        assertEquals(0, problem.get("line").asInt());
    }

    @Test
    void theLibraryWritesNoLineToTheHostsLog() throws Exception {
        post(sample("anytown-2025.yaml"), "application/yaml", null);
        post("organisation: [\n".getBytes(StandardCharsets.UTF_8), "application/yaml", null);

        String output = captured.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains("Tomcat started on port"), output); // the capture does see the host's log
        List<String> fromLibraries = output.lines()
                .filter(line -> line.contains("io.github.equalityframework") || line.contains("tools.jackson"))
                .toList();
        assertEquals(List.of(), fromLibraries);
    }
}
