package io.github.equalityframework.lga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.equalityframework.schema.Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every edition and the profile this plugin ships are valid against the published JSON Schemas, as an
 * editor that checks YAML would see them. Read from this module's own resources, by the names the plugin
 * registers, so a missing file fails the test rather than skipping it.
 */
class ShippedDataSchemaTest {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @TestFactory
    Stream<DynamicTest> everyEditionIsAValidFrameworkDefinition() {
        return LgaPlugin.EDITIONS.stream()
                .map(edition -> DynamicTest.dynamicTest(
                        edition,
                        () -> assertValid(
                                "framework-definition",
                                resource(LgaPlugin.RESOURCES + edition + ".yaml"),
                                edition + ".yaml")));
    }

    @Test
    void theDefaultProfileIsAValidRuleProfile() throws IOException {
        assertValid(
                "rule-profile", resource(LgaPlugin.RESOURCES + "profile-lga-default.yaml"), "profile-lga-default.yaml");
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = LgaPlugin.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name + " is not among the plugin's resources");
            return YAML.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static void assertValid(String schema, JsonNode document, String what) {
        List<Error> errors = SCHEMAS.getSchema(JsonMapper.builder()
                        .build()
                        .readTree(Schemas.named(schema).orElseThrow()))
                .validate(document);
        assertEquals(
                List.of(), errors.stream().map(Error::toString).toList(), what + " breaks the " + schema + " schema");
    }
}
