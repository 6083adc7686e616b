package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.equalityframework.cli.Cli.Run;
import io.github.equalityframework.cli.command.WorkforceCommandTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that writes a file treats the path it is given the same way: a device or FIFO is written
 * straight and stays what it was, a directory is refused, and a path the system will not write gives exit 2
 * with the system's reason, never an internal failure.
 */
class OutputPathsCliTest {
    private static final int TYPE_MASK = 0170000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int FIFO = 0010000;

    @TempDir
    Path dir;

    /** Each command that writes, as the arguments that write to OUT (a name ending .yaml), given a work folder. */
    static Stream<Named<BiFunction<Path, Path, List<String>>>> writers() {
        return Stream.of(
                Named.of(
                        "assess",
                        (dir, out) -> List.of(
                                "assess",
                                Cli.EXAMPLE.toString(),
                                "--format",
                                "json",
                                "--out",
                                out.toString(),
                                "--fail-on",
                                "none")),
                Named.of(
                        "progress",
                        (dir, out) -> List.of(
                                "progress",
                                Cli.DATA.toString(),
                                "--organisation",
                                "Anytown Borough Council",
                                "--format",
                                "md",
                                "--today",
                                "2026-01-01",
                                "--out",
                                out.toString())),
                Named.of(
                        "workforce",
                        (dir, out) -> List.of(
                                "workforce",
                                WorkforceCommandTest.WORKFORCE.toString(),
                                "--format",
                                "json",
                                "--out",
                                out.toString())),
                Named.of(
                        "action-plan init",
                        (dir, out) -> List.of(
                                "action-plan",
                                "init",
                                Cli.SECOND_REVIEW.toString(),
                                "--out",
                                out.toString(),
                                "--force")),
                Named.of(
                        "review init",
                        (dir, out) ->
                                List.of("review", "init", Cli.EXAMPLE.toString(), "--out", out.toString(), "--force")),
                Named.of(
                        "init",
                        (dir, out) ->
                                List.of("init", "--framework", "lga-eflg-2021", "--out", out.toString(), "--force")),
                Named.of(
                        "init --format xlsx",
                        (dir, out) -> List.of(
                                "init",
                                "--framework",
                                "lga-eflg-2021",
                                "--format",
                                "xlsx",
                                "--out",
                                out.toString(),
                                "--force")),
                Named.of(
                        "import",
                        (dir, out) -> List.of("import", workbook(dir).toString(), "--out", out.toString(), "--force")),
                Named.of(
                        "migrate",
                        (dir, out) -> List.of(
                                "migrate",
                                Cli.DATA.resolve("anytown-2014.yaml").toString(),
                                "--to",
                                "lga-eflg-2021",
                                "--out",
                                out.toString(),
                                "--force")));
    }

    private static Path workbook(Path dir) {
        Path workbook = dir.resolve("filled-in.xlsx");
        if (!Files.exists(workbook)) {
            Run init = Cli.eflg(
                    "init", "--from", Cli.EXAMPLE.toString(), "--format", "xlsx", "--out", workbook.toString());
            assertEquals(0, init.exitCode(), init.err());
        }
        return workbook;
    }

    private Run run(BiFunction<Path, Path, List<String>> command, Path out) {
        return Cli.eflg(command.apply(dir, out).toArray(String[]::new));
    }

    private static int type(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & TYPE_MASK;
    }

    private static void assertRefused(Run run, String line) {
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().lines().anyMatch(line::equals), "expected the line: " + line + "\nin:\n" + run.err());
        assertFalse(run.err().contains("internal failure"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @ParameterizedTest
    @MethodSource("writers")
    void aDirectoryIsRefusedAndKept(BiFunction<Path, Path, List<String>> command) throws IOException {
        Path out = Files.createDirectories(dir.resolve("report.yaml"));
        Files.writeString(out.resolve("kept.txt"), "kept");

        Run run = run(command, out);

        assertRefused(run, "eflg: cannot write " + out + ": Is a directory");
        assertEquals("kept", Files.readString(out.resolve("kept.txt")));
    }

    @ParameterizedTest
    @MethodSource("writers")
    void aPathThroughAFileGivesTheSystemsReason(BiFunction<Path, Path, List<String>> command) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "kept");
        Path out = notes.resolve("report.yaml");

        Run run = run(command, out);

        assertRefused(run, "eflg: cannot write " + out + ": Not a directory");
        assertEquals("kept", Files.readString(notes));
    }

    @ParameterizedTest
    @MethodSource("writers")
    void aFolderNoOneMayWriteInGivesPermissionDenied(BiFunction<Path, Path, List<String>> command) {
        // sysfs refuses new files to everyone, root included, who passes over a folder's mode bits
        assumeTrue(Files.isDirectory(Path.of("/sys/kernel")));
        Path out = Path.of("/sys/kernel/eflg-report.yaml");

        Run run = run(command, out);

        assertRefused(run, "eflg: cannot write " + out + ": Permission denied");
    }

    @Test
    void devNullTakesTheReportAndStaysADevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && type(devNull) == CHARACTER_DEVICE);

        for (List<String> command : List.of(
                List.of(
                        "assess",
                        Cli.EXAMPLE.toString(),
                        "--format",
                        "json",
                        "--out",
                        "/dev/null",
                        "--fail-on",
                        "none"),
                List.of(
                        "workforce",
                        WorkforceCommandTest.WORKFORCE.toString(),
                        "--format",
                        "json",
                        "--out",
                        "/dev/null"),
                List.of(
                        "progress",
                        Cli.DATA.toString(),
                        "--organisation",
                        "Anytown Borough Council",
                        "--format",
                        "md",
                        "--out",
                        "/dev/null"))) {
            Run run = Cli.eflg(command.toArray(String[]::new));

            assertEquals(0, run.exitCode(), command + ": " + run.err());
            assertEquals(CHARACTER_DEVICE, type(devNull), "after " + command);
        }
    }

    @Test
    void devStdoutTakesTheReportWhereStandardOutputGoesAndStaysALink() throws Exception {
        Path stdout = Path.of("/dev/stdout");
        assumeTrue(Files.exists(stdout));
        boolean link = Files.isSymbolicLink(stdout);
        Path redirected = Files.writeString(dir.resolve("output.txt"), "");

        Process toFile = Cli.process(
                List.of(
                        "assess",
                        Cli.EXAMPLE.toString(),
                        "--format",
                        "json",
                        "--out",
                        "/dev/stdout",
                        "--fail-on",
                        "none"),
                ProcessBuilder.Redirect.to(redirected.toFile()));
        Process toPipe = Cli.process(
                List.of(
                        "assess",
                        Cli.EXAMPLE.toString(),
                        "--format",
                        "json",
                        "--out",
                        "/dev/stdout",
                        "--fail-on",
                        "none"),
                ProcessBuilder.Redirect.PIPE);
        String piped = new String(toPipe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // bounded only so that a broken build fails instead of hanging
        assertTrue(toFile.waitFor(120, TimeUnit.SECONDS) && toPipe.waitFor(120, TimeUnit.SECONDS));

        assertEquals(0, toFile.exitValue(), new String(toFile.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(0, toPipe.exitValue(), new String(toPipe.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        for (String out : List.of(Files.readString(redirected), piped)) {
            assertTrue(out.startsWith("{\n  \"organisation\""), out);
            assertTrue(out.contains("Anytown Borough Council, Equality Framework for Local Government 2021"), out);
        }
        assertTrue(Files.isRegularFile(redirected, LinkOption.NOFOLLOW_LINKS));
        assertEquals(link, Files.isSymbolicLink(stdout), "/dev/stdout is what it was");
    }

    @Test
    void aFullDiskGivesTheSystemsReason() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && type(full) == CHARACTER_DEVICE);

        Run run = Cli.eflg(
                "assess", Cli.EXAMPLE.toString(), "--format", "json", "--out", "/dev/full", "--fail-on", "none");

        assertRefused(run, "eflg: cannot write /dev/full: No space left on device");
        assertEquals(CHARACTER_DEVICE, type(full));
    }

    @Test
    void aNamedPipeReceivesTheReport() throws Exception {
        Path fifo = dir.resolve("report.fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        Run run = Cli.eflg(
                "assess", Cli.EXAMPLE.toString(), "--format", "json", "--out", fifo.toString(), "--fail-on", "none");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(FIFO, type(fifo));
        // bounded only so that a broken build fails instead of hanging
        String report = reader.get(60, TimeUnit.SECONDS);
        assertTrue(report.startsWith("{") && report.contains("\"Anytown Borough Council\""), report);
    }

    @Test
    void aBatchWhoseOneReportCannotBeWrittenStillWritesTheOthers() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Cli.EXAMPLE, in.resolve("anytown.yaml"));
        Files.copy(Cli.EXAMPLE, in.resolve("newtown.yaml"));
        Path out = Files.createDirectories(dir.resolve("reports"));
        Path blocked = Files.createDirectories(out.resolve("anytown.json"));

        Run run = Cli.eflg("assess", in.toString(), "--out", out.toString(), "--format", "json", "--fail-on", "none");

        assertRefused(run, "eflg: cannot write " + blocked + ": Is a directory");
        assertTrue(Files.isDirectory(blocked));
        assertTrue(Files.readString(out.resolve("newtown.json")).contains("\"Anytown Borough Council\""));
        List<String> wrote = new ArrayList<>(
                run.err().lines().filter(l -> l.startsWith("eflg: wrote ")).toList());
        assertEquals(List.of("eflg: wrote " + out.resolve("newtown.json")), wrote);
    }
}
