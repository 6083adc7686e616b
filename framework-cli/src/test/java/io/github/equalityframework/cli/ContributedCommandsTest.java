package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.spi.CommandProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** How commands that plugins contribute join eflg's own. */
class ContributedCommandsTest {

    @Command(name = "extra", description = "A contributed command.")
    static final class Extra implements Callable<Integer> {
        final CommandProvider.Host host;

        @Spec
        CommandSpec spec;

        Extra(CommandProvider.Host host) {
            this.host = host;
        }

        @Override
        public Integer call() {
            Optional<String> refusal = host.refusalToWrite("--out", Path.of("pom.xml"), List.of(Path.of("pom.xml")));
            spec.commandLine().getOut().print(refusal.orElse("none"));
            return 0;
        }
    }

    static CommandProvider provider(String name) {
        return new CommandProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object command(Host host) {
                return new Extra(host);
            }
        };
    }

    @Test
    void aContributedCommandIsListedBeforeEflgsClosingCommandsAndTakesItsOptions() {
        CommandLine eflg = EflgCommand.ownCommands();
        assertEquals(List.of(), ContributedCommands.addTo(eflg, List.of(provider("extra"))));

        List<String> names = List.copyOf(eflg.getSubcommands().keySet());
        assertEquals(
                List.of("extra", "import", "export", "help", "generate-completion"),
                names.subList(names.indexOf("extra"), names.size()));
        CommandLine extra = eflg.getSubcommands().get("extra");
        assertEquals(true, extra.getCommandSpec().findOption("--debug") != null, "inherits --debug");
        assertEquals(true, extra.getCommandSpec().findOption("--help") != null, "inherits --help");
    }

    @Test
    void theHostRefusesAnOutputThatIsAnInput() {
        CommandLine eflg = EflgCommand.ownCommands();
        ContributedCommands.addTo(eflg, List.of(provider("extra")));
        java.io.StringWriter out = new java.io.StringWriter();
        eflg.setOut(new java.io.PrintWriter(out));

        assertEquals(0, eflg.execute("extra"));
        assertEquals(
                "--out pom.xml is the input file pom.xml; eflg never writes over its input, so choose another path",
                out.toString());
    }

    @Test
    void aCommandNamedLikeOneOfEflgsOwnIsNotAddedAndSaysWhy() {
        CommandLine eflg = EflgCommand.ownCommands();
        CommandProvider assess = provider("assess");

        assertEquals(
                List.of("eflg: the command 'assess' of " + assess.getClass().getName()
                        + " is not added: eflg already has a command of that name"),
                ContributedCommands.addTo(eflg, List.of(assess)));
        assertEquals(
                "io.github.equalityframework.cli.command.AssessCommand",
                eflg.getSubcommands()
                        .get("assess")
                        .getCommandSpec()
                        .userObject()
                        .getClass()
                        .getName());
    }

    @Test
    void theWorkforcePluginContributesEflgWorkforce() {
        CommandLine eflg = EflgCommand.ownCommands();
        assertEquals(List.of(), ContributedCommands.addTo(eflg));
        assertEquals(
                "io.github.equalityframework.workforce.command.WorkforceCommand",
                eflg.getSubcommands()
                        .get("workforce")
                        .getCommandSpec()
                        .userObject()
                        .getClass()
                        .getName());
    }
}
