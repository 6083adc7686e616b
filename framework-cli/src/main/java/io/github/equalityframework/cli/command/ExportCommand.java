package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.ExitCodes;
import io.github.equalityframework.cli.FileNames;
import io.github.equalityframework.cli.LoadedFile;
import io.github.equalityframework.cli.PluginOptions;
import io.github.equalityframework.cli.output.OutputFileOptions;
import io.github.equalityframework.cli.output.ProblemLines;
import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import io.github.equalityframework.xlsx.RegisterCsv;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eflg export FILE --out register.csv}: a self-assessment's evidence register as CSV. */
@Command(
        name = "export",
        footerHeading = "%nExamples:%n",
        footer = {
            "  eflg export examples/data/anytown-2025.yaml --out register.csv",
            "  eflg import register.csv --assessment examples/data/anytown-2025.yaml \\",
            "      --out anytown-2025.yaml"
        },
        description = {
            "Write a self-assessment's evidence register as CSV, for other tools.",
            "A line per evidence item under the header id,title,kind,date,location,characteristics,owner, with the"
                    + " characteristics separated by semicolons. A value that a spreadsheet would run as a formula"
                    + " (starting with =, +, -, @, a tab or a carriage return) gets an apostrophe in front, which"
                    + " eflg import takes off again.",
            "Evidence counts and parts have no column yet: a register that has them is refused rather than"
                    + " written without them."
        })
public final class ExportCommand implements Callable<Integer> {
    private static final ModelCodec CODEC = ModelCodec.strict();

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Parameters(paramLabel = "FILE", description = "The self-assessment (.yaml, .json or .xlsx).")
    Path file;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "CSV",
            description = "Where to write the evidence register (.csv).")
    Path out;

    @Mixin
    OutputFileOptions output;

    @Override
    public Integer call() {
        output.refuseToReplace(file, plugins.pluginPath);
        if (!FileNames.extension(out).equalsIgnoreCase("csv")) {
            throw new ParameterException(
                    spec.commandLine(), "cannot tell the format of " + out + "; eflg export writes CSV, name it .csv");
        }
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
        List<EvidenceItem> evidence = loaded.assessment().evidence();
        List<String> counted = evidence.stream()
                .filter(e -> e.count() != null || !e.parts().isEmpty())
                .map(EvidenceItem::id)
                .toList();
        if (!counted.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println(
                            "eflg: " + file + ": the CSV register has no column for evidence counts and parts yet, and "
                                    + String.join(", ", counted) + (counted.size() == 1 ? " has" : " have")
                                    + " them; nothing written (the workbook of eflg init --format xlsx keeps them)");
            return ExitCodes.BAD_INPUT;
        }
        ModelCodec.writeAtomically(out, new RegisterCsv().writeEvidence(evidence));
        spec.commandLine()
                .getErr()
                .println("eflg: wrote " + out + " (" + evidence.size()
                        + (evidence.size() == 1 ? " evidence item)" : " evidence items)"));
        return ExitCodes.OK;
    }
}
