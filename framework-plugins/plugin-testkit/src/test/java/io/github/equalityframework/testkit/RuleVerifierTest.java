package io.github.equalityframework.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class RuleVerifierTest {
    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(RuleVerifierTest.class
                .getResource("/io/github/equalityframework/testkit/fixtures/" + name)
                .toURI());
    }

    private static RuleVerifier verifier() {
        return RuleVerifier.of(new LocalRulesPlugin()).alongside(new WellBehavedPlugin());
    }

    @Test
    void aFixtureWhoseCommentsNameEveryFindingPasses() throws Exception {
        // By code (no-narrative) or by rule id (local.no-narrative); the companion's own rule does not run.
        verifier().verify(fixture("narratives.yaml"));
    }

    @Test
    void missingAndUnexpectedFindingsAreNamedWithTheirLines() throws Exception {
        Path file = fixture("narratives-wrong.yaml");

        AssertionFailedError error =
                assertThrows(AssertionFailedError.class, () -> verifier().verify(file));

        assertEquals(
                file + " does not give the findings it expects (2 differences):\n"
                        + "  - " + file + ":9: unexpected no-narrative (rule local.no-narrative) at claims[0]:"
                        + " Add a narrative.\n"
                        + "  - " + file + ":13: expected no-narrative, but no such finding",
                error.getMessage());
    }

    @Test
    void anInvalidFixtureSaysSoWithItsProblems(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("unknown.yaml");
        Files.writeString(
                file,
                "organisation:\n  name: Anytown Borough Council\nframework: tidy-framework-2099\n"
                        + "period:\n  from: 2024-04-01\n  to: 2025-03-31\n");

        AssertionFailedError error =
                assertThrows(AssertionFailedError.class, () -> verifier().verify(file));

        assertEquals(
                file + " does not give the findings it expects (1 difference):\n"
                        + "  - the file is not a valid self-assessment: " + file
                        + ":3:12: framework: 'tidy-framework-2099' is not an installed framework; did you mean"
                        + " 'tidy-framework'?",
                error.getMessage());
    }

    @Test
    void aProfileThatDoesNotResolveIsNamed() throws Exception {
        Path file = fixture("narratives.yaml");

        AssertionFailedError error = assertThrows(
                AssertionFailedError.class,
                () -> RuleVerifier.of(new LocalRulesPlugin()).verify(file));

        assertEquals(
                file + " does not give the findings it expects (1 difference):\n"
                        + "  - the plugin's rules cannot run, its profile does not resolve:"
                        + " io/github/equalityframework/testkit/local-default.yaml:2:7: base: unknown base profile"
                        + " 'tidy-default'; did you mean 'local-default'?",
                error.getMessage());
    }
}
