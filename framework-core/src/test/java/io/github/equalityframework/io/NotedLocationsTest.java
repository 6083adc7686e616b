package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.ExampleData;
import io.github.equalityframework.fixtures.Documents;
import io.github.equalityframework.fixtures.SelfAssessments;
import io.github.equalityframework.model.SelfAssessment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Problems are placed from the tokens noted while a document was read, without parsing it again; that
 * index answers as the one a second parse builds, for every value and field name in the document, for
 * paths below them and for paths that are not there.
 */
class NotedLocationsTest {
    private final ModelCodec codec = ModelCodec.strict();
    private final ModelCodec lenient = ModelCodec.builder().lenient(true).build();

    @Provide
    Arbitrary<SelfAssessment> assessments() {
        return SelfAssessments.valid();
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void notedIndexIsTheScannedIndexInBothFormats(@ForAll("assessments") SelfAssessment assessment) {
        for (Format format : Format.values()) {
            assertSameIndex(codec, false, codec.write(assessment, format), format);
        }
    }

    @Test
    void notedIndexIsTheScannedIndexForTheExamples() throws IOException {
        for (Path file : ExampleData.yamlFiles()) {
            assertSameIndex(codec, false, Files.readString(file), Format.YAML);
        }
        assertSameIndex(codec, false, Documents.SMALL_YAML, Format.YAML);
        assertSameIndex(codec, false, Documents.SMALL_JSON, Format.JSON);
    }

    @Test
    void unknownFieldsSkippedByALenientReadAreNotedToo() {
        String yaml = Documents.SMALL_YAML.replace("framework: test-framework\n", """
                framework: test-framework
                future:
                  nested: {a: [1, 2, {b: c}], d: e}
                  list:
                    - x: 1
                    - [y, z]
                """);

        assertTrue(
                lenient.read(yaml, "a.yaml", Format.YAML, SelfAssessment.class).isClean());
        assertSameIndex(lenient, true, yaml, Format.YAML);
    }

    @Test
    void documentThatStopsEarlyLeavesNoNotes() {
        ObjectMapperRun run = ObjectMapperRun.of(codec, false, "organisation: [\n", Format.YAML);

        assertFalse(run.ended);
    }

    private static void assertSameIndex(ModelCodec codec, boolean lenient, String text, Format format) {
        ObjectMapperRun run = ObjectMapperRun.of(codec, lenient, text, format);
        assertTrue(run.ended, "read to the end");
        LocationIndex scanned = LocationIndex.scan(codec.mapper(format), text, "doc");
        assertFalse(scanned.valuePaths().isEmpty());
        for (String path : scanned.valuePaths()) {
            assertEquals(scanned.valueAt(path), run.replayed.valueAt(path), path);
            assertEquals(scanned.locate(path + ".unknown[2]"), run.replayed.locate(path + ".unknown[2]"), path);
        }
        for (String path : scanned.fieldNamePaths()) {
            assertEquals(scanned.fieldNameAt(path), run.replayed.fieldNameAt(path), path);
            assertEquals(scanned.locateField(path), run.replayed.locateField(path), path);
        }
        for (String absent : new String[] {"nothing", "claims[999]", ".claims", "claims.", "[0]", "evidence[0]x"}) {
            assertEquals(scanned.valueAt(absent), run.replayed.valueAt(absent), absent);
            assertEquals(scanned.locate(absent), run.replayed.locate(absent), absent);
            assertEquals(scanned.locateField(absent), run.replayed.locateField(absent), absent);
        }
    }

    /** A read through a recording parser, as the codec does it. */
    private record ObjectMapperRun(boolean ended, LocationIndex replayed) {
        static ObjectMapperRun of(ModelCodec codec, boolean lenient, String text, Format format) {
            var mapper = codec.mapper(format);
            try (RecordingParser parser = new RecordingParser(mapper.createParser(new WholeCodePointReader(text)))) {
                try {
                    mapper.readerFor(SelfAssessment.class)
                            .withHandler(new ProblemCollector("doc", lenient))
                            .readValue(parser);
                    parser.nextToken();
                } catch (tools.jackson.core.JacksonException stopped) {
                    // the notes stay incomplete
                }
                return new ObjectMapperRun(
                        parser.notes().isPresent(),
                        parser.notes().map(n -> LocationIndex.replay(n, "doc")).orElse(null));
            }
        }
    }
}
