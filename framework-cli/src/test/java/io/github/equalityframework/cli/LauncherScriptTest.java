package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./eflg} launcher rebuilds its jar when a source of any module the jar packages changes, and
 * only then. Run on a copy of the script in a tree of the same shape, with {@code EFLG_BUILD_CHECK=1}, so
 * nothing is built.
 */
class LauncherScriptTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PACKAGED = Pattern.compile("(?m)^packaged=\\(([^)]*)\\)$");
    private static final Instant BUILT = Instant.parse("2026-01-01T12:00:00Z");

    @TempDir
    Path tree;

    @Test
    void everyModuleOnTheCommandsClassPathIsWatched() throws IOException {
        List<String> watched = watched();
        Set<String> modules = projectModulesOnTheClassPath();

        assertTrue(
                modules.containsAll(Set.of("framework-core", "framework-lga", "framework-xlsx", "framework-cli")),
                "the project's modules on the class path: " + modules);
        for (String module : modules) {
            assertTrue(
                    watched.stream().anyMatch(w -> module.equals(w) || module.startsWith(w + "/")),
                    module + " is packaged into the jar but ./eflg does not watch it (packaged=" + watched + ")");
        }
    }

    @Test
    void aChangedMainFileOfAnyPackagedModuleMakesABuildAndNothingElseDoes() throws Exception {
        Set<String> modules = projectModulesOnTheClassPath();
        Files.copy(REPOSITORY.resolve("eflg"), tree.resolve("eflg"));
        Path jar = Files.createDirectories(tree.resolve("framework-cli/target")).resolve("eflg.jar");
        Files.createFile(jar);
        old(Files.writeString(tree.resolve("pom.xml"), "<project/>"));
        for (String module : modules) {
            old(write(module + "/pom.xml"));
            old(write(module + "/src/main/java/Main.java"));
        }
        Files.setLastModifiedTime(jar, FileTime.from(BUILT));

        assertEquals("up to date", check());

        for (String module : modules) {
            for (String source : List.of("src/main/resources/messages.properties", "src/main/java/Main.java")) {
                Path changed = write(module + "/" + source);
                assertEquals("build needed: " + changed, check(), module);
                old(changed);
            }
            Path test = write(module + "/src/test/java/SomeTest.java");
            Path output = write(module + "/target/classes/Main.class");
            assertEquals("up to date", check(), "tests and build output of " + module + " do not make a build");
            Files.delete(test);
            Files.delete(output);
        }
        write("benchmarks/src/main/java/Bench.java");
        assertEquals("up to date", check(), "a module the jar does not package makes no build");

        Files.delete(jar);
        assertEquals("build needed: " + jar, check());
    }

    /** The modules the script watches, from its {@code packaged=(...)} line. */
    private static List<String> watched() throws IOException {
        Matcher m = PACKAGED.matcher(Files.readString(REPOSITORY.resolve("eflg")));
        assertTrue(m.find(), "./eflg has a packaged=(...) line");
        return Arrays.asList(m.group(1).trim().split("\\s+"));
    }

    /**
     * The folders, relative to the repository, of this project's modules that the command's tests run with:
     * its own and those it depends on at run time, whether the reactor gives their folders or jars.
     */
    private static Set<String> projectModulesOnTheClassPath() throws IOException {
        Map<String, String> folderOf = moduleFolders();
        Set<String> modules = new TreeSet<>();
        for (String entry : Cli.testClassPath().split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath().normalize();
            String text = path.toString().replace(File.separatorChar, '/');
            int target = text.indexOf("/target/");
            if (path.startsWith(REPOSITORY) && target >= 0) {
                modules.add(REPOSITORY
                        .relativize(Path.of(text.substring(0, target)))
                        .toString());
            } else {
                Matcher m =
                        Pattern.compile("/io/github/equalityframework/([^/]+)/").matcher(text);
                if (m.find() && folderOf.containsKey(m.group(1))) {
                    modules.add(folderOf.get(m.group(1)));
                }
            }
        }
        return modules;
    }

    /** Each module's folder by its artifact id, from the poms of the repository. */
    private static Map<String, String> moduleFolders() throws IOException {
        Map<String, String> folders = new HashMap<>();
        Pattern own = Pattern.compile("<artifactId>([^<]+)</artifactId>");
        try (Stream<Path> poms = Files.walk(REPOSITORY, 3)) {
            for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
                    .filter(p -> !REPOSITORY.relativize(p).toString().matches(".*\\b(target|src)\\b.*"))
                    .toList()) {
                String text = Files.readString(pom);
                int parent = text.indexOf("</parent>");
                Matcher m = own.matcher(parent < 0 ? text : text.substring(parent));
                if (m.find()) {
                    folders.put(
                            m.group(1), REPOSITORY.relativize(pom.getParent()).toString());
                }
            }
        }
        return folders;
    }

    private Path write(String file) throws IOException {
        Path path = tree.resolve(file);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, "x");
    }

    private static void old(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(BUILT.minusSeconds(3600)));
    }

    private String check() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", tree.resolve("eflg").toString()).redirectErrorStream(true);
        builder.environment().put("EFLG_BUILD_CHECK", "1");
        Process process = builder.start();
        // bounded only so that a broken script fails instead of hanging
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the script ended");
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
