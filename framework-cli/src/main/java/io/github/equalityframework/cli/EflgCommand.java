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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
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
 *
 * <p>The subcommands are not in the annotation but in {@link #SUBCOMMANDS}: building a picocli model costs
 * start-up time per command, so {@link #commandLine(EflgCommand, Consumer, String...)} builds only the one that runs.
 */
@Command(
        name = "eflg",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Assess councils against equality frameworks such as the LGA Equality Framework for Local Government.")
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

    /**
     * Every subcommand by name, in the order {@code eflg --help} lists them. Names are written here so that
     * choosing one loads no other command class; {@code EflgCommandTest} checks them against the annotations.
     * Subcommands found at run time may be added to the command line after these.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("validate", ValidateCommand::new);
        all.put("assess", AssessCommand::new);
        all.put("frameworks", FrameworksCommand::new);
        all.put("plugins", PluginsCommand::new);
        all.put("compare", CompareCommand::new);
        all.put("migrate", MigrateCommand::new);
        all.put("diff-frameworks", DiffFrameworksCommand::new);
        all.put("review", ReviewCommand::new);
        all.put("action-plan", ActionPlanCommand::new);
        all.put("progress", ProgressCommand::new);
        all.put("serve", ServeCommand::new);
        all.put("explain", ExplainCommand::new);
        all.put("init", InitCommand::new);
        all.put("schema", SchemaCommand::new);
        all.put("import", ImportCommand::new);
        all.put("export", ExportCommand::new);
        all.put("help", HelpCommand::new);
        all.put("generate-completion", AutoComplete.GenerateCompletion::new);
        return java.util.Collections.unmodifiableMap(all);
    }

    /** Every subcommand, eflg's own and those plugins contribute: for tests, help and completion. */
    public static CommandLine commandLine() {
        return commandLine(new EflgCommand(), problem -> {
            throw new IllegalStateException(problem);
        });
    }

    /** eflg's own subcommands, without those of plugins. */
    static CommandLine ownCommands() {
        CommandLine cli = new CommandLine(new EflgCommand());
        SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        return cli;
    }

    /**
     * The command line with the subcommands that {@code args} can reach: none for the version alone; only the one
     * named when the first argument that is not an option names one of eflg's own subcommands other than
     * {@code help} or {@code generate-completion}; otherwise (help, completion, no command, a plugin's command, an unknown name)
     * all of them with those plugins contribute, so that help lists them and an unknown name is refused with the
     * list of the known ones.
     *
     * @param problems told why a plugin's command could not be added
     */
    static CommandLine commandLine(EflgCommand eflg, Consumer<String> problems, String... args) {
        CommandLine cli = new CommandLine(eflg);
        if (onlyTheVersion(args)) {
            return cli;
        }
        String named = subcommandNamed(args);
        if (named != null) {
            cli.addSubcommand(named, SUBCOMMANDS.get(named).get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
            // Before any other setting of the command line, so that every setting reaches plugins' commands too.
            ContributedCommands.addTo(cli).forEach(problems);
        }
        return cli;
    }

    /** Whether {@code args} ask for the version and nothing else, which needs no subcommand. */
    static boolean onlyTheVersion(String... args) {
        List<String> given = List.of(args);
        return (given.contains("-V") || given.contains("--version"))
                && List.of("-V", "--version", "--debug").containsAll(given);
    }

    /** The subcommand that alone is needed to run {@code args}, or {@code null} when all are. */
    static String subcommandNamed(String... args) {
        for (String arg : args) {
            if (arg.startsWith("-")) {
                // the top-level options take no value, so the first other argument is the command's name
                if (List.of("-h", "--help").contains(arg)) {
                    return null;
                }
                continue;
            }
            boolean alone = SUBCOMMANDS.containsKey(arg) && !arg.equals("help") && !arg.equals("generate-completion");
            return alone ? arg : null;
        }
        return null;
    }

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
