package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.PeerReview;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A save written over a reviewer's file changes only the lines of what was edited: the comments, folded text,
 * flow lists and blank lines of everything else stay byte for byte.
 */
class RewriteKeepsLayoutTest {
    private static final ModelCodec CODEC = ModelCodec.strict();
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Path DATA = Path.of("../examples/data");

    static Stream<Path> reviewsAndPlans() throws IOException {
        try (Stream<Path> files = Files.list(DATA)) {
            return files
                    .filter(f -> f.getFileName().toString().matches(".*(review|plan).*\\.yaml"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static String commented(String name) throws IOException {
        return Commenting.everywhere(Files.readString(DATA.resolve(name), StandardCharsets.UTF_8));
    }

    private static Class<?> typeOf(Path file) {
        return file.getFileName().toString().contains("review") ? PeerReview.class : ActionPlan.class;
    }

    private static <T> T read(String yaml, Class<T> type) {
        ReadResult<T> read = CODEC.read(yaml, "test.yaml", Format.YAML, type);
        assertTrue(read.isClean(), () -> read.problems().toString());
        return read.value().orElseThrow();
    }

    /** The model with an edit made to its JSON tree, as the workbench's forms edit one part of it. */
    @SuppressWarnings("unchecked")
    private static <T> T edited(T model, Consumer<ObjectNode> edit) {
        ObjectNode tree = (ObjectNode) JSON.readTree(CODEC.write(model, Format.JSON));
        edit.accept(tree);
        ReadResult<T> read = CODEC.read(tree.toString(), "edited.json", Format.JSON, (Class<T>) model.getClass());
        assertTrue(read.isClean(), () -> read.problems().toString());
        return read.value().orElseThrow();
    }

    private static int lineContaining(List<String> lines, String text) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // a label names its line whole: "L24" is not "L240"
            if (lines.get(i).contains(text)
                    && !lines.get(i).matches(".*" + java.util.regex.Pattern.quote(text) + "[0-9].*")) {
                found.add(i);
            }
        }
        assertEquals(1, found.size(), () -> "lines with " + text + ": " + found);
        return found.get(0);
    }

    @ParameterizedTest
    @MethodSource("reviewsAndPlans")
    void anUnchangedModelGivesBackTheFileByteForByte(Path file) throws IOException {
        String original = commented(file.getFileName().toString());
        Object model = read(original, typeOf(file));
        assertEquals(original, CODEC.rewrite(original, model, Format.YAML));
    }

    @Test
    void editingOneRationaleChangesOnlyItsLineAndKeepsTheCommentBesideIt() throws IOException {
        String original = commented("anytown-2025-review.yaml");
        PeerReview review = read(original, PeerReview.class);
        PeerReview changed = edited(
                review, t -> ((ObjectNode) t.get("validatedLevels").get(1)).put("rationale", "Seen in three budgets."));

        String saved = CODEC.rewrite(original, changed, Format.YAML);

        List<String> expected = new ArrayList<>(original.lines().toList());
        int at = lineContaining(expected, "rationale: Equality data on race and disability informs");
        String label = expected.get(at).substring(expected.get(at).indexOf(" # beside"));
        expected.set(at, "    rationale: Seen in three budgets." + label);
        assertEquals(String.join("\n", expected) + "\n", saved);
        assertEquals(changed, read(saved, PeerReview.class));
    }

    @Test
    void replacingFoldedTextReplacesOnlyItsLinesAndKeepsTheCommentOnItsHeader() throws IOException {
        String original = commented("anytown-2025-review.yaml");
        PeerReview review = read(original, PeerReview.class);
        PeerReview changed =
                edited(review, t -> ((ObjectNode) t.get("validatedLevels").get(0)).put("rationale", "Shorter now."));

        String saved = CODEC.rewrite(original, changed, Format.YAML);

        List<String> expected = new ArrayList<>(original.lines().toList());
        int header = lineContaining(expected, "rationale: >- # beside L27");
        // the header and its two folded lines become one line; the comment beside the header stays beside it
        String label = expected.get(header).substring(expected.get(header).indexOf(" # beside"));
        assertTrue(expected.get(header + 1).contains("The community profile now combines"));
        assertTrue(expected.get(header + 2).contains("services could say how they used it."));
        expected.subList(header, header + 3).clear();
        expected.add(header, "    rationale: Shorter now." + label);
        assertEquals(String.join("\n", expected) + "\n", saved);
    }

    @Test
    void aChangedFlowListIsWrittenAnewAndEveryOtherFlowListStaysAsWritten() throws IOException {
        String original = commented("anytown-2025-plan.yaml");
        ActionPlan plan = read(original, ActionPlan.class);
        ActionPlan changed =
                edited(plan, t -> ((ArrayNode) t.get("entries").get(1).get("roles")).add("service_provider"));

        String saved = CODEC.rewrite(original, changed, Format.YAML);

        assertEquals(changed, read(saved, ActionPlan.class));
        List<String> before = original.lines().toList();
        List<String> after = saved.lines().toList();
        List<String> gone = new ArrayList<>(before);
        gone.removeAll(after);
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        assertEquals(1, gone.size(), gone::toString);
        assertTrue(gone.get(0).trim().startsWith("roles: [community_leader]"), gone::toString);
        assertTrue(added.stream().allMatch(l -> l.contains("roles") || l.trim().startsWith("- ")), added::toString);
        assertTrue(saved.contains("roles: [community_leader, service_provider] # beside"));
    }

    @Test
    void anAddedActionIsWrittenInTheCodecsStyleAndNothingElseMoves() throws IOException {
        String original = commented("anytown-2025-plan.yaml");
        ActionPlan plan = read(original, ActionPlan.class);
        ActionPlan changed = edited(plan, t -> {
            ObjectNode action = ((ArrayNode) t.get("entries").get(0).get("actions")).addObject();
            action.put("id", "A1.2");
            action.put("description", "Review the charter with the forum after a year.");
            action.put("lead", "Head of Communications and Engagement");
            action.put("due", "2027-03-31");
            action.put("status", "not_started");
        });

        String saved = CODEC.rewrite(original, changed, Format.YAML);

        List<String> expected = new ArrayList<>(original.lines().toList());
        int after = lineContaining(expected, "reportedTo: Cabinet # beside L23");
        expected.addAll(
                after + 1,
                List.of(
                        "      - id: A1.2",
                        "        description: Review the charter with the forum after a year.",
                        "        lead: Head of Communications and Engagement",
                        "        due: 2027-03-31",
                        "        status: not_started"));
        assertEquals(String.join("\n", expected) + "\n", saved);
        assertEquals(changed, read(saved, ActionPlan.class));
    }

    @Test
    void aRemovedEntryTakesItsOwnCommentsAndNoOneElses() throws IOException {
        String original = commented("anytown-2025-plan.yaml");
        ActionPlan plan = read(original, ActionPlan.class);
        ActionPlan changed = edited(plan, t -> ((ArrayNode) t.get("entries")).remove(1));

        String saved = CODEC.rewrite(original, changed, Format.YAML);

        List<String> expected = new ArrayList<>(original.lines().toList());
        int from = lineContaining(expected, "# above L24");
        int to = lineContaining(expected, "# above L39");
        expected.subList(from, to).clear();
        assertEquals(String.join("\n", expected) + "\n", saved);
        assertEquals(changed, read(saved, ActionPlan.class));
    }

    @Test
    void reorderedEntriesMoveWithTheirCommentsAndFoldedText() throws IOException {
        String original = commented("brookfield-2025-plan.yaml");
        ActionPlan plan = read(original, ActionPlan.class);
        ActionPlan changed = edited(plan, t -> {
            ArrayNode entries = (ArrayNode) t.get("entries");
            JsonNode first = entries.remove(0);
            entries.insert(2, first);
        });

        String saved = CODEC.rewrite(original, changed, Format.YAML);

        assertEquals(changed, read(saved, ActionPlan.class));
        List<String> before = original.lines().toList();
        List<String> after = saved.lines().toList();
        assertEquals(before.size(), after.size());
        assertEquals(before.stream().sorted().toList(), after.stream().sorted().toList(), "the same lines, moved");
        int r1 = lineContaining(before, "- recommendation: R1 #");
        int r2 = lineContaining(before, "- recommendation: R2 #");
        String entryR1 = String.join("\n", before.subList(r1, r2 - 1));
        assertTrue(saved.contains(entryR1), "R1 moved whole, its folded text and comments included");
    }

    @Test
    void anAddedKeyGoesWhereTheCodecPutsItAmongTheKeysThereAre() throws IOException {
        String original = commented("anytown-2025-plan.yaml");
        ActionPlan plan = read(original, ActionPlan.class);
        ActionPlan changed = edited(
                plan,
                t -> ((ObjectNode) t.get("entries").get(0).get("actions").get(0))
                        .put("nextSteps", "Report to Cabinet in March."));

        String saved = CODEC.rewrite(original, changed, Format.YAML);

        List<String> expected = new ArrayList<>(original.lines().toList());
        int after = lineContaining(expected, "reportedTo: Cabinet # beside L23");
        expected.add(after + 1, "        nextSteps: Report to Cabinet in March.");
        assertEquals(String.join("\n", expected) + "\n", saved);
    }

    @Test
    void windowsLineEndsStayWindowsLineEnds() throws IOException {
        String original = commented("anytown-2025-review.yaml").replace("\n", "\r\n");
        PeerReview review = read(original, PeerReview.class);
        PeerReview changed = edited(
                review, t -> ((ObjectNode) t.get("validatedLevels").get(1)).put("rationale", "Seen in three budgets."));

        String saved = CODEC.rewrite(original, changed, Format.YAML);

        assertFalse(saved.replace("\r\n", "").contains("\n"), "no bare line feed");
        assertTrue(saved.contains("rationale: Seen in three budgets. # beside L32\r\n"));
    }

    @Test
    void aFileThatCannotBeReadIsWrittenPlainlyAfterTheCommentItOpensWith() throws IOException {
        String original = commented("anytown-2025-review.yaml");
        PeerReview review = read(original, PeerReview.class);
        String broken = "# kept\n# also kept\nteam: [unclosed\n";

        assertEquals(
                "# kept\n# also kept\n" + CODEC.write(review, Format.YAML), CODEC.rewrite(broken, review, Format.YAML));
    }

    @Test
    void jsonIsWrittenPlainly() throws IOException {
        PeerReview review = read(commented("anytown-2025-review.yaml"), PeerReview.class);
        String json = CODEC.write(review, Format.JSON);

        assertEquals(json, CODEC.rewrite("{\"team\": []}", review, Format.JSON));
    }

    @Test
    void handWrittenLayoutsAreFollowed() {
        String original = """
                # Peer review, typed by hand
                visitFrom: 2025-06-10   # first day
                team:
                - name: Sam Example     # lead
                  role: lead peer
                -
                    name: "Rowan Placeholder"
                    role: 'officer peer'
                validatedLevels:
                    - criterion: m1/c1
                      level: Achieving
                      rationale: |
                          Line one.
                          Line two.

                    # argued over
                    - {criterion: m1/c2, level: developing}
                feedback:
                - module: m1
                  strengths: [One, "Two, with a comma"]
                  recommendations:
                  - id: R1
                    text: >
                      Folded
                      text.
                """;
        PeerReview review = read(original, PeerReview.class);
        PeerReview changed = edited(review, t -> {
            ((ObjectNode) t.get("team").get(1)).put("role", "officer peer (finance)");
            ((ArrayNode) t.get("team")).addObject().put("name", "Morgan Demo");
            ((ObjectNode) t.get("validatedLevels").get(1)).put("level", "achieving");
        });

        assertEquals("""
                # Peer review, typed by hand
                visitFrom: 2025-06-10   # first day
                team:
                - name: Sam Example     # lead
                  role: lead peer
                -
                    name: "Rowan Placeholder"
                    role: officer peer (finance)
                - name: Morgan Demo
                validatedLevels:
                    - criterion: m1/c1
                      level: Achieving
                      rationale: |
                          Line one.
                          Line two.

                    # argued over
                    - criterion: m1/c2
                      level: achieving
                feedback:
                - module: m1
                  strengths: [One, "Two, with a comma"]
                  recommendations:
                  - id: R1
                    text: >
                      Folded
                      text.
                """, CODEC.rewrite(original, changed, Format.YAML));
    }
}
