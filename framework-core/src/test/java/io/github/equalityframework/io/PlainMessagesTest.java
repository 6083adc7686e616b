package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.fixtures.Documents;
import io.github.equalityframework.fixtures.TestFramework;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Messages in the user's words: no parser's feature names or event dumps, the encoding named rightly,
 * characters that show nothing written out, and look-alike ids, mismatched tags and half characters
 * refused at their place.
 */
class PlainMessagesTest {
    private static final ModelCodec CODEC = ModelCodec.strict();
    private static final SelfAssessmentValidator VALIDATOR = new SelfAssessmentValidator(TestFramework.catalogue());

    private static List<String> read(String text, String source, Format format) {
        ReadResult<SelfAssessment> read = CODEC.read(text, source, format, SelfAssessment.class);
        return read.value().map(a -> read.place(VALIDATOR.validate(a))).orElse(read.problems()).stream()
                .map(ValidationProblem::format)
                .toList();
    }

    @Test
    void utf32IsNamedUtf32() {
        byte[] little = Documents.SMALL_JSON.getBytes(Charset.forName("UTF-32LE"));
        byte[] withMark = new byte[little.length + 4];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(little, 0, withMark, 4, little.length);

        assertEquals(
                List.of("sa.json:1:1: the file is UTF-32 text; save it as UTF-8"),
                CODEC.read(withMark, "sa.json", Format.JSON, SelfAssessment.class).problems().stream()
                        .map(ValidationProblem::format)
                        .toList());
    }

    @Test
    void aNonStandardJsonNumberIsNamedWithoutTheParsersFeature() {
        String json = Documents.SMALL_JSON.replace("\"We publish ward profiles.\"", "NaN");

        assertEquals(
                List.of("sa.json:15:23: claims[0]: cannot read the document: 'NaN' is not a number that JSON"
                        + " allows; write a number, or leave the field out"),
                read(json, "sa.json", Format.JSON));
    }

    @Test
    void aListAsAFieldNameIsSaidInWords() {
        String yaml = Documents.SMALL_YAML.replace("  name: Anytown Borough Council\n", "  ? [a, b]\n  : c\n");

        assertEquals(
                List.of("sa.yaml:2:6: organisation: cannot read the document: a field name must be plain text, not a"
                        + " list or an object"),
                read(yaml, "sa.yaml", Format.YAML));
    }

    @Test
    void anInvisibleCharacterInAnUnknownFieldIsWrittenOut() {
        String yaml = Documents.SMALL_YAML.replace("  name: Anytown", "  name\u200B: Anytown");

        List<String> problems = read(yaml, "sa.yaml", Format.YAML);

        assertTrue(
                problems.contains(
                        "sa.yaml:2:3: organisation.name\\u200B: unknown field 'name\\u200B'; did you mean 'name'?"),
                problems.toString());
    }

    @Test
    void aStrTagOnAListIsRefused() {
        String yaml = Documents.SMALL_YAML.replace("claims:\n", "claims: !!str\n");

        assertEquals(
                List.of("sa.yaml:8:9: cannot read the document: the YAML tag !!str does not fit the list it is"
                        + " on; remove the tag"),
                read(yaml, "sa.yaml", Format.YAML));
    }

    @Test
    void aLoneSurrogateIsRefusedAtItsValue() {
        String json = Documents.SMALL_JSON.replace("We publish ward profiles.", "half \\ud800 a character");

        assertEquals(
                List.of("sa.json:15:20: claims[0].narrative: a lone surrogate (U+D800) in a value: half of a character,"
                        + " which text cannot hold; write the whole character"),
                read(json, "sa.json", Format.JSON));
    }

    @Test
    void idsThatLookLikeOthersAreRefused() {
        String yaml = Documents.SMALL_YAML
                .replace("  - id: ev-1\n", "  - id: \"ev\u200B-1\"\n")
                .replace("  - id: ev-2\n", "  - id: \"\u0435v-2\"\n")
                .replace("[ev-1, ev-2]", "[\"ev\u200B-1\", \"\u0435v-2\"]");

        assertEquals(
                List.of(
                        "sa.yaml:14:9: evidence[0].id: the id 'ev\\u200B-1' holds an invisible character (U+200B); type"
                                + " the id again without it",
                        "sa.yaml:18:9: evidence[1].id: the id '\u0435v-2' mixes letters of Cyrillic and Latin scripts,"
                                + " which can look alike; type it again in one script"),
                read(yaml, "sa.yaml", Format.YAML));
    }
}
