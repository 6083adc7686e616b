package io.github.equalityframework.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No control character from a file, its name or an argument reaches the terminal raw. */
class TerminalControlCharactersTest {
    @TempDir
    Path dir;

    private static boolean rawControl(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t');
    }

    @Test
    void anEscapedControlInAValueIsRefusedWithItsPlace() throws IOException {
        Path file = dir.resolve("title.yaml");
        Files.writeString(
                file,
                Files.readString(Cli.EXAMPLE)
                        .replaceFirst("name: Anytown Borough Council", "name: \"\\\\e]0;owned\\\\a Anytown\""));

        Cli.Run run = Cli.eflg("validate", file.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(
                file + ":6:9: organisation.name: control character U+001B in a value; only tab and newline are allowed",
                run.out().strip());
        assertFalse(rawControl(run.out() + run.err()));
    }

    @Test
    void aFileNameWithControlsIsPrintedWrittenOut() throws IOException {
        Path file = dir.resolve("evil\u001B[2J\rall checks passed.yaml");
        Files.writeString(file, "organisation: [\n");

        Cli.Run run = Cli.eflg("validate", file.toString());

        assertEquals(2, run.exitCode());
        assertFalse(rawControl(run.out() + run.err()), run.out() + run.err());
        assertTrue(run.out().contains("evil\\u001B[2J\\u000Dall checks passed.yaml:"), run.out());
        assertTrue(run.err().contains("evil\\u001B[2J\\u000Dall checks passed.yaml: 2 problems"), run.err());
    }

    @Test
    void anArgumentWithControlsInAUsageErrorIsWrittenOut() {
        Cli.Run run = Cli.eflg("bogus\u001B]0;title\u0007");

        assertEquals(2, run.exitCode());
        assertFalse(rawControl(run.err()), run.err());
        assertTrue(run.err().contains("bogus\\u001B]0;title\\u0007"), run.err());
    }

    @Test
    void colourSequencesAndLineEndsPassEverythingElseIsWrittenOut() {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(new TerminalSafeWriter(text))) {
            out.print("\u001B[1;31mred\u001B[0m tab\tline\r\nover\rwrite \u001B]0;t\u0007 \u001B[2J \u202Eevil \u0085");
        }

        assertEquals(
                "\u001B[1;31mred\u001B[0m tab\tline\r\nover\\u000Dwrite \\u001B]0;t\\u0007 \\u001B[2J \\u202Eevil"
                        + " \\u0085",
                text.toString());
    }
}
