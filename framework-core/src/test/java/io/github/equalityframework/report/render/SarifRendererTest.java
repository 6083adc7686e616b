package io.github.equalityframework.report.render;

import static io.github.equalityframework.report.render.SarifSchema.JSON;
import static io.github.equalityframework.report.render.SarifSchema.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.Rule;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.Sdk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SarifRendererTest {
    static final Path BASE = Path.of("").toAbsolutePath();
    static final String FILE = BASE.resolve("data").resolve("anytown.yaml").toString();
    static final Map<String, SourceLocation> PLACES = Map.of(
            "claims[0]", new SourceLocation(FILE, 30, 5),
            "claims[0].evidence[0]", new SourceLocation(FILE, 33, 9),
            "claims[2]", new SourceLocation(FILE, 41, 5),
            "evidence[2]", new SourceLocation(FILE, 60, 5),
            "actionPlan.entries[0].actions[0]", new SourceLocation(FILE, 80, 9),
            "", new SourceLocation(FILE, 1, 1));
    static final Function<String, SourceLocation> LOCATOR = PLACES::get;

    static final List<Rule> RULES = List.of(
            rule("test.claim-evidence", "Claims without evidence", Severity.ERROR, List.of()),
            rule(
                    "test.recency",
                    "Evidence recency",
                    Severity.WARNING,
                    List.of(Parameter.integer("maxAgeMonths", 36, "How old evidence may be"))),
            rule("test.unused", "Unused evidence", Severity.INFO, List.of()),
            rule("test.overdue", "Overdue actions", Severity.WARNING, List.of()),
            rule("test.psed", "Public Sector Equality Duty", Severity.INFO, List.of()),
            rule("test.claim-level", "Claims above the evidence", Severity.WARNING, List.of()),
            new Rule() {
                @Override
                public String id() {
                    return "other.eds-only";
                }

                @Override
                public RuleDocumentation documentation() {
                    return new RuleDocumentation(
                            "Only for another framework", "Never applies here.", Severity.ERROR, List.of());
                }

                @Override
                public boolean appliesTo(FrameworkDefinition framework) {
                    return false;
                }
            });

    @Test
    void theFixtureValidatesAgainstTheSarifSchema() {
        assertValid(render(RenderFixture.plain()));
    }

    @Test
    void theSchemaRejectsWhatSarifForbids() {
        // The validator must be able to fail: a level SARIF does not know and a missing message are errors.
        String bad = render(RenderFixture.plain())
                .replaceFirst("\"level\": \"error\"", "\"level\": \"fatal\"")
                .replaceFirst("\"message\"", "\"note\"");
        List<String> keywords = SarifSchema.errors(bad).stream()
                .map(e -> e.getKeyword())
                .sorted()
                .distinct()
                .toList();
        assertTrue(keywords.contains("enum"), keywords::toString);
        assertTrue(keywords.contains("required") || keywords.contains("additionalProperties"), keywords::toString);
    }

    @Test
    void theDriverIsEflgWithTheRulesThatApplyToTheFramework() {
        JsonNode driver = run(RenderFixture.plain()).at("/tool/driver");
        assertEquals("eflg", driver.get("name").asString());
        assertEquals(Sdk.version(), driver.get("version").asString());
        assertEquals(
                "https://github.com/equalityframework",
                driver.get("informationUri").asString());
        List<String> ids = StreamSupport.stream(driver.get("rules").spliterator(), false)
                .map(r -> r.get("id").asString())
                .toList();
        assertEquals(
                List.of(
                        "test.claim-evidence",
                        "test.claim-level",
                        "test.overdue",
                        "test.psed",
                        "test.recency",
                        "test.unused"),
                ids);
    }

    @Test
    void eachRuleCarriesItsDocumentationAndDefaultLevel() {
        JsonNode rules = run(RenderFixture.plain()).at("/tool/driver/rules");
        JsonNode recency = rules.get(4);
        assertEquals("test.recency", recency.get("id").asString());
        assertEquals("Recency", recency.get("name").asString());
        assertEquals("Evidence recency", recency.at("/shortDescription/text").asString());
        assertEquals(
                "What Evidence recency looks at and what to do.",
                recency.at("/fullDescription/text").asString());
        assertEquals(
                "What Evidence recency looks at and what to do.\n\nParameters:\n- maxAgeMonths: How old evidence may be (default: 36)"
                        + "\n\nSee 'eflg explain test.recency'.",
                recency.at("/help/text").asString());
        assertEquals("warning", recency.at("/defaultConfiguration/level").asString());
        assertEquals("error", rules.get(0).at("/defaultConfiguration/level").asString());
        assertEquals("ClaimEvidence", rules.get(0).get("name").asString());
        assertEquals("note", rules.get(5).at("/defaultConfiguration/level").asString());
    }

    @Test
    void aResultNamesItsRuleLevelMessageFileLineColumnAndDataPath() {
        JsonNode results = run(RenderFixture.plain()).get("results");
        assertEquals(6, results.size());
        JsonNode error = results.get(0);
        assertEquals("test.claim-evidence", error.get("ruleId").asString());
        assertEquals(0, error.get("ruleIndex").asInt());
        assertEquals("error", error.get("level").asString());
        assertEquals(
                "The claim has no evidence: add an equality impact assessment.",
                error.at("/message/text").asString());
        JsonNode location = error.at("/locations/0");
        assertEquals(
                "data/anytown.yaml",
                location.at("/physicalLocation/artifactLocation/uri").asString());
        assertEquals(41, location.at("/physicalLocation/region/startLine").asInt());
        assertEquals(5, location.at("/physicalLocation/region/startColumn").asInt());
        assertEquals(
                "claims[2]",
                location.at("/logicalLocations/0/fullyQualifiedName").asString());
        assertEquals("claims[2]", location.at("/logicalLocations/0/name").asString());
        assertEquals("object", location.at("/logicalLocations/0/kind").asString());
        assertEquals("claims[2]", error.at("/properties/dataPath").asString());
        assertEquals("claim-without-evidence", error.at("/properties/code").asString());
        assertEquals("test-framework/m2/c1", error.at("/properties/criterion").asString());
        assertEquals("test", error.at("/properties/plugin").asString());

        JsonNode info = results.get(5);
        assertEquals("note", info.get("level").asString());
        assertEquals("evidence[2]", info.at("/properties/dataPath").asString());
        assertEquals(
                60, info.at("/locations/0/physicalLocation/region/startLine").asInt());
    }

    @Test
    void aFindingAboutTheWholeAssessmentIsPlacedAtTheStartOfTheFileWithoutALogicalLocation() {
        JsonNode psed = find(run(RenderFixture.plain()).get("results"), "test.psed");
        assertEquals(
                1, psed.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertTrue(psed.at("/locations/0/logicalLocations").isMissingNode());
        assertEquals("", psed.at("/properties/dataPath").asString());
    }

    @Test
    void withoutALocatorResultsHaveOnlyTheirDataPathAndStillValidate() {
        String sarif = ReportRenderer.sarif(RULES, null, BASE).render(RenderFixture.plain());
        assertValid(sarif);
        JsonNode first = JSON.readTree(sarif).at("/runs/0/results/0");
        assertTrue(first.at("/locations/0/physicalLocation").isMissingNode());
        assertEquals(
                "claims[2]",
                first.at("/locations/0/logicalLocations/0/fullyQualifiedName").asString());
    }

    @Test
    void aRunWithoutFindingsHasAnEmptyResultsListAndValidates() {
        ReportInput plain = RenderFixture.plain();
        AssessmentReport r = plain.report();
        ReportInput clean = new ReportInput(
                new AssessmentReport(
                        r.organisation(),
                        r.framework(),
                        r.period(),
                        r.profile(),
                        r.overall(),
                        r.modules(),
                        r.criteria(),
                        List.of(),
                        r.gap(),
                        r.coverage(),
                        true),
                plain.assessment(),
                plain.framework());
        String sarif = render(clean);
        assertValid(sarif);
        JsonNode results = JSON.readTree(sarif).at("/runs/0/results");
        assertTrue(results.isArray() && results.isEmpty(), sarif);
        assertTrue(JSON.readTree(sarif)
                .at("/runs/0/invocations/0/executionSuccessful")
                .asBoolean());
    }

    @Test
    void anIncompleteReportIsAnUnsuccessfulInvocation() {
        String sarif = render(RenderFixture.input("", null, false));
        assertFalse(JSON.readTree(sarif)
                .at("/runs/0/invocations/0/executionSuccessful")
                .asBoolean(true));
    }

    @Test
    void fileUrisAreRelativeToTheBaseDirectoryAndEscaped() {
        Path base = BASE.resolve("councils");
        String spaced = BASE.resolve("councils")
                .resolve("Anytown 2024")
                .resolve("self assessment.yaml")
                .toString();
        String outside = BASE.resolve("shared").resolve("review.yaml").toString();
        Function<String, SourceLocation> locator = path ->
                path.startsWith("claims") ? new SourceLocation(spaced, 3, 1) : new SourceLocation(outside, 2, 1);
        JsonNode results = JSON.readTree(
                        ReportRenderer.sarif(RULES, locator, base).render(RenderFixture.plain()))
                .at("/runs/0/results");
        assertEquals(
                "Anytown%202024/self%20assessment.yaml",
                results.get(0)
                        .at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asString());
        assertEquals(
                "../shared/review.yaml",
                find(results, "test.unused")
                        .at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asString());
    }

    @Test
    void withoutABaseDirectoryTheFileIsNamedAsTheLocatorGivesIt() {
        Function<String, SourceLocation> locator = path -> new SourceLocation("anytown.yaml", 7, 3);
        JsonNode first = JSON.readTree(
                        ReportRenderer.sarif(RULES, locator, null).render(RenderFixture.plain()))
                .at("/runs/0/results/0");
        assertEquals(
                "anytown.yaml",
                first.at("/locations/0/physicalLocation/artifactLocation/uri").asString());
    }

    @Test
    void fingerprintsAreStableAcrossRunsAndFollowTheCriterionNotTheListPosition() {
        ReportInput plain = RenderFixture.plain();
        Map<String, String> before = fingerprints(run(plain));
        assertEquals(before, fingerprints(run(RenderFixture.plain())));

        // The same claims in another order: the finding about m2/c1 now points at claims[0].
        SelfAssessment a = plain.assessment();
        List<Claim> reordered = new ArrayList<>(a.claims());
        java.util.Collections.swap(reordered, 0, 2);
        SelfAssessment moved = new SelfAssessment(
                a.organisation(),
                a.framework(),
                a.period(),
                a.scope(),
                a.localCharacteristics(),
                reordered,
                a.evidence(),
                a.peerReview(),
                a.actionPlan());
        AssessmentReport r = plain.report();
        List<Finding> findings = List.of(new Finding(
                "claim-without-evidence",
                Severity.ERROR,
                "The claim has no evidence (reworded).",
                "claims[0]",
                "test.claim-evidence",
                "test"));
        ReportInput after = new ReportInput(
                new AssessmentReport(
                        r.organisation(),
                        r.framework(),
                        r.period(),
                        r.profile(),
                        r.overall(),
                        r.modules(),
                        r.criteria(),
                        findings,
                        r.gap(),
                        r.coverage(),
                        true),
                moved,
                plain.framework());
        assertEquals(
                before.get("test.claim-evidence claims[2]"),
                fingerprints(run(after)).get("test.claim-evidence claims[0]"));
    }

    @Test
    void differentFindingsHaveDifferentFingerprints() {
        Map<String, String> prints = fingerprints(run(RenderFixture.plain()));
        assertEquals(6, prints.size());
        assertEquals(6, prints.values().stream().distinct().count(), prints::toString);
        prints.values().forEach(p -> assertTrue(p.matches("[0-9a-f]{64}"), p));
    }

    @Test
    void twoFindingsOfOneRuleAboutOneThingAreToldApartByOrder() {
        ReportInput plain = RenderFixture.plain();
        AssessmentReport r = plain.report();
        List<Finding> twice = List.of(
                new Finding("stale", Severity.WARNING, "First.", "claims[0]", "test.recency", "test"),
                new Finding("stale", Severity.WARNING, "Second.", "claims[0]", "test.recency", "test"));
        ReportInput in = new ReportInput(
                new AssessmentReport(
                        r.organisation(),
                        r.framework(),
                        r.period(),
                        r.profile(),
                        r.overall(),
                        r.modules(),
                        r.criteria(),
                        twice,
                        r.gap(),
                        r.coverage(),
                        true),
                plain.assessment(),
                plain.framework());
        JsonNode results = run(in).get("results");
        assertNotEquals(
                results.at("/0/partialFingerprints/eflgFinding~1v1").asString(),
                results.at("/1/partialFingerprints/eflgFinding~1v1").asString());
    }

    @Test
    void theRunSaysWhatWasAssessedAndIsByteIdenticalForEqualInput() {
        String first = render(RenderFixture.plain());
        assertEquals(first, render(RenderFixture.plain()));
        assertFalse(first.contains("\r"));
        assertTrue(first.endsWith("}\n"));
        JsonNode log = JSON.readTree(first);
        assertEquals("2.1.0", log.get("version").asString());
        assertEquals(
                "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
                log.get("$schema").asString());
        JsonNode properties = log.at("/runs/0/properties");
        assertEquals("test-framework", properties.get("framework").asString());
        assertEquals("developing", properties.get("overall").asString());
        assertEquals(
                "Newtown & District Council", properties.get("organisation").asString());
    }

    @Test
    void hostileTextStaysDataAndTheLogStillValidates() {
        String sarif = ReportRenderer.sarif(RULES, LOCATOR, BASE)
                .render(RenderFixture.input("\"},\n{\"x\": <script>", null, true));
        assertValid(sarif);
        assertTrue(JSON.readTree(sarif)
                .at("/runs/0/results/5/message/text")
                .asString()
                .endsWith("\"},\n{\"x\": <script>"));
    }

    private static String render(ReportInput in) {
        return ReportRenderer.sarif(RULES, LOCATOR, BASE).render(in);
    }

    private static JsonNode run(ReportInput in) {
        return JSON.readTree(render(in)).at("/runs/0");
    }

    private static JsonNode find(JsonNode results, String ruleId) {
        return StreamSupport.stream(results.spliterator(), false)
                .filter(r -> ruleId.equals(r.path("ruleId").asString()))
                .findFirst()
                .orElseThrow();
    }

    /** Each result's fingerprint by "rule path". */
    private static Map<String, String> fingerprints(JsonNode run) {
        Map<String, String> prints = new java.util.TreeMap<>();
        for (JsonNode result : run.get("results")) {
            prints.put(
                    result.get("ruleId").asString() + " "
                            + result.at("/properties/dataPath").asString(),
                    result.at("/partialFingerprints/eflgFinding~1v1").asString());
        }
        return prints;
    }

    private static Rule rule(String id, String title, Severity severity, List<Parameter<?>> parameters) {
        return new Rule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public RuleDocumentation documentation() {
                return new RuleDocumentation(
                        title, "What " + title + " looks at and what to do.", severity, parameters);
            }
        };
    }
}
