package io.github.equalityframework.internal.schema;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.RuleProfile;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.AssessmentReportDocument;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.IOException;
import java.lang.annotation.Annotation;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schemas (draft 2020-12) of the data formats from the model records, so that the
 * schemas cannot drift from the model. Runs at build time and writes the schemas into the jar; it is
 * public only so that the build can call {@link #main(String[])}. Read the schemas through
 * {@link io.github.equalityframework.schema.Schemas}.
 *
 * <p>The mapping follows what {@code ModelCodec} reads and writes:
 * <ul>
 *   <li>each record type becomes one entry of {@code $defs}, named by its simple class name, with its
 *       components as {@code properties} in declaration order and {@code additionalProperties: false};</li>
 *   <li>enums are their constant names in lower case; {@link LocalDate} is a {@code YYYY-MM-DD} string;</li>
 *   <li>{@link NotNull}, {@link NotBlank} and {@link NotEmpty} make a property required, except that a
 *       list or map is required only when {@link NotEmpty}, because the codec leaves empty ones out;</li>
 *   <li>an optional property also admits {@code null}, which is what an empty YAML value reads as;</li>
 *   <li>{@link NotBlank} becomes {@code minLength: 1} and a non-blank {@code pattern}, {@link NotEmpty}
 *       {@code minLength}, {@code minItems} or {@code minProperties: 1}, {@link Pattern} an anchored
 *       {@code pattern}, {@link PositiveOrZero} {@code minimum: 0} and {@link Positive} {@code minimum: 1}, on components and on type
 *       arguments ({@code List<@NotBlank String>}) alike.</li>
 * </ul>
 * A type or a constraint it cannot map stops the generation (and so the build) rather than giving a
 * schema that says less than the model.
 */
@API(status = INTERNAL, since = "0.1")
public final class SchemaGenerator {
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    static final String ID_PREFIX = "https://equalityframework.github.io/schema/";
    public static final String FILE_SUFFIX = ".schema.json";

    /** The schemas, by name, sorted: the root type of each and what it describes. */
    static final Map<String, Root> ROOTS = new TreeMap<>(
            Map.of(
                    "self-assessment",
                            new Root(
                                    SelfAssessment.class,
                                    "Self-assessment",
                                    "A council's self-assessment against one framework edition: claims per criterion, the evidence register, and optionally a peer review and an action plan."),
                    "framework-definition",
                            new Root(
                                    FrameworkDefinition.class,
                                    "Framework definition",
                                    "A framework edition as data: its maturity scale, modules, criteria and level descriptors."),
                    "rule-profile",
                            new Root(
                                    RuleProfile.class,
                                    "Rule profile",
                                    "Which rules and checks run, with what severity and parameters; may build on a base profile."),
                    "report",
                            new Root(
                                    AssessmentReportDocument.class,
                                    "Assessment report",
                                    "The result of assessing a self-assessment: levels per criterion and module, findings, gap and coverage; with a peer review, the peer challenge; with an action plan, the plan and each action's status on the day the report judges."),
                    "peer-review",
                            new Root(
                                    PeerReview.class,
                                    "Peer review",
                                    "A peer challenge of a self-assessment, in a file of its own beside it (NAME-review.yaml): the peer team, the visit, the scope, validated levels, findings and recommendations per module, and the award."),
                    "action-plan",
                            new Root(
                                    ActionPlan.class,
                                    "Action plan",
                                    "A council's action plan, in a file of its own beside its self-assessment (NAME-plan.yaml): per recommendation the response, the module and roles, and the actions with their leads, timescales, statuses and progress notes.")));

    /** A calendar date as the codec writes it; {@code format: date} alone is only an annotation in 2020-12. */
    static final String DATE_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
    /** At least one character that is not white space: Bean Validation's {@code @NotBlank}. */
    static final String NOT_BLANK_PATTERN = "\\S";

    private static final Set<Class<?>> INTEGERS =
            Set.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class, byte.class, Byte.class);
    private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class, Float.class);
    private static final Set<Class<? extends Annotation>> MAPPED_CONSTRAINTS =
            Set.of(NotNull.class, NotBlank.class, NotEmpty.class, Pattern.class, PositiveOrZero.class, Positive.class);
    private static final String CONSTRAINTS_PACKAGE = NotNull.class.getPackageName();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(prettyPrinter())
            .build();

    /** A schema's root type, with the title and description the schema carries. */
    record Root(Class<? extends Record> type, String title, String description) {}

    /** Definitions by name, sorted so that the output does not depend on the order types are met. */
    private final Map<String, ObjectNode> definitions = new TreeMap<>();

    private final Map<String, Class<?>> definedTypes = new LinkedHashMap<>();

    private SchemaGenerator() {}

    /** The names of the schemas, sorted. */
    public static List<String> names() {
        return List.copyOf(ROOTS.keySet());
    }

    /** Writes every schema, as {@code NAME.schema.json}, into the directory given as the first argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SchemaGenerator OUTPUT-DIRECTORY");
        }
        Path directory = Path.of(args[0]);
        Files.createDirectories(directory);
        for (String name : ROOTS.keySet()) {
            Files.writeString(directory.resolve(name + FILE_SUFFIX), generate(name), StandardCharsets.UTF_8);
        }
    }

    /** The text of the named schema: the same bytes on every run, 2-space indent, {@code \n} line ends. */
    static String generate(String name) {
        Root root = ROOTS.get(name);
        if (root == null) {
            throw new IllegalArgumentException("no schema is called '" + name + "'");
        }
        return write(schema(ID_PREFIX + name + FILE_SUFFIX, root.title(), root.description(), root.type()));
    }

    /** A complete schema document whose instances are {@code type}. */
    static ObjectNode schema(String id, String title, String description, Class<? extends Record> type) {
        SchemaGenerator generator = new SchemaGenerator();
        ObjectNode rootType = generator.valueSchema(type, null, false, type.getSimpleName());
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", id);
        schema.put("title", title);
        schema.put("description", description);
        schema.setAll(rootType);
        ObjectNode defs = schema.putObject("$defs");
        generator.definitions.forEach(defs::set);
        return schema;
    }

    static String write(JsonNode schema) {
        return JSON.writeValueAsString(schema) + "\n";
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        // Explicit "\n": the default indenter uses the platform's line separator.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(
                        Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /**
     * The schema of one value: a record component, a list item or a map value.
     *
     * @param annotated the type with its annotations, or null when the type carries none (the root)
     * @param nullable whether {@code null} is allowed as well
     * @param where where the type was found, for error messages
     */
    private ObjectNode valueSchema(Type type, AnnotatedType annotated, boolean nullable, String where) {
        Class<?> raw = rawClass(type, where);
        ObjectNode schema = NODES.objectNode();
        if (raw == Object.class) {
            // Free-form values, such as rule parameters: anything goes.
            return schema;
        } else if (raw == String.class) {
            type(schema, "string", nullable);
        } else if (INTEGERS.contains(raw)) {
            type(schema, "integer", nullable);
        } else if (NUMBERS.contains(raw)) {
            type(schema, "number", nullable);
        } else if (raw == boolean.class || raw == Boolean.class) {
            type(schema, "boolean", nullable);
        } else if (raw == LocalDate.class) {
            type(schema, "string", nullable);
            schema.put("format", "date");
            schema.put("pattern", DATE_PATTERN);
        } else if (raw.isEnum()) {
            type(schema, "string", nullable);
            ArrayNode values = schema.putArray("enum");
            Arrays.stream(raw.getEnumConstants())
                    .forEach(c -> values.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT)));
            if (nullable) {
                values.addNull();
            }
        } else if (raw == List.class) {
            type(schema, "array", nullable);
            schema.set("items", argumentSchema(type, annotated, 0, where + "[]"));
        } else if (raw == Map.class) {
            if (rawClass(typeArgument(type, 0, where), where) != String.class) {
                throw new IllegalStateException(where + ": only maps with String keys have a JSON form");
            }
            type(schema, "object", nullable);
            schema.set("additionalProperties", argumentSchema(type, annotated, 1, where + "{}"));
        } else if (raw.isRecord()) {
            // The definition leaves "type" to the reference, so that an optional reference can admit null
            // without an anyOf, whose failures would report every branch.
            schema.put("$ref", "#/$defs/" + define(raw));
            type(schema, "object", nullable);
        } else {
            throw new IllegalStateException(where + ": no JSON Schema mapping for " + type.getTypeName());
        }
        if (annotated != null) {
            constrain(schema, raw, annotated, where);
        }
        return schema;
    }

    /** Defines a record type once, under its simple name, and returns that name. */
    private String define(Class<?> record) {
        String name = record.getSimpleName();
        Class<?> defined = definedTypes.putIfAbsent(name, record);
        if (defined != null && defined != record) {
            throw new IllegalStateException("two model types are called " + name + ": " + defined.getName() + " and "
                    + record.getName() + "; definitions are named by simple name");
        }
        if (defined == null) {
            definitions.put(name, recordSchema(record));
        }
        return name;
    }

    private ObjectNode recordSchema(Class<?> record) {
        ObjectNode schema = NODES.objectNode();
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (RecordComponent component : record.getRecordComponents()) {
            String where = record.getSimpleName() + "." + component.getName();
            AnnotatedType type = component.getAnnotatedType();
            boolean isRequired = required(component.getType(), type);
            if (isRequired) {
                required.add(component.getName());
            }
            boolean nullable = !isRequired && !component.getType().isPrimitive();
            properties.set(component.getName(), valueSchema(component.getGenericType(), type, nullable, where));
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    /**
     * Whether a component must be present. The codec leaves empty lists and maps out, so a container is
     * required only when it may not be empty.
     */
    private static boolean required(Class<?> raw, AnnotatedType type) {
        if (List.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            return type.isAnnotationPresent(NotEmpty.class);
        }
        return type.isAnnotationPresent(NotNull.class)
                || type.isAnnotationPresent(NotBlank.class)
                || type.isAnnotationPresent(NotEmpty.class);
    }

    /** The schema of a list's items or a map's values, with the constraints on that type argument. */
    private ObjectNode argumentSchema(Type container, AnnotatedType annotated, int index, String where) {
        Type argument = typeArgument(container, index, where);
        AnnotatedType annotatedArgument = annotated instanceof AnnotatedParameterizedType parameterized
                ? parameterized.getAnnotatedActualTypeArguments()[index]
                : null;
        boolean notNull = annotatedArgument != null
                && (annotatedArgument.isAnnotationPresent(NotNull.class)
                        || annotatedArgument.isAnnotationPresent(NotBlank.class)
                        || annotatedArgument.isAnnotationPresent(NotEmpty.class));
        return valueSchema(argument, annotatedArgument, !notNull, where);
    }

    private static Type typeArgument(Type container, int index, String where) {
        if (container instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[index];
        }
        throw new IllegalStateException(where + ": a raw " + container.getTypeName() + " has no element type");
    }

    private static Class<?> rawClass(Type type, String where) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        throw new IllegalStateException(where + ": no JSON Schema mapping for " + type.getTypeName());
    }

    private static void type(ObjectNode schema, String type, boolean nullable) {
        if (nullable) {
            schema.putArray("type").add(type).add("null");
        } else {
            schema.put("type", type);
        }
    }

    private static void constrain(ObjectNode schema, Class<?> raw, AnnotatedType annotated, String where) {
        for (Annotation annotation : annotated.getAnnotations()) {
            Class<? extends Annotation> kind = annotation.annotationType();
            if (kind.getPackageName().equals(CONSTRAINTS_PACKAGE) && !MAPPED_CONSTRAINTS.contains(kind)) {
                throw new IllegalStateException(
                        where + ": @" + kind.getSimpleName() + " has no JSON Schema mapping yet");
            }
        }
        if (annotated.isAnnotationPresent(NotEmpty.class)) {
            schema.put(
                    List.class.isAssignableFrom(raw)
                            ? "minItems"
                            : Map.class.isAssignableFrom(raw) ? "minProperties" : "minLength",
                    1);
        }
        Pattern pattern = annotated.getAnnotation(Pattern.class);
        if (pattern != null) {
            if (pattern.flags().length > 0) {
                throw new IllegalStateException(where + ": @Pattern flags have no JSON Schema form");
            }
            // Bean Validation matches the whole value; a JSON Schema pattern matches anywhere unless anchored.
            schema.put("pattern", "^(?:" + pattern.regexp() + ")$");
        }
        if (annotated.isAnnotationPresent(NotBlank.class)) {
            schema.put("minLength", 1);
            // A schema holds one pattern. A @Pattern on the same value takes the place of the non-blank one,
            // which is sound only while that @Pattern itself rejects blanks.
            if (pattern == null) {
                schema.put("pattern", NOT_BLANK_PATTERN);
            } else if (java.util.regex.Pattern.matches(pattern.regexp(), " ")) {
                throw new IllegalStateException(
                        where + ": @Pattern admits a blank value, so it cannot stand in for @NotBlank");
            }
        }
        if (annotated.isAnnotationPresent(PositiveOrZero.class)) {
            schema.put("minimum", 0);
        }
        if (annotated.isAnnotationPresent(Positive.class)) {
            // Only whole numbers carry it in the model, so "above zero" is "at least 1".
            schema.put("minimum", 1);
        }
    }
}
