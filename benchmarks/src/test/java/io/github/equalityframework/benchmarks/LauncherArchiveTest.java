package io.github.equalityframework.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./eflg} launcher's class archive holds what {@code validate} needs even when the first command after a
 * build was one that loads almost nothing: it is recorded from a training run, not from whichever command came first.
 * Runs on a copy of the launcher, the jar made by framework-cli's package phase and the bundled examples, so the
 * working tree's own archive is left alone.
 */
class LauncherArchiveTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void afterEflgVersionTheArchiveHoldsTheClassesValidateLoads(@TempDir Path copy) throws Exception {
        Path jar = ROOT.resolve("framework-cli/target/eflg.jar");
        assertTrue(
                Files.isRegularFile(jar),
                jar + " is missing: build it with the reactor (./mvnw -pl benchmarks -am verify)");
        // The launcher's sources check looks at these; none is newer than the jar, so it builds nothing.
        for (String module : List.of("framework-core", "framework-lga", "framework-xlsx", "framework-plugins")) {
            Files.createDirectories(copy.resolve(module));
        }
        Files.writeString(copy.resolve("pom.xml"), "");
        Files.setLastModifiedTime(copy.resolve("pom.xml"), FileTime.fromMillis(0));
        Files.createDirectories(copy.resolve("framework-cli/target"));
        Files.copy(jar, copy.resolve("framework-cli/target/eflg.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(ROOT.resolve("eflg"), copy.resolve("eflg"), StandardCopyOption.COPY_ATTRIBUTES);
        Path examples = Files.createDirectories(copy.resolve("examples/data"));
        for (String name : List.of(
                "anytown-2024.yaml", "anytown-2025.yaml", "anytown-2025-review.yaml", "anytown-2025-plan.yaml")) {
            Files.copy(ROOT.resolve("examples/data").resolve(name), examples.resolve(name));
        }

        Run version = eflg(copy, List.of(), "--version");
        assertEquals(0, version.exitCode(), version.output());
        assertTrue(Files.isRegularFile(copy.resolve("framework-cli/target/eflg.jsa")), "archive made");

        Run validate = eflg(
                copy,
                List.of("EFLG_JAVA_OPTS=-Xlog:class+load"),
                "validate",
                examples.resolve("anytown-2024.yaml").toString());
        assertEquals(0, validate.exitCode(), validate.output());
        List<String> loaded = validate.output()
                .lines()
                .filter(line -> line.contains(" picocli.")
                        || line.contains(" tools.jackson.")
                        || line.contains(" io.github.equalityframework."))
                .toList();
        assertTrue(loaded.size() > 300, "classes of picocli, Jackson and eflg loaded: " + loaded.size());
        List<String> notArchived = loaded.stream()
                .filter(line -> !line.contains("shared objects file"))
                .toList();
        assertEquals(
                List.of(),
                notArchived.subList(0, Math.min(5, notArchived.size())),
                notArchived.size() + " of them not from the archive");
    }

    private record Run(int exitCode, String output) {}

    private static Run eflg(Path root, List<String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("bash", root.resolve("eflg").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().remove("EFLG_NO_CDS");
        builder.environment().remove("EFLG_JAVA_OPTS");
        for (String variable : environment) {
            String[] nameAndValue = variable.split("=", 2);
            builder.environment().put(nameAndValue[0], nameAndValue[1]);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "eflg " + String.join(" ", args) + " finished");
        return new Run(process.exitValue(), output);
    }
}
