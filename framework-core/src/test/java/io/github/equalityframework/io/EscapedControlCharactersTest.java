package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.fixtures.Documents;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Control characters written as escapes are refused at their value, as raw ones are refused at their
 * place, so that none reaches a terminal, a report or a file's header; carriage returns become newlines.
 */
class EscapedControlCharactersTest {
    private static final ModelCodec CODEC = ModelCodec.strict();

    private static List<String> yaml(String text) {
        return CODEC.read(text, "sa.yaml", Format.YAML, SelfAssessment.class).problems().stream()
                .map(ValidationProblem::format)
                .toList();
    }

    private static List<String> json(String text) {
        return CODEC.read(text, "sa.json", Format.JSON, SelfAssessment.class).problems().stream()
                .map(ValidationProblem::format)
                .toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\\e[2J|001B",
                "\\x1b]0;title\\x07|001B",
                "nul \\0 here|0000",
                "bell \\a|0007",
                "\\x7f|007F",
                "next \\N line|0085",
                "c1 \\x9b|009B"
            })
    void anEscapedControlInAYamlValueIsRefusedAtTheValue(String escape, String code) {
        String text = Documents.SMALL_YAML.replace("We publish ward profiles.", "\"" + escape + "\"");

        assertEquals(
                List.of("sa.yaml:11:16: claims[0].narrative: control character U+" + code
                        + " in a value; only tab and newline are allowed"),
                yaml(text));
    }

    @Test
    void anEscapedControlInAJsonValueOrListIsRefusedAtTheValue() {
        String text = Documents.SMALL_JSON
                .replace("We publish ward profiles.", "\\u001b[31mfake all checks passed")
                .replace("[\"ev-1\", \"ev-2\"]", "[\"ev-1\", \"ev-2\\u0007\"]");

        assertEquals(
                List.of(
                        "sa.json:15:20: claims[0].narrative: control character U+001B in a value; only tab and newline"
                                + " are allowed",
                        "sa.json:16:28: claims[0].evidence[1]: control character U+0007 in a value; only tab and"
                                + " newline are allowed"),
                json(text));
    }

    @Test
    void theValueReadKeepsTheControlWrittenOutSoThatNothingPrintsItRaw() {
        String text = Documents.SMALL_YAML.replace("We publish ward profiles.", "\"a\\eb\"");

        SelfAssessment read = CODEC.read(text, "sa.yaml", Format.YAML, SelfAssessment.class)
                .value()
                .orElseThrow();

        assertEquals("a\\u001Bb", read.claims().get(0).narrative());
    }

    @Test
    void carriageReturnsInAValueBecomeNewlines() {
        String text = Documents.SMALL_JSON.replace("We publish ward profiles.", "one\\r\\ntwo\\rthree\\n\\tfour");

        ReadResult<SelfAssessment> read = CODEC.read(text, "sa.json", Format.JSON, SelfAssessment.class);

        assertEquals(List.of(), read.problems());
        assertEquals(
                "one\ntwo\nthree\n\tfour",
                read.value().orElseThrow().claims().get(0).narrative());
    }

    @Test
    void aRawC1ControlIsReportedWhereItIs() {
        String text = Documents.SMALL_YAML.replace("Ward profiles", "Ward\u009bprofiles");

        assertEquals(
                List.of("sa.yaml:19:16: the file holds a control character (U+009B) that text never does; it may be"
                        + " binary, or text saved in another encoding such as Windows-1252"),
                yaml(text));
    }
}
