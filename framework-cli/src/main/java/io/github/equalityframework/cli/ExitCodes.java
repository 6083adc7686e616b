package io.github.equalityframework.cli;

import io.github.equalityframework.internal.text.Suggestions;
import io.github.equalityframework.io.CannotWriteException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The exit codes of every command, and the handlers that map failures to them, in one place. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The assessment ran and did not meet the requested bar. */
    public static final int BAR_NOT_MET = 1;
    /** Bad input or usage. */
    public static final int BAD_INPUT = 2;
    /** A plugin or internal failure. */
    public static final int FAILURE = 3;

    private ExitCodes() {}

    static int onUsageError(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println("eflg: " + e.getMessage());
        suggestCommand(e).ifPresent(name -> cli.getErr().println("Did you mean: " + name + "?"));
        cli.getErr().println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for usage.");
        return BAD_INPUT;
    }

    /** The subcommand that a mistyped first argument most likely meant. */
    private static Optional<String> suggestCommand(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            return Suggestions.closest(
                    unmatched.getUnmatched().get(0),
                    e.getCommandLine().getSubcommands().keySet());
        }
        return Optional.empty();
    }

    static int onFailure(Exception e, CommandLine cli, ParseResult parsed) {
        Optional<CannotWriteException> unwritable = cannotWrite(e);
        if (unwritable.isPresent()) {
            // the path the user chose cannot take the output: their input to fix, with the system's reason
            cli.getErr().println("eflg: " + unwritable.get().getMessage());
            return BAD_INPUT;
        }
        cli.getErr().println("eflg: internal failure: " + e);
        if (EflgCommand.debug(cli.getCommandSpec())) {
            e.printStackTrace(cli.getErr());
        } else {
            cli.getErr().println("Run again with --debug for the stack trace.");
        }
        return FAILURE;
    }

    private static Optional<CannotWriteException> cannotWrite(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CannotWriteException unwritable) {
                return Optional.of(unwritable);
            }
        }
        return Optional.empty();
    }
}
