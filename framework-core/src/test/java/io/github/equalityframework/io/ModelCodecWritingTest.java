package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.fixtures.Documents;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing is deterministic and tidy: fixed layout, model field order, empty values left out. */
class ModelCodecWritingTest {
    private final ModelCodec codec = ModelCodec.strict();

    @TempDir
    Path dir;

    private SelfAssessment small() {
        return codec.read(Documents.SMALL_YAML, "small.yaml", Format.YAML, SelfAssessment.class)
                .value()
                .orElseThrow();
    }

    private static SelfAssessment withText(String text) {
        return new SelfAssessment(
                new Organisation(text, null),
                "test-framework",
                new AssessmentPeriod(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)),
                null,
                null,
                List.of(new Claim("m1/c1", "achieving", text, List.of(text))),
                null,
                null,
                null);
    }

    @Test
    void writesJsonWithTwoSpaceIndentKeyColonSpaceAndLineFeeds() {
        assertEquals("""
                {
                  "organisation": {
                    "name": "Anytown Borough Council",
                    "gssCode": "E07000123"
                  },
                  "framework": "test-framework",
                  "period": {
                    "from": "2023-04-01",
                    "to": "2024-03-31"
                  },
                  "claims": [
                    {
                      "criterion": "m1/c1",
                      "level": "achieving",
                      "narrative": "We publish ward profiles.",
                      "evidence": [
                        "ev-1",
                        "ev-2"
                      ]
                    }
                  ],
                  "evidence": [
                    {
                      "id": "ev-1",
                      "title": "Equality policy",
                      "kind": "policy",
                      "date": "2023-05-01"
                    },
                    {
                      "id": "ev-2",
                      "title": "Ward profiles",
                      "kind": "equality-data",
                      "date": "2023-06-30",
                      "characteristics": [
                        "age",
                        "race"
                      ]
                    }
                  ]
                }
                """, codec.write(small(), Format.JSON));
    }

    @Test
    void writesYamlInBlockStyleWithoutADocumentMarker() {
        assertEquals("""
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
                    narrative: We publish ward profiles.
                    evidence:
                      - ev-1
                      - ev-2
                evidence:
                  - id: ev-1
                    title: Equality policy
                    kind: policy
                    date: 2023-05-01
                  - id: ev-2
                    title: Ward profiles
                    kind: equality-data
                    date: 2023-06-30
                    characteristics:
                      - age
                      - race
                """, codec.write(small(), Format.YAML));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JSON", "YAML"})
    void writesTheSameBytesForEqualModels(Format format) {
        SelfAssessment one = small();
        SelfAssessment other = codec.read(Documents.SMALL_JSON, "small.json", Format.JSON, SelfAssessment.class)
                .value()
                .orElseThrow();

        String first = codec.write(one, format);

        assertEquals(first, codec.write(one, format));
        assertEquals(first, codec.write(other, format));
        assertEquals(first, ModelCodec.builder().lenient(true).build().write(one, format));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JSON", "YAML"})
    void endsWithExactlyOneNewlineAndUsesNoCarriageReturns(Format format) {
        String text = codec.write(withText("line one\r\nline two"), format);

        assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), text);
        assertFalse(text.contains("\r"), "a carriage return in text is escaped, never written raw:\n" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JSON", "YAML"})
    void leavesOutNullsEmptyListsAndTheDefaultScope(Format format) {
        SelfAssessment bare = new SelfAssessment(
                new Organisation("Anytown", null),
                "test-framework",
                new AssessmentPeriod(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)),
                Scope.ALL,
                List.of(),
                List.of(new Claim("m1/c1", "achieving", null, List.of())),
                null,
                null,
                null);

        String text = codec.write(bare, format);

        for (String absent : List.of(
                "gssCode",
                "scope",
                "localCharacteristics",
                "narrative",
                "evidence",
                "peerReview",
                "actionPlan",
                "null",
                "[]",
                "{}",
                "{ }")) {
            assertFalse(text.contains(absent), absent + " should be left out of:\n" + text);
        }
    }

    @Test
    void writesAScopeThatListsSomething() {
        SelfAssessment scoped = new SelfAssessment(
                new Organisation("Anytown", null),
                "test-framework",
                new AssessmentPeriod(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)),
                new Scope(List.of("race"), List.of()),
                null,
                null,
                null,
                new PeerReview(
                        null, LocalDate.of(2024, 5, 1), null, new Scope(List.of(), List.of("m1")), null, null, null),
                null);

        String text = codec.write(scoped, Format.YAML);

        assertTrue(text.contains("scope:\n  characteristics:\n    - race\n"), text);
        assertTrue(text.contains("peerReview:\n  visitFrom: 2024-05-01\n  scope:\n    modules:\n      - m1\n"), text);
    }

    @Test
    void writesEnumsInLowerCaseAndDatesAsIsoDates() {
        String yaml = Documents.SMALL_YAML + """
                actionPlan:
                  agreedOn: 2024-07-01
                  entries:
                    - recommendation: R1
                      response: different_approach
                      actions:
                        - id: A1
                          description: Publish ward profiles
                          lead: Head of Policy
                          due: 2024-09-30
                          status: on_track
                """;
        SelfAssessment read = codec.read(yaml, "plan.yaml", Format.YAML, SelfAssessment.class)
                .value()
                .orElseThrow();

        String json = codec.write(read, Format.JSON);

        assertTrue(json.contains("\"response\": \"different_approach\""), json);
        assertTrue(json.contains("\"status\": \"on_track\""), json);
        assertTrue(json.contains("\"agreedOn\": \"2024-07-01\""), json);
        assertTrue(codec.write(read, Format.YAML).endsWith("""
                actionPlan:
                  agreedOn: 2024-07-01
                  entries:
                    - recommendation: R1
                      response: different_approach
                      actions:
                        - id: A1
                          description: Publish ward profiles
                          lead: Head of Policy
                          due: 2024-09-30
                          status: on_track
                """));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "yes",
                "no",
                "Yes",
                "NO",
                "on",
                "off",
                "true",
                "False",
                "null",
                "Null",
                "~",
                "2021",
                "0012",
                "1e3",
                "0x1F",
                ".inf",
                "-.5",
                "2024-01-01",
                "#comment",
                "a #b",
                "key: value",
                "- item",
                "[x]",
                "{y}",
                "*ref",
                "&anchor",
                "!tag",
                "%directive",
                "@at",
                "`tick",
                "'single'",
                "\"double\"",
                "> folded",
                "| literal",
                "?",
                ":",
                "-",
                "---",
                "...",
                " leading space",
                "trailing space ",
                "tab\tinside",
                "caf\u00e9 \u0175 \u2603 \ud83d\ude00"
            })
    void yamlQuotesTextThatWouldOtherwiseReadAsSomethingElse(String text) {
        SelfAssessment model = withText(text);

        String yaml = codec.write(model, Format.YAML);
        ReadResult<SelfAssessment> back = codec.read(yaml, "quoted.yaml", Format.YAML, SelfAssessment.class);

        assertEquals(List.of(), back.problems(), yaml);
        assertEquals(model, back.value().orElseThrow(), yaml);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "first line\nsecond line",
                "ends with a newline\n",
                "blank\n\nline",
                "  indented first line\nsecond",
                "a\u2028line separator"
            })
    void multiLineTextAndUnusualLineBreaksSurviveBothFormats(String text) {
        SelfAssessment model = withText(text);

        for (Format format : Format.values()) {
            String written = codec.write(model, format);
            ReadResult<SelfAssessment> back = codec.read(written, "lines", format, SelfAssessment.class);

            assertEquals(List.of(), back.problems(), written);
            assertEquals(model, back.value().orElseThrow(), format + ":\n" + written);
            assertEquals(written, codec.write(back.value().orElseThrow(), format));
        }
    }

    @Test
    void writesMultiLineYamlTextAsALiteralBlock() {
        String yaml = codec.write(withText("first line\nsecond line"), Format.YAML);

        assertTrue(yaml.contains("    narrative: |-\n      first line\n      second line\n"), yaml);
    }

    @Test
    void writesAFileInTheFormatItsExtensionNames() throws IOException {
        Path json = dir.resolve("out/assessment.json");
        Path yaml = dir.resolve("assessment.yml");

        codec.write(small(), json);
        codec.write(small(), yaml);

        assertEquals(codec.write(small(), Format.JSON), Files.readString(json, StandardCharsets.UTF_8));
        assertEquals(codec.write(small(), Format.YAML), Files.readString(yaml, StandardCharsets.UTF_8));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(
                    List.of("assessment.yml", "out"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary files are left behind");
        }
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path file = dir.resolve("assessment.yaml");
        Files.writeString(file, "old content that is much longer than the new content ".repeat(200));

        codec.write(small(), file);

        assertEquals(codec.write(small(), Format.YAML), Files.readString(file));
    }

    @Test
    void refusesAFileNameThatNamesNoFormat() {
        Path file = dir.resolve("assessment.txt");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.write(small(), file));

        assertEquals("cannot tell the format of " + file + " from its name; use .json, .yaml or .yml", e.getMessage());
        assertFalse(Files.exists(file));
    }
}
