package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.ExampleData;
import io.github.equalityframework.model.SelfAssessment;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * YAML's less common features in a council's file, as people and tools write them (tags, anchors and merge keys,
 * flow style, several documents, a byte order mark, Windows line ends, odd scalars): whatever the binder does with
 * them, the codec's answer (value and problems, strict and lenient) is the mapper's own. Anchors, merge keys, a
 * second document, escapes, binary and numbers where text is expected are left to the mapper.
 */
class RecordBinderYamlFeaturesTest {
    private static final List<ModelCodec> CODECS =
            List.of(ModelCodec.strict(), ModelCodec.builder().lenient(true).build());

    static Stream<Arguments> edits() {
        return Stream.of(
                edit("a tag on text", BINDS, t -> t.replace("  name: Anytown", "  name: !!str Anytown")),
                edit(
                        "a tag making a number text",
                        BINDS,
                        t -> t.replace("  gssCode: E07000999", "  gssCode: !!str 123")),
                edit(
                        "an anchor and its alias",
                        FALLS_BACK,
                        t -> t.replace("  from: 2023-04-01\n  to: 2024-03-31", "  from: &d 2023-04-01\n  to: *d")),
                edit(
                        "a merge key",
                        FALLS_BACK,
                        t -> t.replace(
                                "organisation:\n  name: Anytown Borough Council\n",
                                "base: &o\n  name: Anytown Borough Council\norganisation:\n  <<: *o\n")),
                edit(
                        "flow style",
                        BINDS,
                        t -> t.replace(
                                "period:\n  from: 2023-04-01\n  to: 2024-03-31",
                                "period: {from: 2023-04-01, to: 2024-03-31}")),
                edit("a quoted date", BINDS, t -> t.replace("  from: 2023-04-01", "  from: '2023-04-01'")),
                edit(
                        "a date with a time",
                        FALLS_BACK,
                        t -> t.replace("  from: 2023-04-01", "  from: 2023-04-01T00:00:00")),
                edit("a second document", FALLS_BACK, t -> t + "\n---\nframework: x\n"),
                edit("a document end marker", BINDS, t -> t + "\n...\n"),
                edit(
                        "escapes in double quotes",
                        FALLS_BACK,
                        t -> t.replace("  name: Anytown Borough Council", "  name: \"Anytown \\u00e9 \\0 Council\"")),
                edit(
                        "a binary tag",
                        FALLS_BACK,
                        t -> t.replace("  gssCode: E07000999", "  gssCode: !!binary RTA3MDAwOTk5")),
                edit(
                        "a complex key",
                        BINDS,
                        t -> t.replace("framework: lga-eflg-2021", "? framework\n: lga-eflg-2021")),
                edit(
                        "a number as a key",
                        FALLS_BACK,
                        t -> t.replace("framework: lga-eflg-2021", "framework: lga-eflg-2021\n1: x")),
                edit(
                        "yes, a hex and an octal-looking number as text",
                        FALLS_BACK,
                        t -> t.replace("  gssCode: E07000999", "  gssCode: yes")
                                .replace("framework: lga-eflg-2021", "framework: 0x1F")
                                .replace("  to: 2024-03-31", "  to: 0777")),
                edit("a byte order mark", BINDS, t -> "\uFEFF" + t),
                edit("Windows line ends", BINDS, t -> t.replace("\n", "\r\n")),
                edit("a tab in a flow list", BINDS, t -> t.replace("[age, disability", "[age,\tdisability")),
                edit(
                        "a level in capitals, title case and with a space",
                        BINDS,
                        t -> t.replaceFirst("level: excellent", "level: EXCELLENT")
                                .replaceFirst("level: achieving", "level: Achieving")
                                .replaceFirst("level: developing", "level: 'developing '")),
                edit(
                        "JSON written as YAML",
                        BINDS,
                        t -> "{\"organisation\": {\"name\": \"A\"}, \"framework\": \"lga-eflg-2021\"}"));
    }

    private static final boolean BINDS = true;
    private static final boolean FALLS_BACK = false;

    private static Arguments edit(String name, boolean binds, UnaryOperator<String> edit) {
        return Arguments.of(name, binds, edit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void theAnswerIsTheMappersOwn(String name, boolean binds, UnaryOperator<String> edit) throws IOException {
        String text = edit.apply(Files.readString(ExampleData.yamlFiles().stream()
                .filter(f -> f.getFileName().toString().equals("anytown-2024.yaml"))
                .findFirst()
                .orElseThrow()));
        for (ModelCodec codec : CODECS) {
            ReadResult<SelfAssessment> read = codec.read(text, "anytown.yaml", null, SelfAssessment.class);
            ReadResult<SelfAssessment> mapper = codec.readWithMapper(text, "anytown.yaml", null, SelfAssessment.class);
            assertEquals(mapper.value(), read.value(), name);
            assertEquals(mapper.problems(), read.problems(), name);
        }
        boolean bound;
        try {
            ModelCodec.strict().bound(Format.YAML, SelfAssessment.class, text.replace("\uFEFF", ""), null);
            bound = true;
        } catch (RuntimeException fellBack) {
            bound = false;
        }
        // Pinned, so that the comparison above is known to cover the binder as well as the fallback.
        assertEquals(binds, bound, name + (binds ? ": bound" : ": read by the mapper"));
    }
}
