package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.fixtures.layering.a.Claimant;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The architecture test fails when it should: on the test fixtures in {@code fixtures.layering}, where
 * package {@code a} uses {@code b} and {@code b} uses {@code a} back, only through a generic signature.
 */
class PackageGraphTest {
    private static final String FIXTURES = "io.github.equalityframework.fixtures.layering";

    @Test
    void aDeliberateCycleIsReportedWithTheClassesThatMakeIt() throws Exception {
        assertEquals(
                Optional.of("a -> b -> a (a.Claimant -> b.Reviewer; b.Reviewer -> a.Claimant)"),
                fixtures().cycle());
    }

    @Test
    void aUseAgainstTheLayeringIsReportedWithTheClassesThatMakeIt() throws Exception {
        assertEquals(
                List.of("b uses a: b.Reviewer -> a.Claimant"),
                fixtures().forbiddenUses(Map.of("a", Set.of("b"), "b", Set.of())));
    }

    @Test
    void aPackageTheLayeringDoesNotNameIsReported() throws Exception {
        assertEquals(
                List.of("package b is not in the layering; say which packages it may use"),
                fixtures().forbiddenUses(Map.of("a", Set.of("b"))));
    }

    @Test
    void aUseOfAClassOutsideTheCheckedPackagesIsNeverAllowed() throws Exception {
        // Seen from package a alone, b is outside, as a plugin's package is outside the core: no layering
        // can allow it.
        PackageGraph a = PackageGraph.read(classes(), FIXTURES + ".a");
        assertEquals(
                List.of(". uses " + FIXTURES + ".b, which is outside " + FIXTURES + ".a: Claimant -> " + FIXTURES
                        + ".b.Reviewer"),
                a.forbiddenUses(Map.of(".", Set.of(FIXTURES + ".b"))));
    }

    private static PackageGraph fixtures() throws Exception {
        return PackageGraph.read(classes(), FIXTURES);
    }

    private static Path classes() throws Exception {
        return Path.of(Claimant.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }
}
