package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.fixtures.Documents;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each read limit, set through the builder, gives one located problem when broken, and none at the limit. */
class ReadLimitsTest {
    @TempDir
    Path dir;

    private static List<String> yaml(ReadLimits limits, String text) {
        return formatted(
                ModelCodec.builder().limits(limits).build().read(text, "sa.yaml", Format.YAML, SelfAssessment.class));
    }

    private static List<String> json(ReadLimits limits, String text) {
        return formatted(
                ModelCodec.builder().limits(limits).build().read(text, "sa.json", Format.JSON, SelfAssessment.class));
    }

    private static List<String> formatted(ReadResult<?> read) {
        return read.problems().stream().map(ValidationProblem::format).toList();
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        ReadLimits d = ModelCodec.strict().limits();
        assertEquals(ReadLimits.DEFAULTS, d);
        assertEquals(8 * 1024 * 1024, d.maxDocumentSize());
        assertEquals(1_000_000, d.maxStringLength());
        assertEquals(1_000, d.maxNameLength());
        assertEquals(100, d.maxNumberLength());
        assertEquals(64, d.maxNestingDepth());
        assertEquals(LocalDate.of(1900, 1, 1), d.earliestDate());
        assertEquals(LocalDate.of(2100, 12, 31), d.latestDate());
    }

    @Test
    void theSmallExampleReadsCleanlyWithinTightLimits() {
        ReadLimits tight = ReadLimits.DEFAULTS
                .withMaxDocumentSize(Documents.SMALL_YAML.length())
                .withMaxStringLength(30)
                .withMaxNameLength(20)
                .withMaxNumberLength(5)
                .withMaxNestingDepth(4)
                .withDateRange(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));
        assertEquals(List.of(), yaml(tight, Documents.SMALL_YAML));
        assertEquals(List.of(), json(tight.withMaxDocumentSize(Documents.SMALL_JSON.length()), Documents.SMALL_JSON));
    }

    @Test
    void aDocumentLargerThanTheLimitIsNotParsed() {
        ReadLimits limits = ReadLimits.DEFAULTS.withMaxDocumentSize(100);
        assertEquals(
                List.of("sa.yaml:1:1: the document is larger than the limit of 100 characters"),
                yaml(limits, Documents.SMALL_YAML));
        ReadResult<SelfAssessment> bytes = ModelCodec.builder()
                .limits(limits)
                .build()
                .read(
                        Documents.SMALL_JSON.getBytes(StandardCharsets.UTF_8),
                        "sa.json",
                        Format.JSON,
                        SelfAssessment.class);
        assertEquals(List.of("sa.json:1:1: the document is larger than the limit of 100 bytes"), formatted(bytes));
    }

    @Test
    void aFileOrStreamLargerThanTheLimitIsReadOnlyToJustPastTheLimit() throws IOException {
        ModelCodec codec = ModelCodec.builder()
                .limits(ReadLimits.DEFAULTS.withMaxDocumentSize(1_000))
                .build();
        Path file = Files.writeString(dir.resolve("big.yaml"), "framework: x\n" + "# filler\n".repeat(1_000));
        assertEquals(
                List.of(file + ":1:1: the document is larger than the limit of 1000 bytes"),
                formatted(codec.readSelfAssessment(file)));

        // A stream with no end: reading stops once it is past the limit.
        var endless = new java.io.InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return ' ';
            }
        };
        assertEquals(
                List.of("stdin:1:1: the document is larger than the limit of 1000 bytes"),
                formatted(codec.read(endless, "stdin", Format.YAML, SelfAssessment.class)));
        assertTrue(endless.served <= 1_001, "read " + endless.served + " bytes");
    }

    @Test
    void theDefaultDocumentLimitHoldsForAGeneratedHugeFile() {
        String huge = "framework: x\nnarrative: |\n" + "  lorem ipsum dolor sit amet\n".repeat(320_000);
        assertTrue(huge.length() > ReadLimits.DEFAULT_MAX_DOCUMENT_SIZE);
        assertEquals(
                List.of("sa.yaml:1:1: the document is larger than the limit of 8388608 characters"),
                yaml(ReadLimits.DEFAULTS, huge));
    }

    @Test
    void aTextValueLongerThanTheLimitIsAProblemInBothFormats() {
        String longName = "x".repeat(ReadLimits.DEFAULT_MAX_STRING_LENGTH + 1);
        assertEquals(
                List.of("sa.yaml:1:12: cannot read the document: a text value is longer than the limit"
                        + " of 1000000 characters"),
                yaml(ReadLimits.DEFAULTS, "framework: " + longName + "\n"));
        assertEquals(
                List.of(
                        "sa.json:1:2: framework: cannot read the document: a text value is longer than the limit of 1000000"
                                + " characters"),
                json(ReadLimits.DEFAULTS, "{\"framework\": \"" + longName + "\"}"));
        String atLimit = "x".repeat(10);
        assertEquals(
                List.of(),
                formatted(ModelCodec.builder()
                                .limits(ReadLimits.DEFAULTS.withMaxStringLength(10))
                                .build()
                                .read(
                                        "{\"framework\": \"" + atLimit + "\"}",
                                        "sa.json",
                                        Format.JSON,
                                        SelfAssessment.class))
                        .stream()
                        .filter(p -> p.contains("limit"))
                        .toList());
    }

    @Test
    void aFieldNameLongerThanTheLimitIsAProblemInBothFormats() {
        ReadLimits limits = ReadLimits.DEFAULTS.withMaxNameLength(10);
        assertEquals(
                List.of(
                        "sa.yaml:2:1: cannot read the document: a field name is longer than the limit of 10 characters"),
                yaml(limits, "framework: x\norganisation: {}\n"));
        assertEquals(
                List.of("sa.json:1:15: cannot read the document: a field name is longer than the limit of 10"
                        + " characters"),
                json(limits, "{\"framework\": \"x\", \"organisation\": {}}"));
    }

    @Test
    void aNumberLongerThanTheLimitIsAProblemInBothFormats() {
        ReadLimits limits = ReadLimits.DEFAULTS.withMaxNumberLength(20);
        String number = "1".repeat(30);
        assertEquals(
                List.of("sa.yaml:1:1: framework: cannot read the document: a number is longer than the limit of 20"
                        + " characters"),
                yaml(limits, "framework: " + number + "\n"));
        assertEquals(
                List.of("sa.json:1:15: cannot read the document: a number is longer than the limit of 20 characters"),
                json(limits, "{\"framework\": " + number + "}"));
    }

    @Test
    void nestingDeeperThanTheLimitIsAProblemInBothFormats() {
        ReadLimits limits = ReadLimits.DEFAULTS.withMaxNestingDepth(3);
        assertEquals(
                List.of("sa.yaml:3:13: organisation: cannot read the document: objects and lists are"
                        + " nested deeper than the limit of 3 levels"),
                yaml(limits, "organisation:\n  extra:\n    deeper: {x: 1}\n"));
        assertEquals(
                List.of("sa.json:1:34: organisation: cannot read the document: objects and lists are nested"
                        + " deeper than the limit of 3 levels"),
                json(limits, "{\"organisation\": {\"extra\": {\"x\": {}}}}"));
    }

    @Test
    void aDateOutsideTheConfiguredRangeIsAProblemThatNamesTheRange() {
        ReadLimits limits = ReadLimits.DEFAULTS.withDateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31));
        assertEquals(
                List.of("sa.yaml:6:9: period.from: '2019-12-31' is outside the range of plausible dates (2020-01-01"
                        + " to 2030-12-31); check the year"),
                yaml(limits, Documents.SMALL_YAML.replace("from: 2023-04-01", "from: 2019-12-31")).stream()
                        .filter(p -> p.contains("period"))
                        .toList());
        assertEquals(
                List.of(),
                yaml(limits, Documents.SMALL_YAML.replace("from: 2023-04-01", "from: 2020-01-01")).stream()
                        .filter(p -> p.contains("period"))
                        .toList());
    }

    @Test
    void limitsAreCheckedWhenMade() {
        assertEquals(
                "maxNestingDepth must be positive, not 0",
                assertThrows(IllegalArgumentException.class, () -> ReadLimits.DEFAULTS.withMaxNestingDepth(0))
                        .getMessage());
        assertEquals(
                "latestDate 2000-01-01 is before earliestDate 2001-01-01",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ReadLimits.DEFAULTS.withDateRange(
                                        LocalDate.of(2001, 1, 1), LocalDate.of(2000, 1, 1)))
                        .getMessage());
    }

    @Test
    void aDirectoryOrAMissingFileIsAProblemNotAnException() throws IOException {
        ModelCodec codec = ModelCodec.strict();
        assertEquals(List.of(dir + ": is a directory, not a file"), formatted(codec.readSelfAssessment(dir)));
        Path missing = dir.resolve("missing.yaml");
        assertEquals(List.of(missing + ": file not found"), formatted(codec.readSelfAssessment(missing)));
    }

    @Test
    void anInputStreamIsReadOnlyUpToTheLimit() {
        ModelCodec codec = ModelCodec.builder()
                .limits(ReadLimits.DEFAULTS.withMaxDocumentSize(10))
                .build();
        var in = new ByteArrayInputStream("framework: test-framework\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(
                List.of("in.yaml:1:1: the document is larger than the limit of 10 bytes"),
                formatted(codec.read(in, "in.yaml", Format.YAML, SelfAssessment.class)));
        assertEquals(26 - 11, in.available(), "one byte past the limit read, the rest left");
    }
}
