package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrameworkSnapshotTest {
    private static final String RESOURCES = "io/github/equalityframework/engine/";
    private static final Path FOLDER = Path.of("src", "test", "resources").resolve(RESOURCES);
    private static final EvidenceKind COUNCIL_MINUTE = new EvidenceKind("council-minute", "Council minute", null);

    /** A plugin adding the council-minute kind and these framework (and {@code mapping-*} edition mapping) resources. */
    private static EqualityFrameworkPlugin council(String... resources) {
        return new EqualityFrameworkPlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return new PluginDescriptor("council", "Plugin council", "1.0", "[0.1,1.0)");
            }

            @Override
            public void setup(PluginContext context) {
                context.addEvidenceKind(COUNCIL_MINUTE);
                for (String resource : resources) {
                    if (resource.startsWith("mapping-")) {
                        context.addEditionMappingResource(RESOURCES + resource);
                    } else {
                        context.addFrameworkResource(RESOURCES + resource);
                    }
                }
            }
        };
    }

    private static List<String> problems(PluginRegistry registry) {
        return registry.problems().stream().map(PluginProblem::toString).toList();
    }

    @Test
    void theCommittedSnapshotIsTheEditionAsItIsNow() throws IOException {
        byte[] yaml = Files.readAllBytes(FOLDER.resolve("snapshot-framework.yaml"));
        List<EvidenceKind> kinds = new ArrayList<>(EvidenceKind.BUILT_IN);
        kinds.add(COUNCIL_MINUTE);
        String expected = FrameworkSnapshot.write(RESOURCES + "snapshot-framework.yaml", yaml, kinds);
        Path snapshot = FOLDER.resolve("snapshot-framework.yaml.snapshot");
        String committed = Files.exists(snapshot) ? Files.readString(snapshot) : "";
        if (Boolean.getBoolean("golden.update") && !committed.equals(expected)) {
            Files.writeString(snapshot, expected);
            fail(snapshot + " updated; review and run again without -Dgolden.update");
        }
        assertEquals(expected, committed);
    }

    @Test
    void anEditionWithASnapshotGivesWhatItsResourceGives() throws IOException {
        PluginRegistry registry =
                PluginRegistry.builder().add(council("snapshot-framework.yaml")).build();
        FrameworkDefinition fromYaml = ModelCodec.strict()
                .read(FOLDER.resolve("snapshot-framework.yaml"), FrameworkDefinition.class)
                .value()
                .orElseThrow();
        assertEquals(Optional.of(fromYaml), registry.catalogue().framework("snapshot-framework"));
        assertEquals(List.of(fromYaml), registry.catalogue().frameworks());
        assertEquals(List.of(), problems(registry));
    }

    @Test
    void aMappingFromAnEditionThatNoLongerReadsIsLeftOutWithAProblemWhenFirstUsed() {
        PluginRegistry registry = PluginRegistry.builder()
                .add(council("snapshot-framework.yaml", "stale-framework.yaml", "mapping-from-stale.yaml"))
                .build();
        assertEquals(List.of(), problems(registry), "neither edition is read until the mapping is used");
        assertEquals(List.of(), registry.editionMappings());
        assertEquals(
                "plugin council: edition mapping " + RESOURCES + "mapping-from-stale.yaml (stale-framework ->"
                        + " snapshot-framework) joins an edition that could not be read; the mapping is not loaded",
                problems(registry).get(problems(registry).size() - 1));
    }

    @Test
    void anEditionWhoseResourceChangedAfterItsSnapshotIsReadAndCheckedWhenFirstAskedFor() {
        // The snapshot says "stale-framework" but was made from other bytes; the resource now names an unknown kind.
        PluginRegistry registry = PluginRegistry.builder()
                .add(council("snapshot-framework.yaml", "stale-framework.yaml"))
                .build();
        assertEquals(List.of(), problems(registry), "nothing is read until asked for");
        assertEquals(Optional.empty(), registry.catalogue().framework("stale-framework"));
        assertEquals(
                List.of("plugin council: framework stale-framework is invalid: " + RESOURCES
                        + "stale-framework.yaml:20:32: modules[0].criteria[0].descriptors[0].expectedEvidence[0]:"
                        + " 'no-such-kind' is not a known evidence kind; expected one of: annual-report, consultation,"
                        + " council-minute, eia, equality-data, equality-objectives, external-accreditation, minutes,"
                        + " outcome-measure, policy, strategy, training, workforce-report"),
                problems(registry));
        assertEquals(
                List.of("snapshot-framework"),
                registry.catalogue().frameworks().stream()
                        .map(FrameworkDefinition::id)
                        .toList());
    }

    @Test
    void noSnapshotIsMadeOfAnInvalidEdition() throws IOException {
        byte[] yaml = Files.readAllBytes(FOLDER.resolve("stale-framework.yaml"));
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> FrameworkSnapshot.write("stale-framework.yaml", yaml, EvidenceKind.BUILT_IN));
        assertEquals(
                "no snapshot of an edition with problems:\nstale-framework.yaml:20:32:"
                        + " modules[0].criteria[0].descriptors[0].expectedEvidence[0]: 'no-such-kind' is not a known"
                        + " evidence kind; expected one of: annual-report, consultation, eia, equality-data,"
                        + " equality-objectives, external-accreditation, minutes, outcome-measure, policy, strategy,"
                        + " training, workforce-report",
                refused.getMessage());
    }

    @Test
    void aSnapshotOfOtherBytesOrNoSnapshotAtAllGivesNothing() {
        byte[] resource = "id: x\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), FrameworkSnapshot.read("{}".getBytes(StandardCharsets.UTF_8), resource, "s"));
        assertEquals(Optional.empty(), FrameworkSnapshot.id("not a snapshot\n{}".getBytes(StandardCharsets.UTF_8)));
    }
}
