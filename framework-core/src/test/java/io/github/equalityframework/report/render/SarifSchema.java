package io.github.equalityframework.report.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official SARIF 2.1.0 JSON Schema (OASIS, errata 01), vendored in src/test/resources/sarif. It is
 * written in draft 04 (with {@code id}, not {@code $id}), which networknt's validator supports; its
 * references are all within the one document, so nothing is fetched.
 */
final class SarifSchema {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Schema SCHEMA = load();

    private SarifSchema() {}

    static List<Error> errors(String sarif) {
        return SCHEMA.validate(JSON.readTree(sarif));
    }

    static void assertValid(String sarif) {
        List<Error> errors = errors(sarif);
        assertTrue(
                errors.isEmpty(),
                () -> "not valid SARIF 2.1.0:\n"
                        + errors.stream().map(Error::toString).collect(Collectors.joining("\n")));
    }

    private static Schema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            JsonNode schema = JSON.readTree(in);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
