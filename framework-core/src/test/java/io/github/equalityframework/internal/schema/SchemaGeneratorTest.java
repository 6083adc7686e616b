package io.github.equalityframework.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.schema.SchemaValidation;
import io.github.equalityframework.schema.Schemas;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SchemaGeneratorTest {
    record Sample(
            @NotBlank String name,
            @NotNull LocalDate on,
            @NotNull List<String> tags,
            @NotEmpty List<@NotBlank String> lines,
            @PositiveOrZero int count,
            @Pattern(regexp = "[a-z]+|[0-9]+") String code,
            Map<String, @NotNull Part> parts,
            Part part,
            ActionStatus status) {}

    record Part(String note) {}

    record Sized(@Size(max = 3) String text) {}

    record Linked(URI link) {}

    record BlankPattern(@NotBlank @Pattern(regexp = ".*") String text) {}

    static final class One {
        record Item(String a) {}
    }

    static final class Two {
        record Item(String b) {}
    }

    record Clash(One.Item one, Two.Item two) {}

    static JsonNode schemaOf(Class<? extends Record> type) {
        return SchemaGenerator.schema("urn:test", "Test", "A test type", type);
    }

    static JsonNode property(Class<? extends Record> type, String name) {
        return schemaOf(type).at("/$defs/" + type.getSimpleName() + "/properties/" + name);
    }

    static JsonNode json(String text) {
        return SchemaValidation.JSON.readTree(text);
    }

    @Test
    void requiredAreTheNotNullNotBlankAndNotEmptyComponentsButNotAListThatMayBeEmpty() {
        assertEquals(
                json("[\"name\", \"on\", \"lines\"]"), schemaOf(Sample.class).at("/$defs/Sample/required"));
    }

    @Test
    void recordsAreClosedDefinitionsReferencedBySimpleName() {
        JsonNode schema = schemaOf(Sample.class);
        assertEquals("#/$defs/Sample", schema.get("$ref").asString());
        assertFalse(schema.at("/$defs/Sample/additionalProperties").asBoolean());
        assertFalse(schema.at("/$defs/Part/additionalProperties").asBoolean());
        assertEquals(
                json("{\"$ref\": \"#/$defs/Part\", \"type\": [\"object\", \"null\"]}"), property(Sample.class, "part"));
    }

    @Test
    void constraintsOnTypeArgumentsApplyToTheItems() {
        assertEquals(
                json(
                        "{\"type\": \"array\", \"items\": {\"type\": \"string\", \"minLength\": 1, \"pattern\": \"\\\\S\"},"
                                + " \"minItems\": 1}"),
                property(Sample.class, "lines"));
        assertEquals(
                json(
                        "{\"type\": [\"object\", \"null\"], \"additionalProperties\": {\"$ref\": \"#/$defs/Part\", \"type\": \"object\"}}"),
                property(Sample.class, "parts"));
        assertEquals(
                json("{\"type\": [\"string\", \"null\"]}"),
                property(Sample.class, "tags").get("items"));
    }

    @Test
    void patternIsAnchoredBecauseBeanValidationMatchesTheWholeValue() {
        assertEquals(
                "^(?:[a-z]+|[0-9]+)$",
                property(Sample.class, "code").get("pattern").asString());
    }

    @Test
    void positiveOrZeroPrimitiveIsANonNullIntegerWithMinimumZero() {
        assertEquals(json("{\"type\": \"integer\", \"minimum\": 0}"), property(Sample.class, "count"));
    }

    @Test
    void optionalEnumIsItsLowerCaseNamesOrNull() {
        assertEquals(
                json(
                        "{\"type\": [\"string\", \"null\"], \"enum\": [\"not_started\", \"on_track\", \"at_risk\", \"overdue\", \"complete\", null]}"),
                property(Sample.class, "status"));
    }

    @Test
    void dateIsAYearMonthDayString() {
        JsonNode on = property(Sample.class, "on");
        assertEquals("string", on.get("type").asString());
        assertEquals("date", on.get("format").asString());
        assertTrue(java.util.regex.Pattern.matches(on.get("pattern").asString(), "2024-02-29"));
        assertFalse(java.util.regex.Pattern.matches(on.get("pattern").asString(), "2024-13-01"));
    }

    @Test
    void constraintWithoutAMappingStopsTheGeneration() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> schemaOf(Sized.class));
        assertTrue(e.getMessage().contains("Sized.text") && e.getMessage().contains("@Size"), e.getMessage());
    }

    @Test
    void typeWithoutAMappingStopsTheGeneration() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> schemaOf(Linked.class));
        assertTrue(e.getMessage().contains("Linked.link") && e.getMessage().contains("java.net.URI"), e.getMessage());
    }

    @Test
    void patternThatAdmitsBlanksCannotReplaceNotBlank() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> schemaOf(BlankPattern.class));
        assertTrue(e.getMessage().contains("BlankPattern.text"), e.getMessage());
    }

    @Test
    void twoRecordTypesWithOneSimpleNameStopTheGeneration() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> schemaOf(Clash.class));
        assertTrue(e.getMessage().contains("Item"), e.getMessage());
    }

    @Test
    void generationGivesTheSameTextEveryTime() {
        for (String name : Schemas.names()) {
            assertEquals(SchemaGenerator.generate(name), SchemaGenerator.generate(name), name);
        }
    }

    @Test
    void shippedSchemasAreWhatTheGeneratorWrites() {
        for (String name : Schemas.names()) {
            assertEquals(SchemaGenerator.generate(name), Schemas.named(name).orElseThrow(), name);
        }
    }

    @Test
    void mainWritesEverySchemaIntoTheDirectory(@TempDir Path directory) throws IOException {
        SchemaGenerator.main(new String[] {directory.resolve("out").toString()});
        for (String name : Schemas.names()) {
            assertEquals(
                    SchemaGenerator.generate(name),
                    Files.readString(directory.resolve("out").resolve(name + ".schema.json")));
        }
    }

    @Test
    void schemaTextIsIndentedByTwoSpacesWithUnixLineEndsAndAFinalNewline() {
        String text = Schemas.selfAssessment();
        assertFalse(text.contains("\r"));
        assertTrue(text.startsWith("{\n  \"$schema\": "), text.substring(0, 40));
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void everySchemaIsValidAgainstTheDraft202012MetaSchema() {
        for (String name : Schemas.names()) {
            JsonNode schema = SchemaValidation.JSON.readTree(Schemas.named(name).orElseThrow());
            assertEquals(
                    List.of(),
                    SchemaValidation.locationsAndKeywords(
                            SchemaValidation.metaSchema().validate(schema)),
                    name);
        }
    }

    @Test
    void metaSchemaCatchesAMalformedSchema() {
        JsonNode broken = json(
                "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"record\", \"minLength\": -1}");
        assertFalse(SchemaValidation.metaSchema().validate(broken).isEmpty());
    }

    @Test
    void rootSchemasCarryTheirIdTitleAndDescription() {
        JsonNode selfAssessment = SchemaValidation.JSON.readTree(Schemas.selfAssessment());
        assertEquals(
                "https://equalityframework.github.io/schema/self-assessment.schema.json",
                selfAssessment.get("$id").asString());
        assertEquals(SchemaGenerator.DIALECT, selfAssessment.get("$schema").asString());
        assertEquals("Self-assessment", selfAssessment.get("title").asString());
        assertFalse(selfAssessment.get("description").asString().isBlank());
        JsonNode framework = SchemaValidation.JSON.readTree(Schemas.frameworkDefinition());
        assertEquals(
                "https://equalityframework.github.io/schema/framework-definition.schema.json",
                framework.get("$id").asString());
        assertEquals("#/$defs/FrameworkDefinition", framework.get("$ref").asString());
    }

    @Test
    void unknownSchemaNameIsEmpty() {
        assertTrue(Schemas.named("self-assesment").isEmpty());
        assertTrue(Schemas.named(null).isEmpty());
        assertEquals(Schemas.selfAssessment(), Schemas.named("self-assessment").orElseThrow());
    }
}
