package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The core's module descriptor keeps up with its packages: every package with classes is API and
 * exported, so that code on the module path can use what code on the class path can, except the internal
 * packages no other eflg module needs on the module path. The unit tests run on the class path;
 * framework-plugins/modulepath-it runs the module path.
 */
class ModuleDescriptorTest {

    @Test
    void everyPackageWithClassesIsExportedAndPluginsAreAServiceTheCoreUses() throws Exception {
        Path classes = Path.of(AssessmentEngine.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        ModuleDescriptor core = ModuleFinder.of(classes)
                .find("io.github.equalityframework.core")
                .orElseThrow()
                .descriptor();

        Set<String> unexported = new TreeSet<>(core.packages());
        core.exports().forEach(e -> unexported.remove(e.source()));

        assertEquals(
                Set.of(
                        "io.github.equalityframework",
                        "io.github.equalityframework.internal.reflect",
                        "io.github.equalityframework.internal.schema",
                        "io.github.equalityframework.internal.text"),
                unexported,
                "only the SDK version resource, the build-checked types, the schema generator and the message helpers"
                        + " are not exported");
        assertTrue(core.uses().contains(EqualityFrameworkPlugin.class.getName()));
    }
}
