package io.github.equalityframework.cli;

import picocli.CommandLine.Command;

/**
 * Nothing any more: {@code --debug} is an option of {@code eflg} that every subcommand inherits. Kept, empty,
 * only until {@code eflg serve} stops mixing it in; then delete it.
 */
@Command
final class DebugOption {}
