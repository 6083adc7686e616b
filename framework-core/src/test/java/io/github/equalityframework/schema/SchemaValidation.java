package io.github.equalityframework.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.equalityframework.internal.schema.SchemaGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Validates documents against the shipped schemas with networknt's draft 2020-12 validator. */
public final class SchemaValidation {
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    public static final ObjectMapper JSON = JsonMapper.builder().build();
    static final ObjectMapper YAML = YAMLMapper.builder().build();

    private SchemaValidation() {}

    /** The shipped schema with this name, loaded by the validator. */
    static Schema schema(String name) {
        return REGISTRY.getSchema(JSON.readTree(Schemas.named(name).orElseThrow()));
    }

    /** The draft 2020-12 meta-schema, which the validator bundles rather than fetches. */
    public static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(SchemaGenerator.DIALECT));
    }

    static List<Error> errors(String schemaName, JsonNode document) {
        return schema(schemaName).validate(document);
    }

    static void assertValid(String schemaName, JsonNode document, String what) {
        List<Error> errors = errors(schemaName, document);
        assertTrue(errors.isEmpty(), () -> what + " breaks the " + schemaName + " schema:\n" + describe(errors));
    }

    /** Each error as "instance location: keyword", the parts a test can pin down. */
    public static List<String> locationsAndKeywords(List<Error> errors) {
        return errors.stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getKeyword())
                .toList();
    }

    static String describe(List<Error> errors) {
        return errors.stream().map(Error::toString).collect(Collectors.joining("\n"));
    }

    static JsonNode readYaml(Path file) throws IOException {
        return YAML.readTree(Files.readString(file));
    }

    /** The YAML files in a directory whose names start with the prefix, sorted. */
    static List<Path> yamlFiles(Path directory, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }
}
