package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.fixtures.Documents;
import io.github.equalityframework.fixtures.Positions;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.Organisation;
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

/** Reading valid documents: both formats, format detection, encodings and files. */
class ModelCodecReadingTest {
    private static final SelfAssessment SMALL = new SelfAssessment(
            new Organisation("Anytown Borough Council", "E07000123"),
            "test-framework",
            new AssessmentPeriod(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)),
            null,
            null,
            List.of(new Claim("m1/c1", "achieving", "We publish ward profiles.", List.of("ev-1", "ev-2"))),
            List.of(
                    new EvidenceItem("ev-1", "Equality policy", "policy", LocalDate.of(2023, 5, 1), null, null, null),
                    new EvidenceItem(
                            "ev-2",
                            "Ward profiles",
                            "equality-data",
                            LocalDate.of(2023, 6, 30),
                            null,
                            List.of("age", "race"),
                            null)),
            null,
            null);

    private final ModelCodec codec = ModelCodec.strict();

    @TempDir
    Path dir;

    private static List<String> formatted(ReadResult<?> result) {
        return result.problems().stream().map(ValidationProblem::format).toList();
    }

    private static SelfAssessment cleanValue(ReadResult<SelfAssessment> read) {
        assertEquals(List.of(), formatted(read));
        assertTrue(read.isClean());
        return read.value().orElseThrow();
    }

    @Test
    void readsASmallSelfAssessmentFromYaml() {
        assertEquals(
                SMALL, cleanValue(codec.read(Documents.SMALL_YAML, "small.yaml", Format.YAML, SelfAssessment.class)));
    }

    @Test
    void readsTheSameSelfAssessmentFromJson() {
        assertEquals(
                SMALL, cleanValue(codec.read(Documents.SMALL_JSON, "small.json", Format.JSON, SelfAssessment.class)));
    }

    @Test
    void readsEnumValuesInAnyCase() {
        String yaml = Documents.SMALL_YAML + """
                actionPlan:
                  entries:
                    - recommendation: Publish more data
                      response: Different_Approach
                """;

        SelfAssessment read = cleanValue(codec.read(yaml, "plan.yaml", Format.YAML, SelfAssessment.class));

        assertEquals(
                "DIFFERENT_APPROACH",
                read.actionPlan().entries().get(0).response().name());
    }

    @Test
    void choosesTheFormatByTheFileExtension() throws IOException {
        // JSON is a subset of YAML, so a .yaml file with JSON content reads too; the extension picks the reader.
        for (String name : List.of("a.json", "b.yaml", "c.yml", "D.JSON", "e.YML")) {
            Path file = dir.resolve(name);
            Files.writeString(file, name.toLowerCase().endsWith(".json") ? Documents.SMALL_JSON : Documents.SMALL_YAML);

            assertEquals(SMALL, cleanValue(codec.readSelfAssessment(file)), name);
        }
    }

    @Test
    void aYamlFileWithAJsonExtensionIsReadAsJson() throws IOException {
        Path file = dir.resolve("really-yaml.json");
        Files.writeString(file, Documents.SMALL_YAML);

        ReadResult<SelfAssessment> read = codec.readSelfAssessment(file);

        assertEquals(1, read.problems().size());
        assertTrue(
                read.problems()
                        .get(0)
                        .message()
                        .startsWith("cannot read the document: Unrecognized token 'organisation'"),
                read.problems().get(0).message());
    }

    @Test
    void choosesTheFormatByTheContentWhenTheFileNameHasNoKnownExtension() throws IOException {
        Path json = dir.resolve("assessment-json.txt");
        Path yaml = dir.resolve("assessment-yaml");
        Files.writeString(json, "\n  " + Documents.SMALL_JSON);
        Files.writeString(yaml, Documents.SMALL_YAML);

        assertEquals(SMALL, cleanValue(codec.readSelfAssessment(json)));
        assertEquals(SMALL, cleanValue(codec.readSelfAssessment(yaml)));
    }

    @Test
    void detectsJsonByItsFirstSignificantCharacter() {
        assertEquals(Format.JSON, Format.detect("{}"));
        assertEquals(Format.JSON, Format.detect(" \n\t[1]"));
        assertEquals(Format.JSON, Format.detect("\uFEFF{\"a\": 1}"));
        assertEquals(Format.YAML, Format.detect("a: {b: 1}"));
        assertEquals(Format.YAML, Format.detect("# {not json}\na: 1"));
        assertEquals(Format.YAML, Format.detect(""));
    }

    @Test
    void aNullFormatIsDetectedFromTheContent() {
        assertEquals(SMALL, cleanValue(codec.read(Documents.SMALL_JSON, "in", null, SelfAssessment.class)));
        assertEquals(SMALL, cleanValue(codec.read(Documents.SMALL_YAML, "in", null, SelfAssessment.class)));
    }

    @Test
    void namesTheFormatOfAFileByItsExtensionOnly() {
        assertEquals(Format.JSON, Format.fromFileName(Path.of("x", "a.json")).orElseThrow());
        assertEquals(Format.YAML, Format.fromFileName(Path.of("a.Yaml")).orElseThrow());
        assertTrue(Format.fromFileName(Path.of("a.json.txt")).isEmpty());
        assertTrue(Format.fromFileName(Path.of("json")).isEmpty());
    }

    @Test
    void readsAUtf8FileThatStartsWithAByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (String text : List.of(Documents.SMALL_YAML, Documents.SMALL_JSON)) {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, bytes, 0, bom.length);
            System.arraycopy(body, 0, bytes, bom.length, body.length);

            assertEquals(SMALL, cleanValue(codec.read(bytes, "bom", null, SelfAssessment.class)));
        }
    }

    @Test
    void byteOrderMarkDoesNotShiftTheColumnsOfTheFirstLine() {
        ReadResult<SelfAssessment> read = codec.read(
                "\uFEFForganisation: {name: A}\nframewrk: x\n", "bom.yaml", Format.YAML, SelfAssessment.class);

        assertTrue(
                formatted(read).contains("bom.yaml:2:1: framewrk: unknown field 'framewrk'; did you mean 'framework'?"),
                formatted(read).toString());
        assertEquals(
                "1:22",
                read.locate("organisation.name").line() + ":"
                        + read.locate("organisation.name").column());
    }

    @Test
    void aUtf16FileIsRejectedWithAdviceToSaveItAsUtf8() {
        // The byte-order mark, then text (UTF-32's little-endian mark is UTF-16's followed by two zero bytes).
        for (String charset : List.of("UTF-16BE", "UTF-16LE")) {
            byte[] bytes = "\uFEFFa: b".getBytes(java.nio.charset.Charset.forName(charset));

            ReadResult<SelfAssessment> read = codec.read(bytes, "utf16.yaml", null, SelfAssessment.class);

            assertTrue(read.value().isEmpty());
            assertEquals(List.of("utf16.yaml:1:1: the file is UTF-16 text; save it as UTF-8"), formatted(read));
        }
    }

    @Test
    void invalidUtf8IsReportedAtTheFirstBadByte() {
        // "café" saved as Latin-1: the é is the single byte 0xE9.
        byte[] bytes = "organisation:\n  name: Caf\u00e9 Council\n".getBytes(StandardCharsets.ISO_8859_1);

        ReadResult<SelfAssessment> read = codec.read(bytes, "latin1.yaml", Format.YAML, SelfAssessment.class);

        assertTrue(read.value().isEmpty());
        assertEquals(
                List.of("latin1.yaml:2:12: the file is not valid UTF-8 text (byte 0xE9); save it as UTF-8"),
                formatted(read));
    }

    @Test
    void readsYamlWithAnEmojiWhereverItFalls() {
        // SnakeYAML reads in chunks of 1,024 characters and failed when one ended inside a surrogate pair.
        int before = Documents.SMALL_YAML.indexOf("We publish ward profiles.");
        for (int at : List.of(1020, 1021, 1022, 1023, 1024, 1025, 1026, 2046, 2047, 2048, 2049, 4096)) {
            String narrative = "x".repeat(at - before) + "\ud83d\ude00 thanks to residents";
            String yaml = Documents.SMALL_YAML.replace("We publish ward profiles.", narrative);

            ReadResult<SelfAssessment> read = codec.read(yaml, "emoji.yaml", Format.YAML, SelfAssessment.class);

            assertEquals(narrative, cleanValue(read).claims().get(0).narrative(), "emoji at " + at);
            assertEquals(
                    Positions.of(yaml, "xxx"),
                    read.locate("claims[0].narrative").line() + ":"
                            + read.locate("claims[0].narrative").column());
        }
    }

    @Test
    void readsFromAStream() {
        ReadResult<SelfAssessment> read = codec.read(
                new ByteArrayInputStream(Documents.SMALL_YAML.getBytes(StandardCharsets.UTF_8)),
                "stream",
                Format.YAML,
                SelfAssessment.class);

        assertEquals(SMALL, cleanValue(read));
    }

    @Test
    void aMissingFileIsAProblemNotAnException() {
        Path missing = dir.resolve("missing.yaml");

        ReadResult<SelfAssessment> read = codec.readSelfAssessment(missing);

        assertTrue(read.value().isEmpty());
        assertEquals(List.of(missing + ": file not found"), formatted(read));
    }

    @Test
    void anEmptyFileIsAProblemAtItsStart() throws IOException {
        for (String content : List.of("", "  \n\n", "\uFEFF")) {
            Path file = dir.resolve("empty.yaml");
            Files.writeString(file, content);

            ReadResult<SelfAssessment> read = codec.readSelfAssessment(file);

            assertTrue(read.value().isEmpty());
            assertEquals(List.of(file + ":1:1: the file is empty"), formatted(read));
        }
    }

    @Test
    void aDocumentThatIsNullIsAProblem() {
        ReadResult<SelfAssessment> read = codec.read("null\n", "null.json", Format.JSON, SelfAssessment.class);

        assertTrue(read.value().isEmpty());
        assertEquals(List.of("null.json:1:1: the document is empty (null)"), formatted(read));
    }
}
