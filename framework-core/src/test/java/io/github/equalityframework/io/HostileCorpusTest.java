package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.fixtures.TestFramework;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.validation.FrameworkDefinitionValidator;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code src/test/resources/hostile/} is broken or hostile in one way: bad syntax, a
 * wrong encoding, binary content, an alias bomb, nesting or numbers past the limits, YAML tags that ask
 * for Java types, wrong types, impossible or implausible dates, unsafe evidence locations, unknown ids.
 * Each is read and validated as a user's file would be, and must give exactly the problems in its
 * sidecar {@code NAME.expected} (one {@code file:line:col: path: message} per line): located, in the
 * user's terms, with no exception or stack trace. Files named {@code fw-*} are framework
 * definitions; the rest are self-assessments against {@link TestFramework}.
 *
 * <p>To add a case, add the file and its {@code .expected}; an {@code .expected} that is missing fails the
 * case and shows what was found.
 */
class HostileCorpusTest {
    private static final Path CORPUS = corpus();
    /** Words that only an exception or a stack trace would put in front of a user. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat [a-z]+\\.|tools\\.jackson|org\\.snakeyaml|io\\.github|java\\.lang|StreamReadConstraints|JsonToken|`|\\$|\\n");

    private static final ModelCodec CODEC = ModelCodec.strict();
    private static final SelfAssessmentValidator ASSESSMENTS = new SelfAssessmentValidator(TestFramework.catalogue());
    private static final FrameworkDefinitionValidator FRAMEWORKS =
            new FrameworkDefinitionValidator(EvidenceKind.BUILT_IN);

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files
                    .map(f -> f.getFileName().toString())
                    .filter(n -> !n.endsWith(".expected"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void corpusHasAtLeastFortyCasesEachWithItsExpectedProblems() throws IOException {
        List<String> cases = cases().toList();
        assertTrue(cases.size() >= 40, "only " + cases.size() + " cases");
        for (String name : cases) {
            assertTrue(Files.exists(CORPUS.resolve(name + ".expected")), name + " has no .expected file");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesExactlyTheExpectedLocatedProblemsWithoutAStackTrace(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(CORPUS.resolve(name));
        // A hang guard only, generous for a slow shared machine: each case takes milliseconds.
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problems(name, bytes));

        Path expectedFile = CORPUS.resolve(name + ".expected");
        assertTrue(Files.exists(expectedFile), name + ": no .expected file; found:\n" + String.join("\n", problems));
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .toList();
        assertEquals(expected, problems, name);
        for (String problem : problems) {
            assertTrue(problem.startsWith(name + ":"), "not placed in the file: " + problem);
            assertTrue(problem.matches(Pattern.quote(name) + ":\\d+:\\d+: .*"), "no line and column: " + problem);
            assertFalse(LEAK.matcher(problem).find(), "leaks an exception: " + problem);
        }
    }

    /** What a user sees for the file: reading problems, then validation problems placed in the file. */
    private static List<String> problems(String name, byte[] bytes) {
        Format format = Format.fromFileName(Path.of(name)).orElse(null);
        List<ValidationProblem> found;
        if (name.startsWith("fw-")) {
            ReadResult<FrameworkDefinition> read = CODEC.read(bytes, name, format, FrameworkDefinition.class);
            found = read.value().map(f -> read.place(FRAMEWORKS.validate(f))).orElse(read.problems());
        } else {
            ReadResult<SelfAssessment> read = CODEC.read(bytes, name, format, SelfAssessment.class);
            found = read.value().map(a -> read.place(ASSESSMENTS.validate(a))).orElse(read.problems());
        }
        return found.stream().map(ValidationProblem::format).toList();
    }

    private static Path corpus() {
        try {
            return Path.of(HostileCorpusTest.class.getResource("/hostile").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
