package io.github.equalityframework.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.fixtures.Documents;
import io.github.equalityframework.fixtures.Positions;
import io.github.equalityframework.fixtures.TestFramework;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.EvidencePart;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An evidence item that counts things (23 consultations) and may break the count into labelled parts. */
class EvidenceCountTest {
    private static final String LAST_LINE = "    characteristics: [age, race]\n";

    private final ModelCodec codec = ModelCodec.strict();
    private final SelfAssessmentValidator validator = new SelfAssessmentValidator(TestFramework.catalogue());

    /** The small document with these lines added to its second evidence item. */
    private static String counted(String lines) {
        if (!Documents.SMALL_YAML.endsWith(LAST_LINE)) {
            throw new IllegalStateException("the small document no longer ends with its second evidence item");
        }
        return Documents.SMALL_YAML + lines;
    }

    private ReadResult<SelfAssessment> read(String yaml) {
        return codec.read(yaml, "sa.yaml", Format.YAML, SelfAssessment.class);
    }

    private List<String> problems(String yaml) {
        ReadResult<SelfAssessment> read = read(yaml);
        return read.place(validator.validate(read.value().orElseThrow())).stream()
                .map(ValidationProblem::format)
                .toList();
    }

    private static String at(String yaml, String snippet) {
        return "sa.yaml:" + Positions.of(yaml, snippet) + ": ";
    }

    /** Where the value of the first {@code key: value} line is, e.g. the 25 of {@code count: 25}. */
    private static String atValue(String yaml, String keyAndValue) {
        String[] position = Positions.of(yaml, keyAndValue).split(":");
        int column = Integer.parseInt(position[1]) + keyAndValue.indexOf(": ") + 2;
        return "sa.yaml:" + position[0] + ":" + column + ": ";
    }

    @Test
    void aCountWithPartsThatAddUpIsReadAndValid() {
        String yaml = counted("""
                    count: 23
                    parts:
                      - label: online
                        count: 14
                      - label: in person
                        count: 9
                """);

        EvidenceItem item = read(yaml).value().orElseThrow().evidence().get(1);

        assertEquals(23, item.count());
        assertEquals(List.of(new EvidencePart("online", 14), new EvidencePart("in person", 9)), item.parts());
        assertEquals(List.of(), problems(yaml));
    }

    @Test
    void aCountAloneIsValid() {
        assertEquals(List.of(), problems(counted("    count: 23\n")));
    }

    @Test
    void anItemWithoutACountIsOneDocument() {
        EvidenceItem item =
                read(Documents.SMALL_YAML).value().orElseThrow().evidence().get(1);

        assertEquals(null, item.count());
        assertEquals(List.of(), item.parts());
    }

    @Test
    void partsThatDoNotAddUpAreReportedAtTheCount() {
        String yaml = counted("""
                    count: 25
                    parts:
                      - label: online
                        count: 14
                      - label: in person
                        count: 9
                """);

        assertEquals(
                List.of(atValue(yaml, "count: 25")
                        + "evidence[1].count: the count is 25 but its parts add up to 23 (14 + 9); correct the count "
                        + "or the parts"),
                problems(yaml));
    }

    @Test
    void partsWithoutACountAskForTheirSum() {
        String yaml = counted("""
                    parts:
                      - label: online
                        count: 14
                      - label: in person
                        count: 9
                """);

        assertEquals(
                List.of(at(yaml, "parts:") + "evidence[1].parts: parts are given without a count; add count: 23 (the "
                        + "parts add up to 23 (14 + 9))"),
                problems(yaml));
    }

    @Test
    void aCountBelowOneIsReportedAtIt() {
        String yaml = counted("    count: 0\n");

        assertEquals(List.of(atValue(yaml, "count: 0") + "evidence[1].count: must be at least 1"), problems(yaml));
    }

    @Test
    void aPartBelowOneOrWithoutALabelIsReportedAtIt() {
        String yaml = counted("""
                    count: 14
                    parts:
                      - label: online
                        count: 14
                      - label: in person
                        count: 0
                      - count: 2
                """);

        assertEquals(
                List.of(
                        atValue(yaml, "count: 0") + "evidence[1].parts[1].count: must be at least 1",
                        at(yaml, "count: 2") + "evidence[1].parts[2].label: is required"),
                problems(yaml));
    }

    @Test
    void aCountThatIsNotAWholeNumberIsADataProblem() {
        String yaml = counted("    count: many\n");

        assertEquals(
                List.of(at(yaml, "many") + "evidence[1].count: 'many' is not a whole number"),
                read(yaml).problems().stream().map(ValidationProblem::format).toList());
    }

    @Test
    void theCountAndItsPartsSurviveWritingAndReadingAgain() {
        String yaml = counted("""
                    count: 23
                    parts:
                      - label: online
                        count: 14
                      - label: in person
                        count: 9
                """);
        SelfAssessment first = read(yaml).value().orElseThrow();

        String written = codec.write(first, Format.YAML);

        assertEquals(first, read(written).value().orElseThrow());
    }
}
