package io.github.equalityframework.cli;

import io.github.equalityframework.cli.output.OutputGuard;
import io.github.equalityframework.cli.output.ProblemLines;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.spi.CommandProvider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The subcommands that plugins on the class path contribute (such as {@code eflg workforce}, from the workforce
 * plugin), added to eflg's own through {@link CommandProvider}, so that the command line compiles against the core
 * only. Added before any other setting of the command line, so that they get its converters, streams and handlers.
 */
final class ContributedCommands {
    /** eflg's own commands that close the list in {@code eflg --help}: file conversion, then help. */
    private static final List<String> LAST = List.of("import", "export", "help", "generate-completion");

    private static final CommandProvider.Host HOST = new CommandProvider.Host() {
        @Override
        public Optional<String> refusalToWrite(String option, Path out, List<Path> inputs) {
            return OutputGuard.over(inputs).refusal(option, out);
        }

        @Override
        public void printProblems(PrintWriter to, List<ValidationProblem> problems) {
            ProblemLines.print(to, problems);
        }
    };

    private ContributedCommands() {}

    private static Object create(CommandLine eflg, Class<?> type) {
        try {
            return eflg.getFactory().create(type);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create eflg's command " + type.getName(), e);
        }
    }

    /**
     * Adds the commands of the providers on eflg's class path, by name, before eflg's closing ones.
     *
     * @return a line for each command that could not be added, saying why; empty when all were
     */
    static List<String> addTo(CommandLine eflg) {
        List<String> problems = new ArrayList<>();
        List<CommandProvider> providers = new ArrayList<>();
        ServiceLoader.load(CommandProvider.class, ContributedCommands.class.getClassLoader()).stream()
                .forEach(provider -> {
                    try {
                        providers.add(provider.get());
                    } catch (RuntimeException | ServiceConfigurationError e) {
                        problems.add("eflg: the command of " + provider.type().getName() + " cannot be created: "
                                + e.getMessage());
                    }
                });
        problems.addAll(addTo(eflg, providers));
        return problems;
    }

    /** Adds these providers' commands, by name, before eflg's closing ones; why any could not be added. */
    static List<String> addTo(CommandLine eflg, List<CommandProvider> given) {
        List<String> problems = new ArrayList<>();
        List<CommandProvider> providers = new ArrayList<>(given);
        providers.sort(Comparator.comparing(CommandProvider::name));
        for (CommandProvider provider : providers) {
            String name = provider.name();
            if (eflg.getSubcommands().containsKey(name)) {
                problems.add("eflg: the command '" + name + "' of "
                        + provider.getClass().getName() + " is not added: eflg already has a command of that name");
                continue;
            }
            eflg.addSubcommand(name, provider.command(HOST));
        }
        if (!providers.isEmpty()) {
            CommandSpec spec = eflg.getCommandSpec();
            for (String name : LAST) {
                CommandLine last = spec.removeSubcommand(name);
                if (last != null) {
                    // A new instance: the one removed already carries eflg's inherited options, which adding again
                    // would repeat.
                    eflg.addSubcommand(
                            name,
                            create(eflg, last.getCommandSpec().userObject().getClass()));
                }
            }
        }
        return problems;
    }
}
