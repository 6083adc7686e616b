package io.github.equalityframework.examples.springboot;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.render.ReportInput;
import io.github.equalityframework.report.render.ReportRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /assessments} with a self-assessment in JSON or YAML: 200 and the report (JSON, or Markdown or HTML by
 * the {@code Accept} header), or 422 and the problems, each at {@code file:line:column} of the body.
 */
@RestController
class AssessmentController {
    /** Larger bodies are refused with 413; a self-assessment of thousands of evidence items is well under it. */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    /** The name problems give the body, as a command-line tool gives a file's. */
    static final String SOURCE = "request";

    static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown");
    /** Every answer in UTF-8, said so in its content type. */
    static final MediaType JSON_UTF8 = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

    static final String YAML = "application/yaml";

    private final AssessmentEngine engine;
    private final ModelCodec codec;

    AssessmentController(AssessmentEngine engine, ModelCodec codec) {
        this.engine = engine;
        this.codec = codec;
    }

    // Any other content type gets Spring's 415 before this method runs.
    @PostMapping(
            path = "/assessments",
            consumes = {MediaType.APPLICATION_JSON_VALUE, YAML, "application/x-yaml", "text/yaml"})
    ResponseEntity<String> assess(
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            InputStream body)
            throws IOException {
        // Read at most one byte past the limit, whatever Content-Length says, so a large body never fills memory.
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(JSON_UTF8)
                    .body(codec.write(
                            new Problems(List.of(Problem.of(
                                    ValidationProblem.at("", "the body is larger than " + MAX_BODY_BYTES + " bytes")))),
                            Format.JSON));
        }
        MediaType answer = answerType(accept);
        if (answer == null) {
            return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body("answers application/json, text/markdown or text/html\n");
        }
        Format format = MediaType.APPLICATION_JSON.includes(contentType) ? Format.JSON : Format.YAML;
        ReadResult<SelfAssessment> read = codec.read(bytes, SOURCE, format, SelfAssessment.class);
        List<ValidationProblem> problems =
                read.value().map(a -> read.place(engine.validate(a))).orElse(read.problems());
        if (!problems.isEmpty()) {
            return ResponseEntity.unprocessableContent()
                    .contentType(JSON_UTF8)
                    .body(codec.write(
                            new Problems(problems.stream().map(Problem::of).toList()), Format.JSON));
        }
        SelfAssessment assessment = read.value().orElseThrow();
        AssessmentReport report = engine.assess(assessment);
        String text;
        if (answer.equals(MediaType.APPLICATION_JSON)) {
            text = codec.write(report, Format.JSON);
        } else {
            ReportInput input = new ReportInput(
                    report,
                    assessment,
                    engine.catalogue().framework(assessment.framework()).orElseThrow());
            text = (answer.equals(MediaType.TEXT_HTML) ? ReportRenderer.html() : ReportRenderer.markdown())
                    .render(input);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(answer, StandardCharsets.UTF_8))
                .body(text);
    }

    /** The first of JSON, Markdown and HTML the client accepts, in the order it lists them; JSON without a header. */
    static MediaType answerType(String accept) {
        if (accept == null || accept.isBlank()) {
            return MediaType.APPLICATION_JSON;
        }
        List<MediaType> offered = List.of(MediaType.APPLICATION_JSON, MARKDOWN, MediaType.TEXT_HTML);
        List<MediaType> wanted;
        try {
            wanted = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_JSON;
        }
        for (MediaType want : wanted) {
            for (MediaType offer : offered) {
                if (want.includes(offer)) {
                    return offer;
                }
            }
        }
        return null;
    }

    /** The body of a 422 answer. */
    record Problems(List<Problem> problems) {}

    /**
     * One problem: {@code text} is the line {@code eflg validate} prints ({@code request:3:5: path: message}), and its
     * parts; {@code line} and {@code column} are 0 where the problem has no place in the body.
     */
    record Problem(String text, String file, int line, int column, String path, String message) {
        static Problem of(ValidationProblem p) {
            var at = p.location();
            return new Problem(
                    p.format(),
                    at == null ? SOURCE : at.source(),
                    at == null ? 0 : at.line(),
                    at == null ? 0 : at.column(),
                    p.path(),
                    p.message());
        }
    }
}
