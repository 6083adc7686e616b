package io.github.equalityframework.schema;

import static io.github.equalityframework.schema.SchemaValidation.assertValid;
import static io.github.equalityframework.schema.SchemaValidation.errors;
import static io.github.equalityframework.schema.SchemaValidation.locationsAndKeywords;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.LevelDescriptor;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.MaturityScale;
import io.github.equalityframework.model.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class FrameworkDefinitionSchemaTest {
    /** A framework definition that fills every optional field of every record type. */
    static final FrameworkDefinition FULL = new FrameworkDefinition(
            "test-framework",
            "2024",
            "Test framework",
            new Source("Test publisher", "Test framework guide", 2024, "https://example.org/guide", "Paraphrased"),
            new MaturityScale(List.of(
                    new MaturityLevel("developing", "Developing", 0, "Getting started"),
                    new MaturityLevel("achieving", "Achieving", 1, "Doing it well", Map.of("cy", "Cyflawni")))),
            List.of(new FrameworkModule(
                    "m1",
                    "Knowing your communities",
                    "Data and its use",
                    List.of(new Criterion(
                            "m1/c1",
                            "Collecting and sharing information",
                            "Equality data",
                            true,
                            List.of("data"),
                            List.of(new LevelDescriptor(
                                    "achieving", "Data is used to plan services.", List.of("equality-data"))),
                            List.of("How is the data used?"))))),
            List.of(new Characteristic("care-experience", "Care experience", "People who have been in care")),
            List.of(new EvidenceKind("peer-letter", "Peer letter", "A letter from a peer council")),
            List.of("age", "race", "care-experience"));

    static ObjectNode fullDocument() {
        return (ObjectNode) SchemaValidation.JSON.readTree(ModelCodec.strict().write(FULL, Format.JSON));
    }

    @Test
    void sampleFillsEveryFieldOfEveryRecordType() {
        assertEquals(ModelCoverage.allComponents(FrameworkDefinition.class), ModelCoverage.filledComponents(FULL));
    }

    @Test
    void fullyPopulatedFrameworkDefinitionWrittenByTheCodecIsValid() {
        assertValid("framework-definition", fullDocument(), "the codec's JSON for a full framework definition");
    }

    @Test
    void criterionWithoutDescriptorsIsRejected() {
        ObjectNode document = fullDocument();
        ((ArrayNode) document.at("/modules/0/criteria/0/descriptors")).removeAll();
        assertEquals(
                List.of("/modules/0/criteria/0/descriptors: minItems"),
                locationsAndKeywords(errors("framework-definition", document)));
    }

    @Test
    void misspelledCriterionFieldIsRejected() {
        ObjectNode document = fullDocument();
        ObjectNode criterion = (ObjectNode) document.at("/modules/0/criteria/0");
        criterion.set("descriptor", criterion.remove("descriptors"));
        assertEquals(
                List.of("/modules/0/criteria/0: additionalProperties", "/modules/0/criteria/0: required"),
                locationsAndKeywords(errors("framework-definition", document)).stream()
                        .sorted()
                        .toList());
    }

    @Test
    void negativeLevelRankIsRejected() {
        ObjectNode document = fullDocument();
        ((ObjectNode) document.at("/scale/levels/0")).put("rank", -1);
        assertEquals(
                List.of("/scale/levels/0/rank: minimum"),
                locationsAndKeywords(errors("framework-definition", document)));
    }

    @Test
    void frameworkIdThatIsNotLowerCaseWordsIsRejected() {
        ObjectNode document = fullDocument();
        document.put("id", "LGA EFLG 2021");
        assertEquals(List.of("/id: pattern"), locationsAndKeywords(errors("framework-definition", document)));
    }
}
