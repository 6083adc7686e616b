package io.github.equalityframework.lga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.equalityframework.engine.FrameworkSnapshot;
import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.FrameworkDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The editions are validated here, in the build, and shipped with a snapshot that {@code eflg} reads instead of
 * validating them again at each start. After changing an edition, run with {@code -Dgolden.update=true} to make
 * its snapshot again.
 */
class EditionSnapshotsTest {
    static final java.util.List<String> EDITIONS = LgaPlugin.EDITIONS;
    private static final Path RESOURCES = Path.of("src", "main", "resources");

    @ParameterizedTest
    @FieldSource("EDITIONS")
    void theSnapshotIsTheValidatedEditionAsItIsNow(String edition) throws IOException {
        String resource = LgaPlugin.RESOURCES + edition + ".yaml";
        byte[] yaml = Files.readAllBytes(RESOURCES.resolve(resource));
        PluginRegistry registry = PluginRegistry.builder().add(new LgaPlugin()).build();
        String expected =
                FrameworkSnapshot.write(resource, yaml, registry.catalogue().evidenceKinds());
        Path snapshot = RESOURCES.resolve(FrameworkSnapshot.resourceName(resource));
        String committed = Files.exists(snapshot) ? Files.readString(snapshot) : "";
        if (Boolean.getBoolean("golden.update") && !committed.equals(expected)) {
            Files.writeString(snapshot, expected);
            fail(snapshot + " updated; review and run again without -Dgolden.update");
        }
        assertEquals(expected, committed, "run with -Dgolden.update=true to make the snapshot again");
    }

    @ParameterizedTest
    @FieldSource("EDITIONS")
    void theSnapshotReadsAsTheEditionItself(String edition) throws IOException {
        String resource = LgaPlugin.RESOURCES + edition + ".yaml";
        byte[] yaml = Files.readAllBytes(RESOURCES.resolve(resource));
        byte[] snapshot = Files.readAllBytes(RESOURCES.resolve(FrameworkSnapshot.resourceName(resource)));
        FrameworkDefinition fromYaml = ModelCodec.strict()
                .read(yaml, resource, null, FrameworkDefinition.class)
                .value()
                .orElseThrow();
        assertEquals(Optional.of(fromYaml), FrameworkSnapshot.read(snapshot, yaml, resource + ".snapshot"));
        assertEquals(
                Optional.empty(),
                FrameworkSnapshot.read(snapshot, (new String(yaml, StandardCharsets.UTF_8) + "\n").getBytes(), "x"),
                "a resource changed after its snapshot was made");
    }
}
