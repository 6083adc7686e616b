package io.github.equalityframework.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.equalityframework.engine.PluginProblem;
import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.spi.PluginContext;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a plugin author is told when an edition mapping the plugin contributes cannot be used. */
class EditionMappingProblemsTest {

    private static List<String> problems(TwoEditionsPlugin... plugins) {
        PluginRegistry.Builder builder = PluginRegistry.builder();
        for (TwoEditionsPlugin plugin : plugins) {
            builder.add(plugin);
        }
        try (PluginRegistry registry = builder.build()) {
            List<EditionMapping> mappings = registry.editionMappings(); // read when first used
            List<String> problems =
                    registry.problems().stream().map(PluginProblem::toString).toList();
            if (!problems.isEmpty()) {
                assertEquals(List.of(), mappings, "a mapping with problems is not loaded");
            }
            return problems;
        }
    }

    private static TwoEditionsPlugin with(String resource) {
        return new TwoEditionsPlugin("two-editions", TwoEditionsPlugin.RESOURCES + resource);
    }

    @Test
    void aMisspeltFieldIsReportedWithFileLineAndColumn() {
        assertEquals(
                List.of("plugin two-editions: io/github/equalityframework/migration/misspelt-mapping.yaml:7:5:"
                        + " entries[0].relaton: unknown field 'relaton'; did you mean 'relation'?"),
                problems(with("misspelt-mapping.yaml")));
    }

    @Test
    void aMappingIsReadWhenFirstUsedSoAStartThatUsesNoneDoesNotReportItsProblems() {
        try (PluginRegistry registry =
                PluginRegistry.builder().add(with("misspelt-mapping.yaml")).build()) {
            assertEquals(List.of(), registry.problems(), "read at start-up");
            registry.migration();
            assertEquals(
                    List.of("plugin two-editions: io/github/equalityframework/migration/misspelt-mapping.yaml:7:5:"
                            + " entries[0].relaton: unknown field 'relaton'; did you mean 'relation'?"),
                    registry.problems().stream().map(PluginProblem::toString).toList());
        }
    }

    @Test
    void aMissingResourceIsNamed() {
        assertEquals(
                List.of("plugin two-editions: resource io/github/equalityframework/migration/nowhere.yaml not found"),
                problems(with("nowhere.yaml")));
    }

    @Test
    void aMappingToAnEditionThatIsNotInstalledIsNotLoaded() {
        assertEquals(
                List.of(
                        "plugin two-editions: edition mapping io/github/equalityframework/migration/mapping-to-nowhere.yaml"
                                + " (test-framework-2020 -> test-framework-2030) joins test-framework-2030, which is not an"
                                + " installed framework; the mapping is not loaded"),
                problems(with("mapping-to-nowhere.yaml")));
    }

    @Test
    void aMappingThatDoesNotFitItsEditionsIsLocatedInItsFileOnceUsed() {
        try (PluginRegistry registry =
                PluginRegistry.builder().add(with("mapping-wrong-target.yaml")).build()) {
            // Checking a mapping reads both its editions, which start-up does not do.
            assertEquals(List.of(), registry.problems(), "not checked before it is used");
            assertEquals(List.of(), registry.editionMappings(), "a mapping that does not fit is not loaded");
            assertEquals(
                    List.of("plugin two-editions: edition mapping"
                            + " io/github/equalityframework/migration/mapping-wrong-target.yaml (test-framework-2020 ->"
                            + " test-framework) is invalid: io/github/equalityframework/migration/mapping-wrong-target.yaml:"
                            + "10:10: entries[1].to[0]: 'm9/c9' is not a criterion of test-framework"),
                    registry.problems().stream().map(PluginProblem::toString).toList());
        }
    }

    @Test
    void aSecondMappingFromTheSameEditionIsIgnoredAndNamesTheFirst() {
        try (PluginRegistry registry = PluginRegistry.builder()
                .add(TwoEditionsPlugin.withSoundMapping())
                .add(new TwoEditionsPlugin("two-editions-copy", TwoEditionsPlugin.MAPPING))
                .build()) {
            assertEquals(List.of(), registry.problems(), "not read before it is used");
            assertEquals(1, registry.editionMappings().size());
            assertEquals(
                    List.of(
                            "plugin two-editions-copy: the edition mapping from test-framework-2020 is already provided by"
                                    + " plugin two-editions; this one is ignored"),
                    registry.problems().stream().map(PluginProblem::toString).toList());
            assertEquals(1, registry.editionMappings().size());
        }
    }

    @Test
    void aPluginContextOfAnotherHostSaysItTakesNoMappings() {
        // Another host's context, made without naming its methods: it keeps every default the interface gives.
        PluginContext other = (PluginContext) Proxy.newProxyInstance(
                PluginContext.class.getClassLoader(), new Class<?>[] {PluginContext.class}, (proxy, method, args) -> {
                    if (method.isDefault()) {
                        return InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    return null;
                });
        var e = assertThrows(UnsupportedOperationException.class, () -> other.addEditionMappingResource("m.yaml"));
        assertEquals("this plugin context does not take edition mappings", e.getMessage());
    }
}
