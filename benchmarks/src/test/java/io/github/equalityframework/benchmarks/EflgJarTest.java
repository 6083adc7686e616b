package io.github.equalityframework.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The runnable jar's start-up depends on the JDK's class-data archive holding the classes every command loads. JDK 17
 * archives no class file older than Java 6, and picocli ships Java 5 ones, so the build compiles picocli again from
 * its sources for eflg.jar. Runs after framework-cli's package phase in the reactor, which makes the jar.
 */
class EflgJarTest {
    private static final Path EFLG_JAR = Path.of("..", "framework-cli", "target", "eflg.jar");
    private static final int JAVA_6 = 50;
    /** Anonymous classes ({@code Outer$1}) are numbered by the compiler; named ones are the library's shape. */
    private static final Pattern ANONYMOUS = Pattern.compile(".*\\$\\d+.*");

    @Test
    void everyPicocliClassInTheJarIsOneTheClassDataArchiveCanHold() throws IOException {
        Map<String, Integer> versions = picocliClassVersions(EFLG_JAR);

        assertTrue(versions.size() > 100, "picocli's classes in " + EFLG_JAR + ": " + versions.size());
        TreeMap<String, Integer> tooOld = new TreeMap<>(versions);
        tooOld.values().removeIf(version -> version >= JAVA_6);
        assertTrue(
                tooOld.isEmpty(),
                () -> tooOld.size() + " of " + versions.size() + " picocli class files in " + EFLG_JAR
                        + " are older than Java 6, the first " + tooOld.firstEntry());
    }

    @Test
    void theJarHoldsTheSamePicocliAsTheDependency() throws IOException, URISyntaxException {
        Path dependency = Path.of(CommandLine.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());

        assertEquals(
                named(picocliClassVersions(dependency).keySet()),
                named(picocliClassVersions(EFLG_JAR).keySet()));
    }

    private static Set<String> named(Set<String> classes) {
        Set<String> named = new TreeSet<>(classes);
        named.removeIf(name -> ANONYMOUS.matcher(name).matches());
        return named;
    }

    /** picocli's class files in a jar and the major version of each. */
    private static Map<String, Integer> picocliClassVersions(Path jar) throws IOException {
        assertTrue(
                Files.isRegularFile(jar),
                jar + " is missing: build it with the reactor (./mvnw -pl benchmarks -am verify)");
        Map<String, Integer> versions = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (name.startsWith("picocli/") && name.endsWith(".class") && !name.endsWith("package-info.class")) {
                    versions.put(name, majorVersion(zip.getInputStream(entry)));
                }
            }
        }
        return versions;
    }

    private static int majorVersion(InputStream classFile) throws IOException {
        try (DataInputStream in = new DataInputStream(classFile)) {
            in.readInt(); // 0xCAFEBABE
            in.readUnsignedShort(); // minor version
            return in.readUnsignedShort();
        }
    }
}
