package io.github.equalityframework.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.SelfAssessment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemasTest {
    static final Path EXAMPLES = Path.of("..", "examples", "data");
    static final Path LGA_DATA = Path.of("..", "framework-lga", "src", "main", "resources", "io", "github", "equalityframework", "lga");
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static Schema schema(String name) {
        return REGISTRY.getSchema(Schemas.named(name).orElseThrow(), InputFormat.JSON);
    }

    static List<String> errors(String schemaName, String document, InputFormat format) {
        return schema(schemaName).validate(document, format).stream().map(Error::toString).toList();
    }

    static List<Path> files(Path directory, String prefix) throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void shippedSchemasAreWhatTheGeneratorWritesAndAreStable() {
        for (String name : Schemas.names()) {
            assertEquals(SchemaGenerator.generate(name), Schemas.named(name).orElseThrow(), name);
            assertEquals(SchemaGenerator.generate(name), SchemaGenerator.generate(name), name);
        }
    }

    @Test
    void everySchemaIsValidAgainstTheDraft202012MetaSchema() {
        Schema meta = REGISTRY.getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String name : Schemas.names()) {
            assertEquals(List.of(), meta.validate(Schemas.named(name).orElseThrow(), InputFormat.JSON).stream().map(Error::toString).toList(), name);
        }
    }

    @Test
    void everyExampleSelfAssessmentValidates() throws IOException {
        List<Path> examples = files(EXAMPLES, "");
        assertFalse(examples.isEmpty());
        for (Path example : examples) {
            assertEquals(List.of(), errors("self-assessment", Files.readString(example), InputFormat.YAML), example.toString());
        }
    }

    @Test
    void everyLgaEditionValidatesAsAFrameworkDefinition() throws IOException {
        List<Path> editions = files(LGA_DATA, "lga-eflg-");
        assertEquals(3, editions.size());
        for (Path edition : editions) {
            assertEquals(List.of(), errors("framework-definition", Files.readString(edition), InputFormat.YAML), edition.toString());
        }
    }

    @Test
    void aDocumentTheCodecWritesValidates() throws IOException {
        SelfAssessment example = ModelCodec.strict().readSelfAssessment(EXAMPLES.resolve("anytown-2024.yaml")).value().orElseThrow();
        assertEquals(List.of(), errors("self-assessment", ModelCodec.strict().write(example, Format.JSON), InputFormat.JSON));
    }

    @Test
    void unknownFieldMissingOrganisationBadCodeAndUnknownStatusAreRejected() {
        String base = """
                {"organisation": {"name": "Anytown Borough Council", "gssCode": "%s"}, "framework": "lga-eflg-2021",
                 "period": {"from": "2023-04-01", "to": "2024-03-31"}%s}
                """;
        assertEquals(List.of(), errors("self-assessment", base.formatted("E07000999", ""), InputFormat.JSON));
        assertTrue(errors("self-assessment", base.formatted("E07000999", ", \"claimz\": []"), InputFormat.JSON).toString().contains("claimz"));
        assertTrue(errors("self-assessment", base.formatted("X12345", ""), InputFormat.JSON).toString().contains("gssCode"));
        String status = ", \"actionPlan\": {\"entries\": [{\"recommendation\": \"R1\", \"response\": \"accepted\", \"actions\": [{\"id\": \"A1\","
                + " \"description\": \"d\", \"lead\": \"Head of Policy\", \"due\": \"2024-06-30\", \"status\": \"finished\"}]}]}";
        assertTrue(errors("self-assessment", base.formatted("E07000999", status), InputFormat.JSON).toString().contains("status"));
        String noOrganisation = "{\"framework\": \"lga-eflg-2021\", \"period\": {\"from\": \"2023-04-01\", \"to\": \"2024-03-31\"}}";
        assertTrue(errors("self-assessment", noOrganisation, InputFormat.JSON).toString().contains("organisation"));
    }

    @Test
    void unknownSchemaNameIsEmpty() {
        assertTrue(Schemas.named("nothing").isEmpty());
    }
}
