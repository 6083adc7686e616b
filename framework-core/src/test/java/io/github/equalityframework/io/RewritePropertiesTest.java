package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.fixtures.SelfAssessments;
import io.github.equalityframework.model.SelfAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * For generated documents, commented on every line, and a random edit (a text changed, an item removed, moved or
 * added): the rewritten text reads back to the edited model, and every comment survives except those of a removed
 * item and the one beside a changed value.
 */
class RewritePropertiesTest {
    private static final ModelCodec CODEC = ModelCodec.strict();
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Pattern COMMENT = Pattern.compile("# (above|beside) L([0-9]+)$");

    enum Kind {
        TEXT,
        REMOVE,
        MOVE,
        ADD
    }

    record Edit(Kind kind, int which, int to) {}

    @Provide
    Arbitrary<SelfAssessment> assessments() {
        return SelfAssessments.valid();
    }

    @Provide
    Arbitrary<Edit> edits() {
        return Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 10_000))
                .as(Edit::new);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void aRewriteReadsBackToTheEditedModelAndKeepsTheCommentsOfWhatWasNotEdited(
            @ForAll("assessments") SelfAssessment assessment, @ForAll("edits") Edit edit) {
        String base = CODEC.write(assessment, Format.YAML);
        String commented = Commenting.everywhere(base);
        assertEquals(base, CODEC.write(read(commented), Format.YAML), "the comments change nothing");

        ObjectNode tree = (ObjectNode) JSON.readTree(CODEC.write(assessment, Format.JSON));
        Map<String, JsonNode> nodes = new java.util.LinkedHashMap<>();
        walk("", tree, nodes);
        TreeMap<Integer, String> owners = owners(base, nodes);
        Applied applied = apply(tree, nodes, edit);
        Statistics.collect(edit.kind(), applied != null);
        if (applied == null) {
            return; // no candidate for this edit in this document (a list of two or more, a text)
        }

        String saved = CODEC.rewrite(commented, applied.model, Format.YAML);

        assertEquals(CODEC.write(applied.model, Format.YAML), CODEC.write(read(saved), Format.YAML));
        Set<String> kept = saved.lines().map(String::strip).collect(Collectors.toSet());
        Set<String> besides = saved.lines()
                .map(l -> l.contains(" # beside L") ? l.substring(l.lastIndexOf("# beside L")) : "")
                .collect(Collectors.toSet());
        for (String line : commented.lines().toList()) {
            Matcher m = COMMENT.matcher(line);
            if (!m.find()) {
                continue;
            }
            int at = Integer.parseInt(m.group(2));
            String comment = m.group();
            String owner =
                    owners.floorEntry(at) == null ? "" : owners.floorEntry(at).getValue();
            boolean above = m.group(1).equals("above");
            if (applied.mayLose.test(owner) || (!above && applied.changedLine == at)) {
                continue;
            }
            assertTrue(
                    above ? kept.contains(comment) : besides.contains(comment),
                    () -> comment + " (on " + owner + ") is lost after " + applied.what + ":\n" + saved);
        }
    }

    private static SelfAssessment read(String text) {
        ReadResult<SelfAssessment> read = CODEC.read(text, "test.yaml", Format.YAML, SelfAssessment.class);
        assertTrue(read.isClean(), () -> read.problems() + "\n" + text);
        return read.value().orElseThrow();
    }

    /** Every node by its data path, in document order. */
    private static void walk(String path, JsonNode node, Map<String, JsonNode> nodes) {
        if (!path.isEmpty()) {
            nodes.put(path, node);
        }
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                walk(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), nodes);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                walk(path + "[" + i + "]", array.get(i), nodes);
            }
        }
    }

    /** For each line of the codec's text, the path of the last node that starts on it (or before it). */
    private static TreeMap<Integer, String> owners(String base, Map<String, JsonNode> nodes) {
        ReadResult<SelfAssessment> read = CODEC.read(base, "base.yaml", Format.YAML, SelfAssessment.class);
        ModelCodec.LazyLocations locations = (ModelCodec.LazyLocations) read.locator();
        TreeMap<Integer, String> owners = new TreeMap<>();
        for (String path : nodes.keySet()) {
            int line = (path.endsWith("]") ? locations.apply(path) : locations.field(path)).line();
            owners.put(line, path);
        }
        return owners;
    }

    private record Applied(SelfAssessment model, Predicate<String> mayLose, int changedLine, String what) {}

    private static Applied apply(ObjectNode tree, Map<String, JsonNode> nodes, Edit edit) {
        List<String> candidates = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : nodes.entrySet()) {
            boolean fits = edit.kind == Kind.TEXT
                    ? e.getValue().isString()
                    : e.getValue() instanceof ArrayNode a && a.size() >= (edit.kind == Kind.ADD ? 1 : 2);
            if (fits) {
                candidates.add(e.getKey());
            }
        }
        // Try candidates from a random one on, until an edit gives a document the codec reads.
        for (int c = 0; c < candidates.size(); c++) {
            String path = candidates.get((edit.which + c) % candidates.size());
            ObjectNode copy = tree.deepCopy();
            JsonNode target = at(copy, path);
            Predicate<String> mayLose = p -> false;
            int changedLine = -1;
            String what;
            if (edit.kind == Kind.TEXT) {
                JsonNode parent = at(copy, parentOf(path));
                String changed = target.asString() + " edited";
                if (parent instanceof ArrayNode a) {
                    a.set(indexOf(path), JSON.getNodeFactory().stringNode(changed));
                } else {
                    ((ObjectNode) parent).put(path.substring(path.lastIndexOf('.') + 1), changed);
                }
                changedLine = -2; // set below from the locations
                what = "changing " + path;
            } else {
                ArrayNode list = (ArrayNode) target;
                int i = edit.which % list.size();
                if (edit.kind == Kind.REMOVE) {
                    JsonNode removed = list.remove(i);
                    List<String> gone = new ArrayList<>();
                    for (int j = 0; j < list.size() + 1; j++) {
                        if (((ArrayNode) at(tree, path)).get(j).equals(removed)) {
                            gone.add(path + "[" + j + "]");
                        }
                    }
                    mayLose = p ->
                            gone.stream().anyMatch(g -> p.equals(g) || p.startsWith(g + ".") || p.startsWith(g + "["));
                    what = "removing " + path + "[" + i + "]";
                } else if (edit.kind == Kind.MOVE) {
                    JsonNode moved = list.remove(i);
                    list.insert(edit.to % (list.size() + 1), moved);
                    what = "moving " + path + "[" + i + "]";
                } else {
                    JsonNode added = list.get(i).deepCopy();
                    list.insert(edit.to % (list.size() + 1), added);
                    what = "adding a copy of " + path + "[" + i + "]";
                }
            }
            ReadResult<SelfAssessment> read =
                    CODEC.read(copy.toString(), "edited.json", Format.JSON, SelfAssessment.class);
            if (read.isClean()) {
                if (changedLine == -2) {
                    changedLine = lineOf(tree, path);
                }
                return new Applied(read.value().orElseThrow(), mayLose, changedLine, what);
            }
        }
        return null;
    }

    private static int lineOf(ObjectNode tree, String path) {
        SelfAssessment model = CODEC.read(tree.toString(), "t.json", Format.JSON, SelfAssessment.class)
                .value()
                .orElseThrow();
        ReadResult<SelfAssessment> read =
                CODEC.read(CODEC.write(model, Format.YAML), "base.yaml", Format.YAML, SelfAssessment.class);
        ModelCodec.LazyLocations locations = (ModelCodec.LazyLocations) read.locator();
        return (path.endsWith("]") ? locations.apply(path) : locations.field(path)).line();
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.split("(?=\\[)|\\.")) {
            if (step.isEmpty()) {
                continue;
            }
            node = step.startsWith("[")
                    ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : node.get(step);
        }
        return node;
    }

    private static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private static int indexOf(String path) {
        return Integer.parseInt(path.substring(path.lastIndexOf('[') + 1, path.length() - 1));
    }
}
