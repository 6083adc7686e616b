package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every command's --help reads well at 80 columns, the width picocli uses by default: each paragraph
 * of a description is one element, so picocli wraps it as a whole instead of breaking lines mid-sentence,
 * and the first is a sentence that the command list can show in full. It ends with real examples on the bundled
 * files, which eflg accepts as written, and {@code eflg help COMMAND} shows the same.
 */
class HelpTextTest {

    static List<CommandLine> commands(CommandLine command) {
        List<CommandLine> all = new ArrayList<>(List.of(command));
        command.getSubcommands().values().stream().distinct().forEach(sub -> all.addAll(commands(sub)));
        return all;
    }

    static Stream<CommandLine> ours() {
        return commands(EflgCommand.commandLine()).stream()
                .filter(c -> !c.getCommandName().equals("generate-completion")
                        && !c.getCommandName().equals("help"))
                .filter(c ->
                        c.getParent() == null || !c.getParent().getCommandName().equals("generate-completion"));
    }

    @TestFactory
    Stream<DynamicTest> everyParagraphOfADescriptionIsWholeSentences() {
        return ours().map(c -> DynamicTest.dynamicTest(c.getCommandSpec().qualifiedName(), () -> {
            for (String paragraph : c.getCommandSpec().usageMessage().description()) {
                assertTrue(
                        paragraph.strip().matches("(?s).*[.:)]"),
                        "a paragraph broken mid-sentence: '" + paragraph + "'");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> noDescriptionLineIsCutShortAt80Columns() {
        return ours().map(c -> DynamicTest.dynamicTest(c.getCommandSpec().qualifiedName(), () -> {
            List<String> lines =
                    c.getUsageMessage(CommandLine.Help.Ansi.OFF).lines().toList();
            int first = 0;
            while (first < lines.size()
                    && (lines.get(first).startsWith("Usage:")
                            || lines.get(first).startsWith(" "))) {
                first++;
            }
            for (int i = first; i + 1 < lines.size() && !lines.get(i + 1).startsWith(" "); i++) {
                String next = lines.get(i + 1);
                if (!next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
                    assertTrue(
                            lines.get(i).length() >= 60,
                            "a line cut short before '" + next + "':\n" + String.join("\n", lines));
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> theFirstParagraphIsOneShortSentenceForTheCommandList() {
        return ours().filter(c -> c.getParent() != null)
                .map(c -> DynamicTest.dynamicTest(c.getCommandSpec().qualifiedName(), () -> {
                    String summary = c.getCommandSpec().usageMessage().description()[0];
                    assertTrue(
                            summary.length() <= 90
                                    && summary.endsWith(".")
                                    && !summary.strip()
                                            .substring(0, summary.length() - 1)
                                            .contains(". "),
                            "picocli lists a command by its first paragraph: '" + summary + "'");
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyCommandsHelpEndsWithExamplesThatFitIn80Columns() {
        return ours().map(c -> DynamicTest.dynamicTest(c.getCommandSpec().qualifiedName(), () -> {
            String help = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            int at = help.indexOf("\nExamples:\n");
            assertTrue(at >= 0, "no Examples section:\n" + help);
            List<String> examples =
                    help.substring(at + "\nExamples:\n".length()).lines().toList();
            assertTrue(examples.get(0).startsWith("  eflg "), help);
            for (String line : examples) {
                assertTrue(line.length() <= 80 && line.startsWith("  "), "an example line of its own: '" + line + "'");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleIsACommandEflgAcceptsOnFilesThatAreBundled() {
        return ours().flatMap(c -> examples(c).stream()
                .map(example -> DynamicTest.dynamicTest(example, () -> {
                    List<String> words = words(example);
                    assertEquals("eflg", words.get(0));
                    String[] args = words.subList(1, words.size()).toArray(String[]::new);
                    CommandLine eflg = EflgCommand.commandLine().setCaseInsensitiveEnumValuesAllowed(true);
                    assertDoesNotThrow(() -> eflg.parseArgs(args), example);
                    for (String word : words) {
                        if (word.startsWith("examples/")) {
                            assertTrue(Files.exists(Path.of("..").resolve(word)), "not bundled: " + word);
                        }
                    }
                })));
    }

    @TestFactory
    Stream<DynamicTest> eflgHelpCommandIsTheCommandsOwnHelp() {
        return ours().filter(c -> c.getParent() != null && c.getParent().getParent() == null)
                .map(c -> DynamicTest.dynamicTest(c.getCommandName(), () -> {
                    Run help = Cli.eflg("help", c.getCommandName());
                    Run own = Cli.eflg(c.getCommandName(), "--help");

                    assertEquals(0, help.exitCode(), help.err());
                    assertEquals(own.out(), help.out());
                    assertTrue(help.out().contains("\nExamples:\n  eflg "), help.out());
                }));
    }

    @Test
    void eflgHelpListsEveryCommand() {
        Run run = Cli.eflg("help");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Cli.eflg("--help").out(), run.out());
        for (String name : EflgCommand.commandLine().getSubcommands().keySet()) {
            assertTrue(run.out().contains("\n  " + name + " "), name + " is not listed:\n" + run.out());
        }
    }

    @Test
    void eflgHelpOnACommandThatDoesNotExistIsAUsageError() {
        Run run = Cli.eflg("help", "asess");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals("eflg: Unknown subcommand 'asess'.\nRun 'eflg --help' for usage.\n", run.err());
    }

    /** The examples of a command's help, each joined from its lines (a line ending in a backslash goes on). */
    static List<String> examples(CommandLine command) {
        List<String> examples = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : command.getCommandSpec().usageMessage().footer()) {
            String text = line.strip();
            current.append(current.length() == 0 ? "" : " ").append(text.replaceFirst("\\s*\\\\$", ""));
            if (!text.endsWith("\\")) {
                examples.add(current.toString());
                current.setLength(0);
            }
        }
        return examples;
    }

    /** The words of a command line as a shell splits them: spaces part words, double quotes keep them together. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }
}
