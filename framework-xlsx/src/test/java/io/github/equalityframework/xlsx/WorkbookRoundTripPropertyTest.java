package io.github.equalityframework.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.SelfAssessment;
import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WorkbookRoundTripPropertyTest {
    private static final Catalogue CATALOGUE = TestFramework.catalogue();
    private static final WorkbookWriter WRITER = new WorkbookWriter(CATALOGUE);
    private static final WorkbookReader READER = new WorkbookReader();

    @Provide
    Arbitrary<SelfAssessment> assessments() {
        return Assessments.valid();
    }

    @Property(tries = 100)
    void aWorkbookReadsBackAsTheAssessmentItWasWrittenFrom(@ForAll("assessments") SelfAssessment assessment) {
        ReadResult<SelfAssessment> read = READER.read(new ByteArrayInputStream(WRITER.write(assessment)), "a.xlsx");

        assertEquals(List.of(), read.problems());
        SelfAssessment expected = Canonical.of(assessment, CATALOGUE);
        SelfAssessment actual = read.value().orElseThrow();
        // YAML first: a readable difference when the records differ.
        assertEquals(yaml(expected), yaml(actual));
        assertEquals(expected, actual);
    }

    private static String yaml(SelfAssessment a) {
        return ModelCodec.strict().write(a, Format.JSON);
    }
}
