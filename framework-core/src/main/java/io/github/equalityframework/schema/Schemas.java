package io.github.equalityframework.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The JSON Schemas (draft 2020-12) of the data formats, generated from the model at build time and
 * shipped in the jar: {@code self-assessment}, {@code framework-definition}, {@code rule-profile} and
 * {@code report}.
 */
public final class Schemas {
    private Schemas() {}

    /** The names of the shipped schemas, sorted. */
    public static List<String> names() {
        return List.copyOf(SchemaGenerator.ROOTS.keySet());
    }

    /** The schema of a self-assessment file. */
    public static String selfAssessment() {
        return named("self-assessment").orElseThrow();
    }

    /** The schema of a framework definition file. */
    public static String frameworkDefinition() {
        return named("framework-definition").orElseThrow();
    }

    /** The schema with this name, or empty when there is none. */
    public static Optional<String> named(String name) {
        if (!SchemaGenerator.ROOTS.containsKey(name)) {
            return Optional.empty();
        }
        try (InputStream in = Schemas.class.getResourceAsStream(name + ".schema.json")) {
            if (in == null) {
                throw new IllegalStateException("the " + name + " schema is missing from the jar; the build generates it");
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
