package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/**
 * A value of millions of characters is refused with a located message that names the limit, and
 * reading stops near the limit instead of scanning the whole value: work is counted in characters
 * handed to the parser, not in time.
 */
class LongValueTest {
    private static final int FIVE_MB = 5_000_000;
    private static final ModelCodec CODEC = ModelCodec.strict();

    private static final String YAML_HEAD = """
            organisation:
              name: Anytown Borough Council
              gssCode: E07000123
            framework: test-framework
            period:
              from: 2023-04-01
              to: 2024-03-31
            claims:
              - criterion: m1/c1
                level: achieving
                narrative:\s""";

    private static final String JSON_HEAD = "{\"organisation\": {\"name\": \"Anytown Borough Council\", \"gssCode\":"
            + " \"E07000123\"}, \"framework\": \"test-framework\", \"claims\": [{\"criterion\": \"m1/c1\","
            + " \"narrative\": \"";

    @Test
    void aFiveMegabytePlainYamlValueIsRefusedAtItsField() {
        String yaml = YAML_HEAD + "a".repeat(FIVE_MB) + "\n";

        assertEquals(
                List.of("sa.yaml:11:5: claims[0].narrative: cannot read the document: a text value is longer than the"
                        + " limit of 1000000 characters"),
                problems(CODEC.read(yaml, "sa.yaml", Format.YAML, SelfAssessment.class)));
    }

    @Test
    void aFiveMegabyteQuotedOrBlockYamlValueIsRefusedToo() {
        String quoted = YAML_HEAD + "\"" + "b".repeat(FIVE_MB) + "\"\n";
        String block = YAML_HEAD + "|\n      " + "c ".repeat(FIVE_MB / 2) + "\n";

        String expected = "claims[0].narrative: cannot read the document: a text value is longer than the limit of"
                + " 1000000 characters";
        assertEquals(
                List.of("sa.yaml:11:5: " + expected),
                problems(CODEC.read(quoted, "sa.yaml", Format.YAML, SelfAssessment.class)));
        assertEquals(
                List.of("sa.yaml:11:5: " + expected),
                problems(CODEC.read(block, "sa.yaml", Format.YAML, SelfAssessment.class)));
    }

    @Test
    void aFiveMegabyteJsonStringIsRefusedAtItsField() {
        String json = JSON_HEAD + "d".repeat(FIVE_MB) + "\"}]}";

        assertEquals(
                List.of("sa.json:1:144: claims[0].narrative: cannot read the document: a text value is longer than the"
                        + " limit of 1000000 characters"),
                problems(CODEC.read(json, "sa.json", Format.JSON, SelfAssessment.class)));
    }

    @Test
    void yamlScanningStopsNearTheLimitInsteadOfReadingTheWholeValue() {
        String yaml = YAML_HEAD + "a".repeat(FIVE_MB) + "\n";
        Counting text = new Counting(yaml);

        assertThrows(
                JacksonException.class, () -> readAll(CODEC.mapper(Format.YAML).createParser(text)));
        // The bound: the longest value, as much again for escapes and indentation, a name, and the buffers
        // read before the last token and past the bound.
        long bound = 2L * 1_000_000 + 1_000 + 4L * SafeYamlFactory.BUFFER_SIZE;
        assertTrue(text.read <= bound, text.read + " characters read");
    }

    @Test
    void jsonScanningStopsAtTheLimit() {
        String json = JSON_HEAD + "d".repeat(FIVE_MB) + "\"}]}";
        Counting text = new Counting(json);

        assertThrows(
                JacksonException.class, () -> readAll(CODEC.mapper(Format.JSON).createParser(text)));
        assertTrue(text.read <= 1_000_000 + 64 * 1024, text.read + " characters read");
    }

    @Test
    void aValueJustUnderTheLimitIsStillRead() {
        String yaml = YAML_HEAD + "e".repeat(999_999) + "\n";

        ReadResult<SelfAssessment> read = CODEC.read(yaml, "sa.yaml", Format.YAML, SelfAssessment.class);

        assertEquals(List.of(), problems(read));
        assertEquals(
                999_999, read.value().orElseThrow().claims().get(0).narrative().length());
    }

    @Test
    void aHugeYamlCommentIsStoppedToo() {
        String yaml = "# " + "f".repeat(FIVE_MB) + "\n" + YAML_HEAD + "short\n";

        assertEquals(
                List.of("sa.yaml:1:1: cannot read the document: a text value is longer than the limit of 1000000"
                        + " characters"),
                problems(CODEC.read(yaml, "sa.yaml", Format.YAML, SelfAssessment.class)));
    }

    private static void readAll(JsonParser parser) {
        try (parser) {
            while (parser.nextToken() != null) {
                parser.getString();
            }
        }
    }

    private static List<String> problems(ReadResult<?> read) {
        return read.problems().stream().map(ValidationProblem::format).toList();
    }

    /** Text that counts the characters a parser takes from it. */
    private static final class Counting extends Reader {
        private final Reader in;
        long read;

        Counting(String text) {
            this.in = new StringReader(text);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws java.io.IOException {
            int n = in.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }

        @Override
        public void close() {}
    }
}
