package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** {@code --debug} is one option of {@code eflg}, accepted by every command at every depth, wherever it is given. */
class DebugOptionTest {
    private final StringWriter err = new StringWriter();

    /** What an internal failure prints after parsing these arguments, the failure raised by the deepest command. */
    private String failureAfter(String... args) {
        CommandLine eflg = EflgCommand.commandLine().setCaseInsensitiveEnumValuesAllowed(true);
        ParseResult parsed = eflg.parseArgs(args);
        ParseResult deepest = parsed;
        while (deepest.subcommand() != null) {
            deepest = deepest.subcommand();
        }
        CommandLine failed = deepest.commandSpec().commandLine();
        failed.setErr(new PrintWriter(err, true));
        int code = ExitCodes.onFailure(new IllegalStateException("broken"), failed, parsed);
        assertEquals(ExitCodes.FAILURE, code);
        return err.toString();
    }

    @Test
    void withoutDebugAnInternalFailureIsTwoLines() {
        assertEquals(
                "eflg: internal failure: java.lang.IllegalStateException: broken\n"
                        + "Run again with --debug for the stack trace.\n",
                failureAfter("action-plan", "init", "r.yaml", "--out", "p.yaml").replace("\r\n", "\n"));
    }

    @Test
    void debugOnACommandTwoLevelsDownShowsTheStackTrace() {
        String printed = failureAfter("action-plan", "init", "r.yaml", "--out", "p.yaml", "--debug");

        assertEquals(
                "eflg: internal failure: java.lang.IllegalStateException: broken\n"
                        + "java.lang.IllegalStateException: broken\n\tat ",
                printed.replace("\r\n", "\n").substring(0, 108));
    }

    @Test
    void debugBeforeTheCommandShowsTheStackTrace() {
        String printed = failureAfter("--debug", "frameworks");

        assertEquals(
                "eflg: internal failure: java.lang.IllegalStateException: broken\n"
                        + "java.lang.IllegalStateException: broken\n\tat ",
                printed.replace("\r\n", "\n").substring(0, 108));
    }

    @Test
    void everyCommandAcceptsDebugAsTheFailureMessageSays() {
        for (CommandLine command : HelpTextTest.commands(EflgCommand.commandLine())) {
            assertNotNull(
                    command.getCommandSpec().findOption("--debug"),
                    command.getCommandSpec().qualifiedName());
        }
    }
}
