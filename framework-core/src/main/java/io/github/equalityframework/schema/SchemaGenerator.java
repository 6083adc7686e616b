package io.github.equalityframework.schema;

import io.github.equalityframework.engine.RuleProfile;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.AssessmentReport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates JSON Schemas (draft 2020-12) from the model records, so the schemas cannot drift from the
 * model: each record becomes a definition whose properties are its components; Bean Validation
 * constraints become {@code required}, {@code minLength}, {@code minItems}, {@code pattern} and
 * {@code minimum}. Runs at build time (public only so that the build can run it); use {@link Schemas}.
 */
public final class SchemaGenerator {
    /** The schemas, by name: what each describes and its root type. */
    static final Map<String, Root> ROOTS = new TreeMap<>(Map.of(
            "self-assessment", new Root(SelfAssessment.class, "Self-assessment",
                    "A council's self-assessment against one framework edition: claims per criterion, the evidence register, and optionally a peer review and an action plan."),
            "framework-definition", new Root(FrameworkDefinition.class, "Framework definition",
                    "A framework edition as data: its maturity scale, modules, criteria and level descriptors."),
            "rule-profile", new Root(RuleProfile.class, "Rule profile",
                    "Which rules and checks run, with what severity and parameters; may build on a base profile."),
            "report", new Root(AssessmentReport.class, "Assessment report",
                    "The result of assessing a self-assessment: levels per criterion and module, findings, gap and coverage.")));

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    record Root(Class<? extends Record> type, String title, String description) {}

    private final Map<String, ObjectNode> definitions = new TreeMap<>();

    private SchemaGenerator() {}

    /** The schema text for a root, deterministic, ending with a newline. */
    static String generate(String name) {
        Root root = ROOTS.get(name);
        SchemaGenerator generator = new SchemaGenerator();
        ObjectNode rootRef = generator.typeSchema(root.type(), null);
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "https://equalityframework.github.io/schema/" + name + ".schema.json");
        schema.put("title", root.title());
        schema.put("description", root.description());
        schema.put("$ref", rootRef.get("$ref").asString());
        ObjectNode defs = schema.putObject("$defs");
        generator.definitions.forEach(defs::set);
        return ModelCodec.strict().write(schema, Format.JSON);
    }

    /** Writes every schema into the directory given as the first argument. */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        Files.createDirectories(directory);
        for (String name : ROOTS.keySet()) {
            Files.writeString(directory.resolve(name + ".schema.json"), generate(name), StandardCharsets.UTF_8);
        }
    }

    private ObjectNode typeSchema(Type type, AnnotatedType annotated) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        ObjectNode schema = NODES.objectNode();
        if (raw == String.class) {
            schema.put("type", "string");
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            schema.put("type", "integer");
        } else if (raw == boolean.class || raw == Boolean.class) {
            schema.put("type", "boolean");
        } else if (raw == double.class || raw == Double.class) {
            schema.put("type", "number");
        } else if (raw == LocalDate.class) {
            schema.put("type", "string");
            schema.put("format", "date");
        } else if (raw.isEnum()) {
            schema.put("type", "string");
            ArrayNode values = schema.putArray("enum");
            Arrays.stream(raw.getEnumConstants()).forEach(c -> values.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT)));
        } else if (List.class.isAssignableFrom(raw)) {
            schema.put("type", "array");
            schema.set("items", element(type, annotated, 0));
        } else if (Map.class.isAssignableFrom(raw)) {
            schema.put("type", "object");
            schema.set("additionalProperties", element(type, annotated, 1));
        } else if (raw.isRecord()) {
            String name = raw.getSimpleName();
            if (!definitions.containsKey(name)) {
                definitions.put(name, NODES.objectNode());
                definitions.put(name, recordSchema(raw));
            }
            schema.put("$ref", "#/$defs/" + name);
        }
        // Anything else (Object) accepts any value.
        if (annotated != null) {
            constrain(schema, annotated, raw);
        }
        return schema;
    }

    /** The schema of a list's items or a map's values, with the constraints on that type argument. */
    private ObjectNode element(Type container, AnnotatedType annotated, int argument) {
        Type element = container instanceof ParameterizedType p ? p.getActualTypeArguments()[argument] : Object.class;
        AnnotatedType annotatedElement = annotated instanceof AnnotatedParameterizedType ap
                ? ap.getAnnotatedActualTypeArguments()[argument] : null;
        return typeSchema(element, annotatedElement);
    }

    private ObjectNode recordSchema(Class<?> record) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (RecordComponent component : record.getRecordComponents()) {
            // Constraints are type-use annotations, so they sit on the component's type.
            AnnotatedType type = component.getAnnotatedType();
            ObjectNode property = typeSchema(component.getGenericType(), type);
            boolean isRequired = type.isAnnotationPresent(NotNull.class) || type.isAnnotationPresent(NotBlank.class)
                    || type.isAnnotationPresent(NotEmpty.class);
            if (isRequired) {
                required.add(component.getName());
            }
            properties.set(component.getName(), isRequired || component.getType().isPrimitive() ? property : nullable(property));
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    /** Optional values may be written as an explicit null (an empty YAML value). */
    private static JsonNode nullable(ObjectNode property) {
        ObjectNode either = NODES.objectNode();
        ArrayNode anyOf = either.putArray("anyOf");
        anyOf.add(property);
        anyOf.addObject().put("type", "null");
        return either;
    }

    private static void constrain(ObjectNode schema, AnnotatedElement element, Class<?> raw) {
        boolean list = List.class.isAssignableFrom(raw);
        if (element.isAnnotationPresent(NotBlank.class)) {
            schema.put("minLength", 1);
            schema.put("pattern", "\\S");
        }
        if (element.isAnnotationPresent(NotEmpty.class)) {
            schema.put(list ? "minItems" : "minLength", 1);
        }
        Pattern pattern = element.getAnnotation(Pattern.class);
        if (pattern != null) {
            schema.put("pattern", "^(?:" + pattern.regexp() + ")$");
        }
        if (element.isAnnotationPresent(PositiveOrZero.class)) {
            schema.put("minimum", 0);
        }
    }
}
