package io.github.equalityframework.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command that writes a data file refuses its {@code --out} in the same words, before it reads anything. */
class OutputFileOptionsTest {
    @TempDir
    Path dir;

    /** The command's arguments, writing to {@code out}. */
    private List<String> command(String name, Path out) throws IOException {
        List<String> args = new ArrayList<>(
                switch (name) {
                    case "review init" -> List.of("review", "init", Cli.SECOND_YEAR.toString());
                    case "action-plan init" -> List.of("action-plan", "init", Cli.SECOND_REVIEW.toString());
                    case "import" -> List.of("import", workbook().toString());
                    case "init" -> List.of("init", "--framework", "lga-eflg-2021");
                    case "migrate" ->
                        List.of("migrate", Cli.DATA.resolve("anytown-2014.yaml").toString(), "--to", "lga-eflg-2021");
                    default -> throw new IllegalArgumentException(name);
                });
        args.addAll(List.of("--out", out.toString()));
        return args;
    }

    private Path workbook() {
        Path workbook = dir.resolve("anytown.xlsx");
        if (Files.notExists(workbook)) {
            Run init = Cli.eflg(
                    "init", "--format", "xlsx", "--from", Cli.EXAMPLE.toString(), "--out", workbook.toString());
            assertEquals(0, init.exitCode(), init.err());
        }
        return workbook;
    }

    private static Run eflg(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return Cli.eflg(all.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"review init", "action-plan init", "import", "init", "migrate"})
    void anExistingFileIsKeptWithoutForce(String name) throws IOException {
        Path out = Files.writeString(dir.resolve("out.yaml"), "keep");

        Run run = eflg(command(name, out));

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(
                "eflg: " + out + " exists; use --force to overwrite it\nRun 'eflg " + name + " --help' for usage.\n",
                run.err().replace("\r\n", "\n"));
        assertEquals("keep", Files.readString(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"review init", "action-plan init", "import", "init", "migrate"})
    void forceReplacesAnExistingFile(String name) throws IOException {
        Path out = Files.writeString(dir.resolve("out.yaml"), "keep");

        Run run = eflg(command(name, out), "--force");

        assertEquals(0, run.exitCode(), run.err());
        assertNotEquals("keep", Files.readString(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"review init", "action-plan init", "import", "migrate"})
    void aNameWithoutADataFormatIsRefused(String name) throws IOException {
        Path out = dir.resolve("out.txt");

        Run run = eflg(command(name, out));

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(
                run.err().startsWith("eflg: cannot tell the format of " + out + "; name it .yaml, .yml or .json\n"),
                run.err());
        assertTrue(Files.notExists(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"review init", "action-plan init", "migrate"})
    void anInputIsNeverReplacedEvenWithForce(String name) throws IOException {
        Path input = Path.of(command(name, dir.resolve("x.yaml")).get(name.contains(" ") ? 2 : 1));
        Path copy = Files.copy(input, dir.resolve("input.yaml"));
        List<String> args = command(name, copy);
        args.set(name.contains(" ") ? 2 : 1, copy.toString());

        Run run = eflg(args, "--force");

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(
                run.err()
                        .startsWith("eflg: --out " + copy + " is the input file " + copy
                                + "; eflg never writes over its input, so choose another path\n"),
                run.err());
    }
}
