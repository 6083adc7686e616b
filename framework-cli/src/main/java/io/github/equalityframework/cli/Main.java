package io.github.equalityframework.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Starts the {@code eflg} command. */
public final class Main {
    /** Held so that the setting is not lost when the logger is garbage-collected. */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    static {
        // Hibernate Validator announces its version at start-up; a command-line tool should not.
        VALIDATOR_LOG.setLevel(Level.WARNING);
        // The spreadsheet library logs through Log4j's API; with no Log4j behind it, say nothing rather than complain.
        System.setProperty(
                "log4j2.loggerContextFactory",
                System.getProperty(
                        "log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"));
        System.setProperty("log4j2.simplelogLevel", System.getProperty("log4j2.simplelogLevel", "OFF"));
    }

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command and returns its exit code; used by tests with their own writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new EflgCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(LocalDate.class, new DateOption());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(ExitCodes::onUsageError);
        cli.setExecutionExceptionHandler(ExitCodes::onFailure);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.forTerminal()));
        return cli.execute(args);
    }
}
