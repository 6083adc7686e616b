package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every command's --help reads well at 80 columns, the width picocli uses by default: each paragraph
 * of a description is one element, so picocli wraps it as a whole instead of breaking lines mid-sentence,
 * and the first is a sentence that the command list can show in full.
 */
class HelpTextTest {

    static List<CommandLine> commands(CommandLine command) {
        List<CommandLine> all = new ArrayList<>(List.of(command));
        command.getSubcommands().values().stream().distinct().forEach(sub -> all.addAll(commands(sub)));
        return all;
    }

    static Stream<CommandLine> ours() {
        return commands(new CommandLine(new EflgCommand())).stream()
                .filter(c -> !c.getCommandName().equals("generate-completion"))
                .filter(c ->
                        c.getParent() == null || !c.getParent().getCommandName().equals("generate-completion"));
    }

    @TestFactory
    Stream<DynamicTest> everyParagraphOfADescriptionIsWholeSentences() {
        return ours().map(c -> DynamicTest.dynamicTest(c.getCommandSpec().qualifiedName(), () -> {
            for (String paragraph : c.getCommandSpec().usageMessage().description()) {
                if (paragraph.startsWith("Example: ")) {
                    continue;
                }
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
}
