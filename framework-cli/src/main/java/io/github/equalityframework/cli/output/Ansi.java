package io.github.equalityframework.cli.output;

import picocli.CommandLine;

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
public final class Ansi {
    private Ansi() {}

    public static CommandLine.Help.Ansi forTerminal() {
        String noColor = System.getenv("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return CommandLine.Help.Ansi.OFF;
        }
        return System.console() != null ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF;
    }
}
