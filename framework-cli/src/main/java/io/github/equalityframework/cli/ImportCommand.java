package io.github.equalityframework.cli;

import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eflg import FILE.xlsx --out FILE.yaml}: a filled-in workbook as a self-assessment file. */
@Command(
        name = "import",
        footerHeading = "%nExamples:%n",
        footer = {
            "  eflg init --format xlsx --from examples/data/anytown-2024.yaml --out a.xlsx",
            "  eflg import a.xlsx --out a.yaml"
        },
        description = {
            "Turn a filled-in self-assessment workbook into YAML or JSON.",
            "The workbook is one that eflg init --format xlsx wrote. It is checked as it is read, and every problem is reported as FILE.xlsx:Sheet!C12: path: message."
        })
final class ImportCommand implements Callable<Integer> {
    private static final ModelCodec CODEC = ModelCodec.strict();

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Parameters(paramLabel = "FILE", description = "The workbook (.xlsx).")
    Path file;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            description = "Where to write the self-assessment (.yaml, .yml or .json).")
    Path out;

    @Mixin
    OutputFileOptions output;

    @Override
    public Integer call() {
        output.refuseToReplace(file, plugins.pluginPath);
        if (!InputFiles.isWorkbook(file)) {
            throw new ParameterException(spec.commandLine(), file + " is not a workbook; import reads .xlsx files");
        }
        output.format();
        PluginRegistry registry = plugins.registry();
        LoadedFile loaded = LoadedFile.load(file, CODEC, new SelfAssessmentValidator(registry.catalogue()));
        if (!loaded.valid()) {
            ProblemLines.print(spec.commandLine().getErr(), loaded.problems());
            spec.commandLine()
                    .getErr()
                    .println(file + ": " + loaded.problems().size() + " problem"
                            + (loaded.problems().size() == 1 ? "" : "s") + "; nothing written");
            return ExitCodes.BAD_INPUT;
        }
        CODEC.write(loaded.assessment(), out);
        int claims = loaded.assessment().claims().size();
        int evidence = loaded.assessment().evidence().size();
        spec.commandLine()
                .getErr()
                .println("eflg: wrote " + out + " (" + claims + (claims == 1 ? " claim, " : " claims, ") + evidence
                        + (evidence == 1 ? " evidence item)" : " evidence items)"));
        return ExitCodes.OK;
    }
}
