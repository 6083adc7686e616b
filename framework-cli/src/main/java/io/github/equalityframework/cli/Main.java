package io.github.equalityframework.cli;

import io.github.equalityframework.cli.output.Ansi;
import io.github.equalityframework.cli.output.TerminalSafeWriter;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.function.IntSupplier;
import picocli.CommandLine;

/** Starts the {@code eflg} command. */
public final class Main {
    static {
        // The spreadsheet library logs through Log4j's API; with no Log4j behind it, say nothing rather than complain.
        System.setProperty(
                "log4j2.loggerContextFactory",
                System.getProperty(
                        "log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"));
        System.setProperty("log4j2.simplelogLevel", System.getProperty("log4j2.simplelogLevel", "OFF"));
    }

    private Main() {}

    public static void main(String[] args) {
        StartupTimeline.mark("main");
        UnfinishedCommand.watch();
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        UnfinishedCommand.finished();
        StartupTimeline.mark("finished");
        System.exit(code);
    }

    /** Runs the command and returns its exit code; used by tests with their own writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        EflgCommand eflg = new EflgCommand();
        eflg.terminalErr = err;
        CommandLine cli = EflgCommand.commandLine(eflg, err::println, args);
        StartupTimeline.mark("command line built");
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(LocalDate.class, new DateOption());
        // No control character from a file name, an argument or a value reaches the terminal raw.
        cli.setOut(new PrintWriter(new TerminalSafeWriter(out), true));
        cli.setErr(new PrintWriter(new TerminalSafeWriter(err), true));
        cli.setParameterExceptionHandler(ExitCodes::onUsageError);
        cli.setExecutionExceptionHandler(ExitCodes::onFailure);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.forTerminal()));
        return guarded(() -> cli.execute(args), cli.getErr());
    }

    /**
     * Runs a command, turning running out of memory (an input too large for the heap, whatever reads it)
     * into one line and exit code 3 instead of a stack trace, or a JVM that lingers on other threads.
     */
    public static int guarded(IntSupplier command, PrintWriter err) {
        try {
            return command.getAsInt();
        } catch (OutOfMemoryError e) {
            err.println("eflg: ran out of memory; the input is too large for the memory Java was given"
                    + " (give it more with EFLG_JAVA_OPTS=-Xmx2g)");
            err.flush();
            return ExitCodes.FAILURE;
        }
    }
}
