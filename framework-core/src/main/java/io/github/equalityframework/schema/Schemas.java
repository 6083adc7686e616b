package io.github.equalityframework.schema;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.internal.schema.SchemaGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The JSON Schemas (draft 2020-12) of the data formats, generated from the model when the library is
 * built and shipped in its jar: {@code self-assessment}, {@code framework-definition},
 * {@code rule-profile}, {@code report}, and {@code peer-review} and {@code action-plan} for a review or a
 * plan kept in a file of its own beside its self-assessment. Each has the {@code $id}
 * {@code https://equalityframework.github.io/schema/NAME.schema.json}, a {@code title} and a
 * {@code description}; each record type of the model is one entry of its {@code $defs}.
 *
 * <p>A schema describes the documents the codec writes: enum values in lower case, dates as
 * {@code YYYY-MM-DD}, no properties beyond the model's. The codec reads a little more leniently (enum
 * values in any case, for one), so a document the schema rejects may still be read; a document the schema
 * accepts may still break rules that span fields, which only validation checks.
 *
 * <p>Stateless and safe to call from any thread.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Schemas {
    private Schemas() {}

    /**
     * The names of the shipped schemas, sorted.
     *
     * @return the names {@link #named(String)} accepts; never empty
     */
    public static List<String> names() {
        return SchemaGenerator.names();
    }

    /**
     * The schema of a self-assessment document ({@code SelfAssessment}).
     *
     * @return the schema as JSON text ending with a newline; never {@code null}
     * @throws IllegalStateException if the jar was built without its schemas
     */
    public static String selfAssessment() {
        return named("self-assessment").orElseThrow();
    }

    /**
     * The schema of a framework definition document ({@code FrameworkDefinition}), such as an EFLG edition.
     *
     * @return the schema as JSON text ending with a newline; never {@code null}
     * @throws IllegalStateException if the jar was built without its schemas
     */
    public static String frameworkDefinition() {
        return named("framework-definition").orElseThrow();
    }

    /**
     * The schema with this name.
     *
     * @param name one of {@link #names()}, such as {@code self-assessment} or {@code framework-definition}
     * @return the schema as JSON text ending with a newline, or empty when no schema has this name
     *     (including {@code null})
     * @throws IllegalStateException if the name is known but the jar was built without its schema
     */
    public static Optional<String> named(String name) {
        if (name == null || !SchemaGenerator.names().contains(name)) {
            return Optional.empty();
        }
        String resource = name + SchemaGenerator.FILE_SUFFIX;
        try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the " + name + " schema (" + resource + ") is missing beside "
                        + Schemas.class.getName() + "; the build generates it in process-classes");
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
