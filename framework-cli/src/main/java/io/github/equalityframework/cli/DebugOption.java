package io.github.equalityframework.cli;

import picocli.CommandLine.Option;

/** {@code --debug}: show stack traces of internal failures. */
final class DebugOption {
    @Option(names = "--debug", description = "Show the stack trace of an internal failure.")
    boolean debug;
}
