package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The core's packages form layers, checked on the compiled classes: no package cycle, and each package
 * uses only the packages below it. A plugin's package is never below the core, so the core cannot use one.
 */
class ArchitectureTest {
    static final String CORE = "io.github.equalityframework";

    /**
     * Each package of the core and the packages it may use. The vocabulary ({@code model}, {@code problem})
     * uses nothing of ours; reading and validating use the vocabulary; the plugin contract ({@code spi}) uses
     * the vocabulary only, so that a plugin compiles against no engine internals; reports use the contract's
     * findings; edition migration maps one edition's vocabulary to the next; the engine, at the top, may use everything. The {@code internal} packages are eflg's own helpers, placed
     * like the others. A new package is placed here on purpose.
     */
    static final Map<String, Set<String>> LAYERS = Map.ofEntries(
            Map.entry("internal.text", Set.of()),
            Map.entry("internal.csv", Set.of()),
            Map.entry("internal.ids", Set.of()),
            Map.entry("internal.reflect", Set.of()),
            Map.entry("problem", Set.of("internal.text")),
            Map.entry("model", Set.of()),
            Map.entry("io", Set.of("model", "problem", "internal.text", "internal.reflect")),
            Map.entry("validation", Set.of("model", "problem", "internal.text", "internal.ids", "internal.reflect")),
            Map.entry("spi", Set.of("model", "problem")),
            Map.entry("report", Set.of("model", "problem", "io", "spi")),
            Map.entry("internal.markup", Set.of("model", "problem", "io")),
            Map.entry("report.render", Set.of("model", "problem", "io", "spi", "report", "internal.markup")),
            Map.entry("internal.schema", Set.of("model", "problem", "io", "spi", "report")),
            Map.entry("schema", Set.of("internal.schema")),
            Map.entry("migration", Set.of("model", "problem")),
            Map.entry(
                    "engine",
                    Set.of(
                            "model",
                            "problem",
                            "io",
                            "validation",
                            "migration",
                            "spi",
                            "report",
                            "report.render",
                            "internal.text",
                            "internal.markup",
                            "internal.ids",
                            "schema")));

    @Test
    void theCoresPackagesFormNoCycle() throws Exception {
        assertEquals(Optional.empty(), core().cycle(), "package cycle in the core");
    }

    @Test
    void eachPackageOfTheCoreUsesOnlyThePackagesBelowIt() throws Exception {
        assertEquals(List.of(), core().forbiddenUses(LAYERS));
    }

    @Test
    void theLayeringNamesEveryPackageOfTheCoreAndNoOther() throws Exception {
        assertEquals(new java.util.TreeSet<>(LAYERS.keySet()), core().packages());
    }

    static PackageGraph core() throws Exception {
        Path classes = Path.of(AssessmentEngine.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return PackageGraph.read(classes, CORE);
    }
}
