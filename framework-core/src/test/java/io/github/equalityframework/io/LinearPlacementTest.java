package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

/**
 * Placing the problems of a document in it costs work linear in the problems and the document: a file
 * of 100,000 claims, every one a problem, is placed with ten times the look-up steps of one of 10,000,
 * not a hundred times. Counts the index's steps, not time.
 */
class LinearPlacementTest {
    private static final SelfAssessmentValidator VALIDATOR = new SelfAssessmentValidator(TestFramework.catalogue());

    @Test
    void placingEveryProblemOfAFileGrowsLinearlyWithTheClaims() {
        Placed small = place(1_000);
        Placed medium = place(10_000);
        Placed large = place(100_000);

        assertEquals(999, small.problems);
        assertEquals(99_999, large.problems);
        double perClaimSmall = small.probes / 1_000.0;
        double perClaimMedium = medium.probes / 10_000.0;
        double perClaimLarge = large.probes / 100_000.0;
        assertTrue(perClaimMedium <= perClaimSmall * 1.1, small + " " + medium);
        assertTrue(perClaimLarge <= perClaimSmall * 1.1, small + " " + large);
    }

    @Test
    void aProblemIsPlacedAtItsClaimDeepInALongList() {
        String yaml = claims(20_000);
        ReadResult<SelfAssessment> read = ModelCodec.strict().read(yaml, "big.yaml", Format.YAML, SelfAssessment.class);

        assertEquals("big.yaml:40007:16", read.locate("claims[19999].criterion").toString());
        assertEquals("big.yaml:40007:5", read.locate("claims[19999]").toString());
        assertEquals(
                "big.yaml:40007:16",
                read.locate("claims[19999].criterion.nothing[3]").toString());
        assertEquals("big.yaml:8:1", read.locate("claims[20000]").toString());
    }

    @Property(tries = 50, edgeCases = EdgeCasesMode.NONE)
    void lookingUpAPathCostsStepsBoundedByThePathNotTheDocument(
            @ForAll("assessments") SelfAssessment assessment, @ForAll Format format) {
        String text = ModelCodec.strict().write(assessment, format);
        ReadResult<SelfAssessment> read = ModelCodec.strict().read(text, "doc", format, SelfAssessment.class);
        LocationIndex scanned = LocationIndex.scan(ModelCodec.strict().mapper(format), text, "doc");
        ModelCodec.LazyLocations locations = (ModelCodec.LazyLocations) read.locator();

        for (String path : scanned.valuePaths()) {
            long before = locations.probes();
            read.locate(path);
            long steps = locations.probes() - before;
            // Per segment, one step and one for each place where a field name could end; the path is tried
            // with and without a leading dot. Nothing grows with the rest of the document.
            long separators = path.chars().filter(c -> c == '.' || c == '[').count();
            assertTrue(steps <= 2 * (separators + 1) * (separators + 2), path + ": " + steps + " steps");
        }
    }

    @Provide
    Arbitrary<SelfAssessment> assessments() {
        return SelfAssessments.valid();
    }

    private record Placed(long probes, int problems) {}

    private static Placed place(int claims) {
        ReadResult<SelfAssessment> read =
                ModelCodec.strict().read(claims(claims), "claims.yaml", Format.YAML, SelfAssessment.class);
        List<ValidationProblem> found = VALIDATOR.validate(read.value().orElseThrow());
        List<ValidationProblem> placed = read.place(found);
        assertTrue(placed.stream()
                .allMatch(p -> p.location() != null && p.location().line() > 1));
        return new Placed(((ModelCodec.LazyLocations) read.locator()).probes(), placed.size());
    }

    /** A self-assessment with the same claim again and again: every claim after the first is a duplicate. */
    static String claims(int count) {
        StringBuilder yaml = new StringBuilder("""
                organisation:
                  name: Anytown Borough Council
                  gssCode: E07000123
                framework: test-framework
                period:
                  from: 2023-04-01
                  to: 2024-03-31
                claims:
                """);
        for (int i = 0; i < count; i++) {
            yaml.append("  - criterion: m1/c1\n    level: achieving\n");
        }
        return yaml.toString();
    }
}
