package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.RandomRecords;
import io.github.equalityframework.fixtures.SelfAssessments;
import io.github.equalityframework.migration.EditionMapping;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.RuleProfile;
import io.github.equalityframework.model.SelfAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The record binder gives, for any document of any model type the codec reads, exactly what the mapper gives,
 * or gives up: generated models of every root type written as YAML and JSON through the codec, as they are and
 * mutated (unknown fields, values of the wrong type, empty values, duplicate fields, implausible dates, enum
 * words in other cases, empty lists, fields left out, Unicode text). The codec's answer with the binder (value,
 * problems, the place of every value and field name) is the mapper's answer without it, strict and lenient.
 */
class RecordBinderEquivalenceTest {
    private static final ModelCodec STRICT = ModelCodec.strict();
    private static final ModelCodec LENIENT = ModelCodec.builder().lenient(true).build();
    private static final List<Class<?>> ROOTS = List.of(
            SelfAssessment.class,
            FrameworkDefinition.class,
            RuleProfile.class,
            PeerReview.class,
            ActionPlan.class,
            EditionMapping.class);

    /** Text that is plain, tricky for YAML, beyond Latin, or that the string rules change or refuse. */
    private static final List<String> TEXT = List.of(
            "care-experience",
            "Anytown Borough Council",
            "yes",
            "null",
            "~",
            "2024-01-01",
            "1e3",
            "0x10",
            " leading and trailing ",
            "two\nlines",
            "carriage\r\nreturn",
            "tab\there",
            "caf\u00e9",
            "\ud83d\ude00 emoji",
            "\u0663\u0660",
            "next\u0085line",
            "escape \u001b",
            "on_track",
            "ON_TRACK",
            "",
            "'quoted'",
            "key: value",
            "# not a comment");

    private static final List<LocalDate> DATES = List.of(
            LocalDate.of(2024, 3, 31),
            LocalDate.of(1900, 1, 1),
            LocalDate.of(2100, 12, 31),
            LocalDate.of(1899, 12, 31),
            LocalDate.of(2204, 1, 1),
            LocalDate.of(2019, 2, 28));

    private static final List<Object> ANYTHING = List.of(
            1, -7, 12_345_678_901L, 1.5, 0.1, "text", "carriage\rreturn", true, List.of(1, "a"), Map.of("k", 2));

    /** Models of any root type: mostly plain values, a tenth missing, dates at and past the plausible range. */
    private static final RandomRecords.Draws DRAWS = new RandomRecords.Draws(
            6,
            TEXT,
            List.of(-1, 0, 1, 3, Integer.MAX_VALUE),
            10,
            8,
            random -> random.nextInt(4) > 0
                    ? LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000))
                    : DATES.get(random.nextInt(DATES.size())),
            ANYTHING,
            true);

    enum Mutation {
        NONE,
        UNKNOWN_FIELD,
        WRONG_TYPE,
        NULL,
        ENUM_CASE,
        EMPTY_LIST,
        MISSING_FIELD,
        UNICODE,
        DATE,
        DUPLICATE_FIELD,
        SHAPE
    }

    @Provide
    Arbitrary<Case> documents() {
        return Arbitraries.randomValue(random -> {
            Class<?> type = ROOTS.get(random.nextInt(ROOTS.size()));
            Object model = null;
            while (model == null) {
                model = RandomRecords.record(type, random, DRAWS);
            }
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            Format format = random.nextBoolean() ? Format.YAML : Format.JSON;
            String text;
            try {
                text = mutate(model, mutation, format, random);
            } catch (RuntimeException unwritable) {
                text = STRICT.write(model, Format.JSON); // text a writer refuses: the plain JSON instead
            }
            return new Case(type, format, mutation, text);
        });
    }

    record Case(Class<?> type, Format format, Mutation mutation, String text) {
        @Override
        public String toString() {
            return type.getSimpleName() + " " + format + " " + mutation + ":\n" + text;
        }
    }

    @Property(tries = 1500, edgeCases = EdgeCasesMode.NONE)
    void theBinderGivesTheMappersAnswerOrGivesUp(@ForAll("documents") Case c) {
        boolean bound = assertSameAnswer(c.type(), c.format(), c.text());
        Statistics.label("bound").collect(c.mutation(), bound);
        // Not true of every document, but of some: the binder binds what it can and gives up on the rest.
        Statistics.label("bound").coverage(checker -> {
            for (Mutation m : List.of(Mutation.NONE, Mutation.ENUM_CASE, Mutation.MISSING_FIELD, Mutation.UNICODE)) {
                checker.check(m, true).count((Integer n) -> n > 0);
            }
            for (Mutation m : List.of(
                    Mutation.UNKNOWN_FIELD, Mutation.WRONG_TYPE, Mutation.NULL, Mutation.DATE, Mutation.SHAPE)) {
                checker.check(m, false).count((Integer n) -> n > 0);
            }
        });
    }

    /**
     * Valid assessments give the mapper's answer in both formats, and are bound as JSON, where text is always
     * quoted. YAML written plainly can hold text the parser takes for a number or true/false (a plain {@code .inf})
     * which the mapper turns back into text: a coercion, left to the mapper.
     */
    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void validAssessmentsGiveTheMappersAnswerAndAreBoundAsJson(@ForAll("assessments") SelfAssessment assessment) {
        for (Format format : Format.values()) {
            String text = STRICT.write(assessment, format);
            boolean bound = assertSameAnswer(SelfAssessment.class, format, text);
            Statistics.label("bound").collect(format, bound);
        }
        String json = STRICT.write(assessment, Format.JSON);
        try {
            STRICT.bound(Format.JSON, SelfAssessment.class, json, null);
        } catch (RecordBinder.Bail gaveUp) {
            throw new AssertionError("the binder gave up: " + gaveUp.getMessage() + "\n" + json);
        }
    }

    @Provide
    Arbitrary<SelfAssessment> assessments() {
        return SelfAssessments.valid();
    }

    @Example
    void casesTheGeneratorMightMiss() {
        String[] yaml = {
            "organisation: {name: A}\nframework: f\nperiod: {from: 2024-01-01, to: 2024-12-31}\n",
            "organisation: {name: A}\nframework: 1\n",
            "organisation: {name: A}\nframework: yes\n",
            "organisation: {name: A}\nframework: f\nframework: g\n",
            "organisation: {name: A}\nperiod: {from: ' 2024-01-01 ', to: 2024-1-1}\n",
            "organisation: {name: A}\nperiod: {from: 20240101}\n",
            "organisation: {name: A}\nclaims: [null, {criterion: c}]\n",
            "organisation: {name: A}\nclaims: {criterion: c}\n",
            "organisation: {name: A}\nevidence: [{id: e, count: 2147483648}]\n",
            "organisation: {name: A}\nevidence: [{id: e, count: 1.0}]\n",
            "organisation: {name: A}\nevidence: [{id: e, count: '1'}]\n",
            "organisation: {name: A}\nactionPlan: {status: Draft}\n",
            "organisation: {name: A}\nactionPlan: {status: ' draft'}\n",
            "organisation: {name: A}\nactionPlan: {status: '1'}\n",
            "organisation: {name: A}\nactionPlan: {status: ''}\n",
            "organisation: {name: A}\nactionPlan: {entries: [{actions: [{status: in_progress}]}]}\n",
            "organisation: {name: A}\nactionPlan: {entries: [{roles: [EMPLOYER, null]}]}\n",
            "organisation: \"\\e\"\n",
            "organisation: {name: \"\\e\"}\n",
            "organisation: {name: \"\\r\\n\"}\n",
            "organisation: {name: A}\n---\nframework: f\n",
            "null\n",
            "[]\n",
            "organisation: {name: A}\nfuture: 1\n",
        };
        for (String text : yaml) {
            assertSameAnswer(SelfAssessment.class, Format.YAML, text);
        }
        String[] profiles = {
            "id: p\nrules:\n  r: {enabled: false, severity: Warning, parameters: {a: 1, b: [1, {c: null}], d: 1.5e400}}\n",
            "id: p\nrules:\n  r: {parameters: {a: .inf, b: 99999999999999999999, c: 'x\\u000dy'}}\n",
            "id: p\nrules:\n  r: null\n",
            "id: p\nplugins: []\nrules: {}\n",
            "id: p\nrules: {r: {enabled: 1}}\n",
            "id: p\nrules: {r: {parameters: {a: 1, a: 2}}}\n",
        };
        for (String text : profiles) {
            assertSameAnswer(RuleProfile.class, Format.YAML, text);
        }
        String[] levels = {
            "{\"id\":\"a\",\"label\":\"A\"}",
            "{\"id\":\"a\",\"label\":\"A\",\"rank\":null}",
            "{\"id\":\"a\",\"label\":\"A\",\"rank\":1,\"labels\":{\"cy\":null}}",
            "{\"id\":\"a\",\"label\":\"\\ud800\"}",
            "{\"id\":\"a\",\"label\":\"A\"} {}",
        };
        for (String text : levels) {
            assertSameAnswer(io.github.equalityframework.model.MaturityLevel.class, Format.JSON, text);
        }
    }

    /**
     * Asserts that the codec answers as the mapper alone does, strict and lenient; returns whether the binder
     * gave the value (and did not give up).
     */
    private static boolean assertSameAnswer(Class<?> type, Format format, String text) {
        boolean bound;
        try {
            STRICT.bound(format, type, text, null);
            bound = true;
        } catch (RecordBinder.Bail | tools.jackson.core.JacksonException gaveUp) {
            bound = false;
        }
        for (ModelCodec codec : List.of(STRICT, LENIENT)) {
            ReadResult<?> fast = codec.read(text, "doc", format, type);
            ReadResult<?> slow = codec.readWithMapper(text, "doc", format, type);
            assertEquals(slow.value(), fast.value(), text);
            assertEquals(slow.problems(), fast.problems(), text);
            if (bound && ModelCodec.firstControlCharacter(text) < 0) { // a raw control character is refused first
                assertTrue(slow.isClean(), () -> "bound a document the mapper reports:\n" + text);
            }
            LocationIndex scanned = LocationIndex.scan(codec.mapper(format), text, "doc");
            List<String> paths = new ArrayList<>(scanned.valuePaths());
            paths.addAll(scanned.fieldNamePaths());
            paths.addAll(List.of("", "nothing", "claims[999]", "organisation.unknown[2]"));
            for (String path : paths) {
                assertEquals(slow.locate(path), fast.locate(path), path);
            }
        }
        return bound;
    }

    // ---- documents

    private static String mutate(Object model, Mutation mutation, Format format, Random random) {
        if (mutation == Mutation.NONE) {
            return STRICT.write(model, format);
        }
        if (mutation == Mutation.DUPLICATE_FIELD) {
            return duplicateALine(STRICT.write(model, format), format, random);
        }
        JsonNode tree = STRICT.mapper(Format.JSON).readTree(STRICT.write(model, Format.JSON));
        List<Runnable> edits = new ArrayList<>();
        collectEdits(tree, mutation, random, edits);
        if (!edits.isEmpty()) {
            edits.get(random.nextInt(edits.size())).run();
        }
        return STRICT.mapper(format).writeValueAsString(tree);
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Every edit of the mutation's kind that the tree offers, each at one place. */
    private static void collectEdits(JsonNode node, Mutation mutation, Random random, List<Runnable> edits) {
        if (node instanceof ObjectNode object) {
            if (mutation == Mutation.UNKNOWN_FIELD) {
                edits.add(() -> object.put(random.nextBoolean() ? "unknownField" : "Framework", "x"));
            }
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(name);
                switch (mutation) {
                    case WRONG_TYPE -> edits.add(() -> object.set(name, wrongScalar(value, random)));
                    case NULL -> edits.add(() -> object.putNull(name));
                    case MISSING_FIELD -> edits.add(() -> object.remove(name));
                    case EMPTY_LIST -> edits.add(() -> object.set(name, NODES.arrayNode()));
                    case SHAPE ->
                        edits.add(() ->
                                object.set(name, value.isContainer() ? NODES.stringNode("flat") : NODES.objectNode()));
                    case ENUM_CASE, UNICODE, DATE -> {
                        if (value.isString()) {
                            edits.add(() -> object.put(name, changedText(value.asString(), mutation, random)));
                        }
                    }
                    default -> {}
                }
                collectEdits(value, mutation, random, edits);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int at = i;
                JsonNode value = array.get(i);
                switch (mutation) {
                    case NULL -> edits.add(() -> array.set(at, NODES.nullNode()));
                    case WRONG_TYPE -> edits.add(() -> array.set(at, wrongScalar(value, random)));
                    case ENUM_CASE, UNICODE, DATE -> {
                        if (value.isString()) {
                            edits.add(() ->
                                    array.set(at, NODES.stringNode(changedText(value.asString(), mutation, random))));
                        }
                    }
                    default -> {}
                }
                collectEdits(value, mutation, random, edits);
            }
        }
    }

    private static JsonNode wrongScalar(JsonNode value, Random random) {
        List<JsonNode> wrong = List.of(
                NODES.numberNode(1),
                NODES.numberNode(1.0),
                NODES.numberNode(12_345_678_901L),
                NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
                NODES.stringNode("1"),
                NODES.stringNode("true"),
                NODES.booleanNode(true),
                NODES.stringNode(value.isString() ? value.asString() + "x" : "x"));
        return wrong.get(random.nextInt(wrong.size()));
    }

    private static String changedText(String text, Mutation mutation, Random random) {
        return switch (mutation) {
            case ENUM_CASE ->
                switch (random.nextInt(5)) {
                    case 0 -> text.toUpperCase(Locale.ROOT);
                    case 1 -> text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
                    case 2 -> " " + text;
                    case 3 -> text.replace('_', '-');
                    default -> text.toLowerCase(Locale.ROOT).replace('i', '\u0131'); // a dotless i
                };
            case UNICODE -> TEXT.get(random.nextInt(TEXT.size())) + "\u00e9\u4e2d\ud83d\ude00\u2028";
            default ->
                List.of("1899-12-31", "2204-01-01", "2024-02-30", " 2024-01-01 ", "2024-1-1", "2024-01-01T00:00")
                        .get(random.nextInt(6));
        };
    }

    private static final Pattern YAML_FIELD = Pattern.compile("(?m)^( *)([A-Za-z]+): [^\\n]+$");
    private static final Pattern JSON_FIELD = Pattern.compile("(?m)^( *)\"([A-Za-z]+)\" : [^{\\[\\n]+?,?$");

    /** The document with one scalar field written twice (the second time with another value). */
    private static String duplicateALine(String text, Format format, Random random) {
        Matcher m = (format == Format.YAML ? YAML_FIELD : JSON_FIELD).matcher(text);
        List<int[]> lines = new ArrayList<>();
        while (m.find()) {
            lines.add(new int[] {m.start(), m.end()});
        }
        if (lines.isEmpty()) {
            return text;
        }
        int[] line = lines.get(random.nextInt(lines.size()));
        String original = text.substring(line[0], line[1]);
        String indent = original.substring(
                0, original.length() - original.stripLeading().length());
        String name = original.strip().split(":", 2)[0];
        String copy = format == Format.YAML ? indent + name + ": \"again\"" : indent + name + " : \"again\",";
        return text.substring(0, line[0]) + copy + "\n" + text.substring(line[0]);
    }
}
