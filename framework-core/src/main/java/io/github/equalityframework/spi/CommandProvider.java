package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.problem.ValidationProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A subcommand a plugin contributes to the {@code eflg} command, found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.github.equalityframework.spi.CommandProvider}, or {@code provides} on the module
 * path). The command is a picocli command object; the core does not depend on picocli, so it is handed over as an
 * {@link Object} and a plugin that provides one depends on picocli as {@code provided} or {@code optional}. The
 * command line adds it with {@code CommandLine.addSubcommand(name(), command(host))}, so it inherits
 * {@code --help}, {@code --version} and {@code --debug}, the exit codes of usage errors and failures, and the
 * command line's output streams.
 *
 * <p>The command keeps the command line's exit codes: 0 ok, 1 the bar was not met, 2 bad input or usage (a
 * picocli {@code ParameterException} gives 2 with the usage hint), 3 a plugin or internal failure.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface CommandProvider {

    /** The subcommand's name, e.g. {@code workforce}; it must not be one of eflg's own commands. */
    String name();

    /**
     * A new command object: an instance of a class annotated with picocli's {@code @Command}.
     *
     * @param host what the command line offers the commands it is given
     */
    Object command(Host host);

    /** What the command line offers a contributed command, so that it behaves like eflg's own. */
    @API(status = EXPERIMENTAL, since = "0.1")
    interface Host {
        /**
         * Why writing {@code out} would replace one of the command's inputs, as the user is told, e.g.
         * "--out a.csv is the input file a.csv; eflg never writes over its input, so choose another path"; empty
         * when it would not. Paths are compared as the file system sees them (links, {@code ..}).
         *
         * @param option the option that names the output, e.g. {@code --out}
         * @param out    the output path
         * @param inputs the files and folders the command reads; {@code null}s are skipped
         */
        Optional<String> refusalToWrite(String option, Path out, List<Path> inputs);

        /**
         * Prints the problems of one input file as eflg prints its own: one {@code file:line:column: path: message}
         * line each, made safe for a terminal, with the rest counted past a limit.
         */
        void printProblems(PrintWriter to, List<ValidationProblem> problems);
    }
}
