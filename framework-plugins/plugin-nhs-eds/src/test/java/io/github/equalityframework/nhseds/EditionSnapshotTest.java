package io.github.equalityframework.nhseds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.equalityframework.engine.FrameworkSnapshot;
import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.model.FrameworkDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * EDS 2022 is validated here, in the build, and shipped with a snapshot that {@code eflg} reads instead of
 * validating it again at each start. After changing it, run with {@code -Dgolden.update=true} to make the
 * snapshot again.
 */
class EditionSnapshotTest {
    private static final Path RESOURCES = Path.of("src", "main", "resources");

    @Test
    void theSnapshotIsTheValidatedEditionAsItIsNowAndReadsAsIt() throws IOException {
        byte[] yaml = Files.readAllBytes(RESOURCES.resolve(Resources.FRAMEWORK));
        PluginRegistry registry =
                PluginRegistry.builder().add(new NhsEdsPlugin()).build();
        String expected = FrameworkSnapshot.write(
                Resources.FRAMEWORK, yaml, registry.catalogue().evidenceKinds());
        Path snapshot = RESOURCES.resolve(FrameworkSnapshot.resourceName(Resources.FRAMEWORK));
        String committed = Files.exists(snapshot) ? Files.readString(snapshot) : "";
        if (Boolean.getBoolean("golden.update") && !committed.equals(expected)) {
            Files.writeString(snapshot, expected);
            fail(snapshot + " updated; review and run again without -Dgolden.update");
        }
        assertEquals(expected, committed, "run with -Dgolden.update=true to make the snapshot again");
        assertEquals(
                Optional.of(Resources.read(Resources.FRAMEWORK, FrameworkDefinition.class)),
                FrameworkSnapshot.read(Files.readAllBytes(snapshot), yaml, snapshot.toString()));
    }
}
