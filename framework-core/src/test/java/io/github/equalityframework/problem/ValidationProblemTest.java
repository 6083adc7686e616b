package io.github.equalityframework.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationProblemTest {
    private static final SourceLocation AT_3_7 = new SourceLocation("council.yaml", 3, 7);

    @Test
    void formatsAsFileLineColumnPathMessage() {
        assertEquals(
                "council.yaml:3:7: claims[0].level: unknown level 'x'",
                new ValidationProblem("claims[0].level", "unknown level 'x'", AT_3_7).format());
    }

    @Test
    void leavesOutWhatIsNotKnown() {
        assertEquals(
                "claims[0].level: unknown level 'x'",
                ValidationProblem.at("claims[0].level", "unknown level 'x'").format());
        assertEquals(
                "council.yaml:3:7: the file is empty", new ValidationProblem("", "the file is empty", AT_3_7).format());
        assertEquals(
                "council.yaml: file not found",
                new ValidationProblem(null, "file not found", new SourceLocation("council.yaml", 0, 0)).format());
    }

    @Test
    void toStringIsTheFormattedLine() {
        ValidationProblem problem = new ValidationProblem("framework", "is required", AT_3_7);

        assertEquals(problem.format(), problem.toString());
    }

    @Test
    void aNullPathIsTheWholeDocument() {
        assertEquals("", new ValidationProblem(null, "m", null).path());
    }

    @Test
    void locatedAtKeepsPathAndMessage() {
        ValidationProblem placed =
                ValidationProblem.at("period.to", "ends before it starts").locatedAt(AT_3_7);

        assertEquals(new ValidationProblem("period.to", "ends before it starts", AT_3_7), placed);
    }

    @Test
    void fileOrderIsByLineThenColumnThenPathWithUnplacedProblemsLast() {
        ValidationProblem unplaced = ValidationProblem.at("a", "m");
        ValidationProblem wholeFile = new ValidationProblem("", "m", new SourceLocation("f", 0, 0));
        ValidationProblem line2 = new ValidationProblem("z", "m", new SourceLocation("f", 2, 9));
        ValidationProblem line3col1 = new ValidationProblem("b", "m", new SourceLocation("f", 3, 1));
        ValidationProblem line3col4b = new ValidationProblem("b", "m", new SourceLocation("f", 3, 4));
        ValidationProblem line3col4a = new ValidationProblem("a", "n", new SourceLocation("f", 3, 4));
        ValidationProblem line10 = new ValidationProblem("a", "m", new SourceLocation("f", 10, 1));
        List<ValidationProblem> problems =
                new ArrayList<>(List.of(unplaced, line10, line3col4b, line2, line3col4a, wholeFile, line3col1));

        problems.sort(ValidationProblem.IN_FILE_ORDER);

        assertEquals(List.of(wholeFile, line2, line3col1, line3col4a, line3col4b, line10, unplaced), problems);
    }
}
