package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.equalityframework.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code eflg assess --format sarif}: the example's log is valid SARIF 2.1.0 and points at the right lines. */
class SarifReportTest {
    /** The official schema, vendored once in framework-core's test resources. */
    static final Path SCHEMA =
            Path.of("..", "framework-core", "src", "test", "resources", "sarif", "sarif-schema-2.1.0.json");

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void theExamplesGoldenSarifValidatesAgainstTheOfficialSchema() throws IOException {
        String sarif = Files.readString(ReportGoldenTest.GOLDEN.resolve("anytown-2024.sarif"));
        assertValid(sarif);
    }

    @Test
    void eachResultPointsAtTheLineAndColumnOfItsClaimOrEvidence() throws IOException {
        Path out = dir.resolve("anytown.sarif");
        Run run = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--today", "2024-12-01", "--out", out.toString());
        assertEquals(1, run.exitCode(), run.err());
        String sarif = Files.readString(out);
        assertValid(sarif);
        List<String> lines = Files.readAllLines(Cli.EXAMPLE);

        JsonNode results = JSON.readTree(sarif).at("/runs/0/results");
        JsonNode missing = only(results, "lga.claim-without-evidence");
        assertEquals("error", missing.get("level").asString());
        assertEquals("claims[9]", missing.at("/properties/dataPath").asString());
        assertEquals("lga-eflg-2021/m3/c1", missing.at("/properties/criterion").asString());
        JsonNode physical = missing.at("/locations/0/physicalLocation");
        assertEquals(
                "../examples/data/anytown-2024.yaml",
                physical.at("/artifactLocation/uri").asString());
        int line = lines.indexOf("  - criterion: m3/c1") + 1;
        assertEquals(line, physical.at("/region/startLine").asInt());
        assertEquals(
                lines.get(line - 1).indexOf("criterion") + 1,
                physical.at("/region/startColumn").asInt());

        JsonNode unused = only(results, "lga.unused-evidence");
        assertEquals("note", unused.get("level").asString());
        int evidenceLine = lines.indexOf("  - id: ev-29") + 1;
        assertEquals(
                evidenceLine,
                unused.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(
                "evidence[28]",
                unused.at("/locations/0/logicalLocations/0/fullyQualifiedName").asString());
    }

    @Test
    void aFindingAboutAPeerReviewInItsOwnFileIsPlacedInThatFile() throws IOException {
        Path review = Files.writeString(dir.resolve("review.yaml"), """
                visitFrom: 2024-02-06
                validatedLevels:
                  - criterion: m1/c4
                    level: achieving
                """);
        Path out = dir.resolve("anytown.sarif");
        Run run = Cli.eflg(
                "assess",
                Cli.EXAMPLE.toString(),
                "--review",
                review.toString(),
                "--today",
                "2024-12-01",
                "--fail-on",
                "none",
                "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String sarif = Files.readString(out);
        assertValid(sarif);
        JsonNode finding = only(JSON.readTree(sarif).at("/runs/0/results"), "lga.validated-above-evidence-rationale");
        assertEquals(
                "peerReview.validatedLevels[0]",
                finding.at("/properties/dataPath").asString());
        JsonNode physical = finding.at("/locations/0/physicalLocation");
        assertTrue(physical.at("/artifactLocation/uri").asString().endsWith("/review.yaml"), physical.toString());
        assertEquals(3, physical.at("/region/startLine").asInt());
        assertEquals(5, physical.at("/region/startColumn").asInt());
    }

    @Test
    void aBatchWritesOneSarifLogPerInputFile() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Cli.EXAMPLE, in.resolve("anytown.yaml"));
        Files.copy(Cli.EXAMPLE, in.resolve("othertown.yaml"));
        Path out = dir.resolve("reports");
        Run run = Cli.eflg(
                "assess",
                in.toString(),
                "--format",
                "sarif",
                "--out",
                out.toString(),
                "--fail-on",
                "none",
                "--today",
                "2024-12-01");
        assertEquals(0, run.exitCode(), run.err());
        for (String name : List.of("anytown", "othertown")) {
            String sarif = Files.readString(out.resolve(name + ".sarif"));
            assertValid(sarif);
            JsonNode runs = JSON.readTree(sarif).get("runs");
            assertEquals(1, runs.size());
            assertTrue(runs.at("/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                    .asString()
                    .endsWith("/in/" + name + ".yaml"));
        }
    }

    @Test
    void theFormatFollowsASarifFileName() throws IOException {
        Path out = dir.resolve("findings.sarif");
        Run run = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--fail-on", "none", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "2.1.0", JSON.readTree(Files.readString(out)).get("version").asString());
    }

    private static JsonNode only(JsonNode results, String ruleId) {
        List<JsonNode> found = StreamSupport.stream(results.spliterator(), false)
                .filter(r -> ruleId.equals(r.path("ruleId").asString()))
                .toList();
        assertEquals(1, found.size(), ruleId + " in " + results);
        return found.get(0);
    }

    private static void assertValid(String sarif) throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(JSON.readTree(Files.readString(SCHEMA)));
        List<Error> errors = schema.validate(JSON.readTree(sarif));
        assertTrue(errors.isEmpty(), () -> errors.stream().map(Error::toString).collect(Collectors.joining("\n")));
    }
}
