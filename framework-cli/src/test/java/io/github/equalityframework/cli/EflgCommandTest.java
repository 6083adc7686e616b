package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EflgCommandTest {
    @Test
    void everySubcommandIsListedUnderTheNameItsAnnotationGives() {
        EflgCommand.SUBCOMMANDS.forEach(
                (name, command) -> assertEquals(name, new CommandLine(command.get()).getCommandName()));
    }

    @Test
    void aCommandThatRunsIsBuiltAlone() {
        CommandLine cli = EflgCommand.commandLine(
                new EflgCommand(), EflgCommandTest::fail, "--debug", "validate", "help", "assess");
        assertEquals(List.of("validate"), new ArrayList<>(cli.getSubcommands().keySet()));
        assertNotNull(cli.getSubcommands().get("validate").getCommandSpec().findOption("--debug"), "inherited");
    }

    @Test
    void helpCompletionNoCommandPluginsCommandsAndUnknownNamesGetEveryCommand() {
        List<String> all = new ArrayList<>(EflgCommand.SUBCOMMANDS.keySet());
        // the workforce plugin's command, before eflg's closing ones
        all.add(all.indexOf("import"), "workforce");
        for (String[] args : List.of(
                new String[] {"help", "validate"},
                new String[] {"--help", "validate"},
                new String[] {"generate-completion"},
                new String[] {},
                new String[] {"--debug"},
                new String[] {"workforce", "staff.csv"},
                new String[] {"valdate", "x.yaml"})) {
            CommandLine cli = EflgCommand.commandLine(new EflgCommand(), EflgCommandTest::fail, args);
            assertEquals(all, new ArrayList<>(cli.getSubcommands().keySet()), String.join(" ", args));
        }
    }

    @Test
    void theVersionAloneNeedsNoCommand() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V", "--debug"})) {
            CommandLine cli = EflgCommand.commandLine(new EflgCommand(), EflgCommandTest::fail, args);
            assertEquals(List.of(), new ArrayList<>(cli.getSubcommands().keySet()), String.join(" ", args));
        }
    }

    private static void fail(String problem) {
        throw new AssertionError(problem);
    }

    @Test
    void anUnknownCommandIsRefusedWithTheNearestKnownOne() {
        Cli.Run run = Cli.eflg("valdate", "x.yaml");
        assertEquals(2, run.exitCode());
        assertEquals(
                String.join(
                        System.lineSeparator(),
                        "eflg: Unmatched arguments from index 0: 'valdate', 'x.yaml'",
                        "Did you mean: validate?",
                        "Run 'eflg --help' for usage.",
                        ""),
                run.err());
    }

    @Test
    void theTimelineIsSilentUnlessAsked() {
        Cli.Run run = Cli.eflg("validate", Cli.EXAMPLE.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("timeline"), run.err());
    }
}
