package io.github.equalityframework.schema;

import static io.github.equalityframework.schema.SchemaValidation.assertValid;
import static io.github.equalityframework.schema.SchemaValidation.errors;
import static io.github.equalityframework.schema.SchemaValidation.locationsAndKeywords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import io.github.equalityframework.ExampleData;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Award;
import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.EvidencePart;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PeerReviewer;
import io.github.equalityframework.model.PlanStatus;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Revision;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.ValidatedLevel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class SelfAssessmentSchemaTest {
    /** The repository's sample data, seen from this module's directory (where the tests run). */

    /** A self-assessment that fills every optional field of every record type. */
    static final SelfAssessment FULL = new SelfAssessment(
            new Organisation("Anytown Borough Council", "E07000123"),
            "lga-eflg-2021",
            new AssessmentPeriod(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)),
            new Scope(List.of("age", "care-experience"), List.of("m1")),
            List.of(new Characteristic("care-experience", "Care experience", "People who have been in care")),
            List.of(new Claim("m1/c1", "achieving", "We publish ward profiles.", List.of("ev-1"))),
            List.of(new EvidenceItem(
                    "ev-1",
                    "Ward profiles",
                    "equality-data",
                    LocalDate.of(2023, 6, 30),
                    "https://anytown.example/ward-profiles",
                    List.of("age", "race"),
                    "Policy team",
                    17,
                    List.of(new EvidencePart("urban wards", 12), new EvidencePart("rural wards", 5)))),
            new PeerReview(
                    List.of(new PeerReviewer("A. Peer", "Lead peer", "Othertown Council")),
                    LocalDate.of(2024, 2, 5),
                    LocalDate.of(2024, 2, 7),
                    LocalDate.of(2024, 3, 1),
                    new Scope(List.of("disability"), List.of("m1")),
                    List.of(new ValidatedLevel("m1/c1", "achieving", "Ward profiles are used in service plans.")),
                    List.of(new ModuleFeedback(
                            "m1",
                            List.of("Good data"),
                            List.of("Use the data in budgeting"),
                            List.of(new Recommendation("R1", "Publish the equality objectives.")))),
                    new Award("achieving", LocalDate.of(2024, 3, 1), LocalDate.of(2027, 3, 1))),
            new ActionPlan(
                    "Equality action plan 2024-2026",
                    PlanStatus.ADOPTED,
                    "Cabinet",
                    LocalDate.of(2024, 4, 15),
                    List.of(new ActionPlanEntry(
                            "R1",
                            "EO1",
                            "Every service knows who uses it",
                            "m1",
                            List.of(CouncilRole.COMMUNITY_LEADER),
                            RecommendationResponse.ACCEPTED,
                            "Objectives go to cabinet in June.",
                            List.of(new PlannedAction(
                                    "A1",
                                    "Publish the equality objectives",
                                    "Head of Policy",
                                    List.of(CouncilRole.EMPLOYER),
                                    LocalDate.of(2024, 6, 30),
                                    "by June 2024",
                                    ActionStatus.COMPLETE,
                                    LocalDate.of(2024, 9, 2),
                                    List.of(new Revision(
                                            LocalDate.of(2024, 9, 30),
                                            "by September 2024",
                                            LocalDate.of(2024, 6, 12),
                                            "Consultation extended")),
                                    List.of(new ProgressNote(
                                            LocalDate.of(2024, 5, 1), "Draft consulted on", "Scrutiny")),
                                    "Cabinet decision"))))));

    static ObjectNode fullDocument() {
        return (ObjectNode) SchemaValidation.JSON.readTree(ModelCodec.strict().write(FULL, Format.JSON));
    }

    @Test
    void sampleFillsEveryFieldOfEveryRecordType() {
        assertEquals(ModelCoverage.allComponents(SelfAssessment.class), ModelCoverage.filledComponents(FULL));
    }

    @Test
    void fullyPopulatedSelfAssessmentWrittenByTheCodecIsValid() {
        assertValid("self-assessment", fullDocument(), "the codec's JSON for a full self-assessment");
    }

    @Test
    void unknownFieldIsRejectedBySchema() {
        ObjectNode document = fullDocument();
        document.put("claimz", "x");
        List<Error> errors = errors("self-assessment", document);
        assertEquals(List.of(": additionalProperties"), locationsAndKeywords(errors));
        assertEquals("claimz", errors.get(0).getProperty());
        assertTrue(
                errors.get(0).getMessage().contains("'claimz'"), errors.get(0).getMessage());
    }

    @Test
    void unknownFieldInANestedRecordIsRejectedWhereItIs() {
        ObjectNode document = fullDocument();
        ((ObjectNode) document.at("/peerReview/team/0")).put("email", "peer@othertown.example");
        List<Error> errors = errors("self-assessment", document);
        assertEquals(List.of("/peerReview/team/0: additionalProperties"), locationsAndKeywords(errors));
        assertEquals("email", errors.get(0).getProperty());
    }

    @Test
    void missingOrganisationIsRejectedBySchema() {
        ObjectNode document = fullDocument();
        document.remove("organisation");
        List<Error> errors = errors("self-assessment", document);
        assertEquals(List.of(": required"), locationsAndKeywords(errors));
        assertTrue(
                errors.get(0).getMessage().contains("'organisation'"),
                errors.get(0).getMessage());
    }

    @Test
    void nullForARequiredRecordIsRejected() {
        ObjectNode document = fullDocument();
        document.putNull("period");
        assertEquals(List.of("/period: type"), locationsAndKeywords(errors("self-assessment", document)));
    }

    @Test
    void gssCodeThatIsNotALocalAuthorityCodeIsRejectedBySchema() {
        ObjectNode document = fullDocument();
        ((ObjectNode) document.get("organisation")).put("gssCode", "X12345");
        List<Error> errors = errors("self-assessment", document);
        assertEquals(List.of("/organisation/gssCode: pattern"), locationsAndKeywords(errors));
        assertTrue(errors.get(0).getMessage().contains("E07"), errors.get(0).getMessage());
    }

    @Test
    void unknownActionStatusIsRejectedWithTheAllowedValues() {
        ObjectNode document = fullDocument();
        ((ObjectNode) document.at("/actionPlan/entries/0/actions/0")).put("status", "finished");
        List<Error> errors = errors("self-assessment", document);
        assertEquals(List.of("/actionPlan/entries/0/actions/0/status: enum"), locationsAndKeywords(errors));
        assertTrue(
                errors.get(0).getMessage().contains("on_track"), errors.get(0).getMessage());
    }

    @Test
    void blankRequiredTextIsRejected() {
        ObjectNode document = fullDocument();
        ((ObjectNode) document.at("/claims/0")).put("level", "  ");
        assertEquals(List.of("/claims/0/level: pattern"), locationsAndKeywords(errors("self-assessment", document)));
    }

    @Test
    void dateNotWrittenAsYearMonthDayIsRejected() {
        ObjectNode document = fullDocument();
        ((ObjectNode) document.get("period")).put("from", "01/04/2023");
        assertEquals(List.of("/period/from: pattern"), locationsAndKeywords(errors("self-assessment", document)));
    }

    @Test
    void optionalFieldsMayBeEmptyYamlValues() {
        JsonNode document = SchemaValidation.YAML.readTree("""
                organisation:
                  name: Anytown Borough Council
                  gssCode:
                framework: lga-eflg-2021
                period: {from: 2023-04-01, to: 2024-03-31}
                claims:
                peerReview:
                actionPlan:
                """);
        assertValid("self-assessment", document, "a document with empty optional values");
    }

    @TestFactory
    Stream<DynamicTest> everyExampleSelfAssessmentIsValid() throws IOException {
        // Peer reviews and action plans kept beside a self-assessment have schemas of their own
        // (ReviewAndPlanSchemaTest).
        List<Path> examples = ExampleData.yamlFiles().stream()
                .filter(p -> ReviewAndPlanSchemaTest.schemaOf(p).isEmpty())
                .toList();
        assertFalse(examples.isEmpty(), () -> "no example self-assessment among " + ExampleData.yamlFiles());
        return examples.stream()
                .map(example -> DynamicTest.dynamicTest(
                        example.getFileName().toString(),
                        () -> assertValid("self-assessment", SchemaValidation.readYaml(example), example.toString())));
    }
}
