package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.fixtures.SelfAssessments;
import io.github.equalityframework.fixtures.TestFramework;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any valid self-assessment survives writing and reading in both formats, byte for byte. Edge cases are
 * off: for a structure this big they are the same trivial text everywhere, and computing them takes
 * longer than the random tries.
 */
class ModelCodecRoundTripTest {
    private final ModelCodec codec = ModelCodec.strict();

    @Provide
    Arbitrary<SelfAssessment> assessments() {
        return SelfAssessments.valid();
    }

    private SelfAssessment readBack(String text, Format format) {
        ReadResult<SelfAssessment> read =
                codec.read(text, "generated." + format.name().toLowerCase(), format, SelfAssessment.class);
        assertEquals(
                List.of(),
                read.problems().stream().map(ValidationProblem::format).toList(),
                text);
        return read.value().orElseThrow();
    }

    @Property(tries = 250, edgeCases = EdgeCasesMode.NONE)
    void jsonReadsBackToTheSameModelAndWritesTheSameBytes(@ForAll("assessments") SelfAssessment assessment) {
        String json = codec.write(assessment, Format.JSON);

        SelfAssessment back = readBack(json, Format.JSON);

        assertEquals(assessment, back, json);
        assertEquals(json, codec.write(back, Format.JSON));
    }

    @Property(tries = 250, edgeCases = EdgeCasesMode.NONE)
    void yamlReadsBackToTheSameModelAndWritesTheSameBytes(@ForAll("assessments") SelfAssessment assessment) {
        String yaml = codec.write(assessment, Format.YAML);

        SelfAssessment back = readBack(yaml, Format.YAML);

        assertEquals(assessment, back, yaml);
        assertEquals(yaml, codec.write(back, Format.YAML));
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void jsonAndYamlReadingsAgreeAndEachWritesAsTheOtherWould(@ForAll("assessments") SelfAssessment assessment) {
        String json = codec.write(assessment, Format.JSON);
        String yaml = codec.write(assessment, Format.YAML);

        SelfAssessment fromJson = readBack(json, Format.JSON);
        SelfAssessment fromYaml = readBack(yaml, Format.YAML);

        assertEquals(fromJson, fromYaml);
        assertEquals(yaml, codec.write(fromJson, Format.YAML));
        assertEquals(json, codec.write(fromYaml, Format.JSON));
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void aGeneratedAssessmentIsValid(@ForAll("assessments") SelfAssessment assessment) {
        // Checks the generator (the properties above are about valid documents) and that the validator
        // finds nothing wrong with a valid document, whatever its text.
        assertEquals(
                List.of(),
                new SelfAssessmentValidator(TestFramework.catalogue())
                        .validate(assessment).stream()
                                .map(ValidationProblem::format)
                                .toList());
    }
}
