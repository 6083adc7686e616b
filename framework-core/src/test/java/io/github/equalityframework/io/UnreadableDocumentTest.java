package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What users see for documents that cannot be read at all. */
class UnreadableDocumentTest {
    private final ModelCodec codec = ModelCodec.strict();

    private List<String> problems(String text, String source, Format format) {
        ReadResult<SelfAssessment> read = codec.read(text, source, format, SelfAssessment.class);
        assertTrue(read.value().isEmpty(), "nothing is read from an unreadable document");
        return read.problems().stream().map(ValidationProblem::format).toList();
    }

    @Test
    void badYamlIndentationSaysWhatWasFoundAndWhereTheMappingStarted() {
        String yaml = "organisation:\n  name: Anytown\n framework: x\n";

        assertEquals(
                List.of("bad.yaml:3:2: cannot read the document: expected <block end>, but found"
                        + " '<block mapping start>' (while parsing a block mapping that starts at line 1, column 1)"),
                problems(yaml, "bad.yaml", Format.YAML));
    }

    @Test
    void unclosedYamlQuoteNamesWhereTheQuoteStarted() {
        String yaml = "organisation:\n  name: \"Anytown\nframework: x\n";

        assertEquals(
                List.of("bad.yaml:4:1: organisation: cannot read the document: found unexpected end of stream"
                        + " (while scanning a quoted scalar that starts at line 2, column 9)"),
                problems(yaml, "bad.yaml", Format.YAML));
    }

    @Test
    void yamlTabIndentationIsReportedAtTheTab() {
        String yaml = "framework: x\n\tperiod: y\n";

        assertEquals(
                List.of("bad.yaml:2:1: cannot read the document: found character '\\t(TAB)' that cannot start"
                        + " any token. (Do not use \\t(TAB) for indentation)"),
                problems(yaml, "bad.yaml", Format.YAML));
    }

    @Test
    void unclosedJsonObjectIsReportedWithoutJacksonsRedactedSourceNoise() {
        assertEquals(
                List.of("bad.json:2:19: cannot read the document: Unexpected end-of-input:"
                        + " expected close marker for Object"),
                problems("{\n  \"framework\": \"x\"", "bad.json", Format.JSON));
    }

    @Test
    void duplicateYamlKeyNamesTheFieldAndItsPath() {
        String yaml = "organisation:\n  name: Anytown\n  name: Othertown\n";

        assertEquals(
                List.of(
                        "dup.yaml:3:7: organisation.name: duplicate field 'name'; a field may appear only once in an object"),
                problems(yaml, "dup.yaml", Format.YAML));
    }

    @Test
    void duplicateJsonKeyNamesTheFieldAndItsPath() {
        String json = "{\n  \"framework\": \"a\",\n  \"framework\": \"b\"\n}";

        assertEquals(
                List.of(
                        "dup.json:3:14: framework: duplicate field 'framework'; a field may appear only once in an object"),
                problems(json, "dup.json", Format.JSON));
    }

    @Test
    void documentThatIsAListIsReportedOnceWithoutAlsoCallingItEmpty() {
        assertEquals(
                List.of("list.json:1:1: expected an object (SelfAssessment) but found a list"),
                problems("[1, 2]", "list.json", Format.JSON));
        assertEquals(
                List.of("text.yaml:1:1: expected an object (SelfAssessment) but found a text value"),
                problems("just some words", "text.yaml", Format.YAML));
    }
}
