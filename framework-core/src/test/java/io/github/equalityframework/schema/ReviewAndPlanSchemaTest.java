package io.github.equalityframework.schema;

import static io.github.equalityframework.schema.SchemaValidation.assertValid;
import static io.github.equalityframework.schema.SchemaValidation.errors;
import static io.github.equalityframework.schema.SchemaValidation.locationsAndKeywords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import io.github.equalityframework.ExampleData;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The schemas of a peer review and of an action plan kept in files of their own beside a self-assessment. */
class ReviewAndPlanSchemaTest {

    /**
     * The schema of a file named as a review or plan beside its self-assessment (NAME-review.yaml, NAME-plan.yaml,
     * NAME-plan-SOMETHING.yaml).
     */
    static Optional<String> schemaOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith("-review.yaml")
                ? Optional.of("peer-review")
                : name.matches(".+-plan(-[^.]+)?\\.yaml") ? Optional.of("action-plan") : Optional.empty();
    }

    static ObjectNode review() {
        return (ObjectNode) SchemaValidation.JSON.readTree(
                ModelCodec.strict().write(SelfAssessmentSchemaTest.FULL.peerReview(), Format.JSON));
    }

    static ObjectNode plan() {
        return (ObjectNode) SchemaValidation.JSON.readTree(
                ModelCodec.strict().write(SelfAssessmentSchemaTest.FULL.actionPlan(), Format.JSON));
    }

    @Test
    void theReviewAndPlanSchemasAreShippedWithTheirIdTitleAndRootType() {
        assertEquals(
                List.of(
                        "action-plan",
                        "framework-definition",
                        "peer-review",
                        "report",
                        "rule-profile",
                        "self-assessment"),
                Schemas.names());
        JsonNode review =
                SchemaValidation.JSON.readTree(Schemas.named("peer-review").orElseThrow());
        assertEquals(
                "https://equalityframework.github.io/schema/peer-review.schema.json",
                review.get("$id").asString());
        assertEquals("Peer review", review.get("title").asString());
        assertEquals("#/$defs/PeerReview", review.get("$ref").asString());
        JsonNode plan =
                SchemaValidation.JSON.readTree(Schemas.named("action-plan").orElseThrow());
        assertEquals(
                "https://equalityframework.github.io/schema/action-plan.schema.json",
                plan.get("$id").asString());
        assertEquals("Action plan", plan.get("title").asString());
        assertEquals("#/$defs/ActionPlan", plan.get("$ref").asString());
    }

    @Test
    void aFullReviewAndPlanWrittenByTheCodecAreValid() {
        assertValid("peer-review", review(), "the codec's JSON for a full peer review");
        assertValid("action-plan", plan(), "the codec's JSON for a full action plan");
    }

    @Test
    void aSelfAssessmentIsNotAPeerReviewNorAnActionPlan() {
        JsonNode assessment = SelfAssessmentSchemaTest.fullDocument();
        assertTrue(locationsAndKeywords(errors("peer-review", assessment)).contains(": additionalProperties"));
        assertTrue(locationsAndKeywords(errors("action-plan", assessment)).contains(": additionalProperties"));
    }

    @Test
    void aResponseThatIsNotOneOfTheFourIsRejectedWithTheAllowedValues() {
        ObjectNode plan = plan();
        ((ObjectNode) plan.at("/entries/0")).put("response", "agreed");
        List<Error> errors = errors("action-plan", plan);
        assertEquals(List.of("/entries/0/response: enum"), locationsAndKeywords(errors));
        assertTrue(
                errors.get(0).getMessage().contains("not_accepted"),
                errors.get(0).getMessage());
    }

    @Test
    void aRoleThatIsNotOneOfTheThreeIsRejected() {
        ObjectNode plan = plan();
        plan.withArray("/entries/0/roles").add("partner");
        List<Error> errors = errors("action-plan", plan);
        assertEquals(List.of("/entries/0/roles/1: enum"), locationsAndKeywords(errors));
        assertTrue(
                errors.get(0).getMessage().contains("service_provider"),
                errors.get(0).getMessage());
    }

    @Test
    void anActionWithoutALeadIsRejected() {
        ObjectNode plan = plan();
        ((ObjectNode) plan.at("/entries/0/actions/0")).remove("lead");
        assertEquals(List.of("/entries/0/actions/0: required"), locationsAndKeywords(errors("action-plan", plan)));
    }

    @Test
    void aRecommendationWithoutTextIsRejectedWhereItIs() {
        ObjectNode review = review();
        ((ObjectNode) review.at("/feedback/0/recommendations/0")).remove("text");
        List<Error> errors = errors("peer-review", review);
        assertEquals(List.of("/feedback/0/recommendations/0: required"), locationsAndKeywords(errors));
        assertTrue(errors.get(0).getMessage().contains("'text'"), errors.get(0).getMessage());
    }

    @Test
    void aValidatedLevelThatIsNotTextIsRejected() {
        ObjectNode review = review();
        ((ObjectNode) review.at("/validatedLevels/0")).put("level", 3);
        assertEquals(List.of("/validatedLevels/0/level: type"), locationsAndKeywords(errors("peer-review", review)));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleReviewAndPlanIsValidAgainstItsSchema() throws IOException {
        List<Path> files = ExampleData.yamlFiles().stream()
                .filter(p -> schemaOf(p).isPresent())
                .toList();
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(
                names.contains("anytown-2025-review.yaml") && names.contains("anytown-2025-plan.yaml"),
                names::toString);
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(
                        file.getFileName() + " against " + schemaOf(file).orElseThrow(),
                        () -> assertValid(
                                schemaOf(file).orElseThrow(), SchemaValidation.readYaml(file), file.toString())));
    }
}
