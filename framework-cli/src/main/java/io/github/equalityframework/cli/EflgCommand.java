package io.github.equalityframework.cli;

import io.github.equalityframework.cli.command.ActionPlanCommand;
import io.github.equalityframework.cli.command.AssessCommand;
import io.github.equalityframework.cli.command.CompareCommand;
import io.github.equalityframework.cli.command.DiffFrameworksCommand;
import io.github.equalityframework.cli.command.ExplainCommand;
import io.github.equalityframework.cli.command.ExportCommand;
import io.github.equalityframework.cli.command.FrameworksCommand;
import io.github.equalityframework.cli.command.ImportCommand;
import io.github.equalityframework.cli.command.InitCommand;
import io.github.equalityframework.cli.command.MigrateCommand;
import io.github.equalityframework.cli.command.PluginsCommand;
import io.github.equalityframework.cli.command.ProgressCommand;
import io.github.equalityframework.cli.command.ReviewCommand;
import io.github.equalityframework.cli.command.SchemaCommand;
import io.github.equalityframework.cli.command.ServeCommand;
import io.github.equalityframework.cli.command.ValidateCommand;
import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code eflg} command; it only holds the subcommands. Its help and version options and
 * {@code --debug} are inherited by every subcommand, at every depth.
 */
@Command(
        name = "eflg",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Assess councils against equality frameworks such as the LGA Equality Framework for Local Government.",
        subcommands = {
            ValidateCommand.class,
            AssessCommand.class,
            FrameworksCommand.class,
            PluginsCommand.class,
            CompareCommand.class,
            MigrateCommand.class,
            DiffFrameworksCommand.class,
            ReviewCommand.class,
            ActionPlanCommand.class,
            ProgressCommand.class,
            ServeCommand.class,
            ExplainCommand.class,
            InitCommand.class,
            SchemaCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            HelpCommand.class,
            AutoComplete.GenerateCompletion.class
        })
public final class EflgCommand implements Runnable {
    /**
     * The sections of {@code eflg --help} alone: as a mixin's, they are not among the attributes that every
     * subcommand inherits.
     */
    @Command(
            footerHeading = "%nExamples:%n",
            footer = {"  eflg assess examples/data/anytown-2024.yaml --fail-on none", "  eflg help assess"},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:success",
                "1:the assessment did not meet the requested bar",
                "2:bad input or usage",
                "3:a plugin or internal failure"
            })
    static final class OwnHelp {}

    @Mixin
    OwnHelp ownHelp;

    @Spec
    CommandSpec spec;

    /** Set wherever it is given: the option is one, shared by every subcommand. */
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the stack trace of an internal failure.")
    boolean debug;

    /**
     * Standard error itself, for the progress bar only: the commands' own writer writes a carriage return out as
     * text, so that none from a file can overwrite a line. {@code null} when not started by {@link Main}.
     */
    PrintWriter terminalErr;

    /** Whether {@code --debug} was given, to the command that {@code spec} belongs to or any above it. */
    static boolean debug(CommandSpec spec) {
        return spec.root().userObject() instanceof EflgCommand eflg && eflg.debug;
    }

    /** The progress bar's writer of the command that {@code spec} belongs to, or {@code null}. */
    public static PrintWriter terminalErr(CommandSpec spec) {
        return spec.root().userObject() instanceof EflgCommand eflg ? eflg.terminalErr : null;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }
}
