package io.github.equalityframework.cli.output;

import io.github.equalityframework.io.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --force}, and what a command that writes a data file checks of its {@code --out} before it reads
 * anything: not one of its inputs (whatever {@code --force} says, through {@link OutputGuard}), not an existing
 * file without {@code --force}, and named for the format to write. The command declares {@code --out} itself:
 * its label, whether it is required and its description are the command's own help, which picocli cannot vary
 * per command for an option of a mixin.
 */
public final class OutputFileOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--force", description = "Overwrite the file if it exists.")
    boolean force;

    /** The path given to the command's {@code --out}, or {@code null} when none was. */
    Path out() {
        OptionSpec out = command.findOption("--out");
        return out == null ? null : out.getValue();
    }

    /**
     * Refuses (exit 2) an {@code --out} that would replace one of these inputs ({@code null}s skipped) or, without
     * {@code --force}, a file that exists; nothing when no {@code --out} was given.
     */
    public void refuseToReplace(Path... inputs) {
        Path out = out();
        if (out == null) {
            return;
        }
        OutputGuard.over(inputs).check(command.commandLine(), "--out", out);
        if (Files.exists(out) && !force) {
            throw new ParameterException(command.commandLine(), out + " exists; use --force to overwrite it");
        }
    }

    /** The data format that {@code --out} names by its extension; refused (exit 2) when it names none. */
    public Format format() {
        Path out = out();
        return Format.fromFileName(out)
                .orElseThrow(() -> new ParameterException(
                        command.commandLine(), "cannot tell the format of " + out + "; name it .yaml, .yml or .json"));
    }
}
