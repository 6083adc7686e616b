package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.ExitCodes;
import io.github.equalityframework.cli.FileNames;
import io.github.equalityframework.cli.InputFiles;
import io.github.equalityframework.cli.PluginOptions;
import io.github.equalityframework.cli.output.OutputFileOptions;
import io.github.equalityframework.cli.output.ProblemLines;
import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.xlsx.ActionPlanCsv;
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

/**
 * {@code eflg export FILE --out register.csv}: a self-assessment's evidence register as CSV; with {@code --action-plan},
 * its action plan.
 */
@Command(
        name = "export",
        footerHeading = "%nExamples:%n",
        footer = {
            "  eflg export examples/data/anytown-2025.yaml --out register.csv",
            "  eflg import register.csv --assessment examples/data/anytown-2025.yaml \\",
            "      --out anytown-2025.yaml",
            "  eflg export examples/data/anytown-2025.yaml --action-plan --out plan.csv",
            "  eflg import plan.csv --action-plan \\",
            "      --assessment examples/data/anytown-2025.yaml --out anytown-2025.yaml"
        },
        description = {
            "Write a self-assessment's evidence register, or its action plan, as CSV, for other tools.",
            "The register: a line per evidence item under the header"
                    + " id,title,kind,date,location,characteristics,owner,count,parts, with the characteristics"
                    + " separated by semicolons and the parts as label: count separated by semicolons.",
            "The action plan (--action-plan): a line per planned action under the header recommendation,objective,"
                    + "module,roles,response,comment,action id,action,lead,due,timescale,status,progress date,"
                    + "progress,next steps, with the action's latest progress note.",
            "A value that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage"
                    + " return) gets an apostrophe in front, which eflg import takes off again."
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
            description = "Where to write the evidence register or action plan (.csv).")
    Path out;

    @Option(
            names = "--action-plan",
            description = "Write the self-assessment's action plan, a line per planned action, instead of its"
                    + " evidence register.")
    boolean actionPlan;

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
        AssessmentResult loaded = AssessmentResult.validate(
                AssessmentFiles.of(file), InputFiles.READERS.withCodec(CODEC), registry.catalogue());
        if (!loaded.isValid()) {
            ProblemLines.print(spec.commandLine().getErr(), loaded.problems());
            spec.commandLine()
                    .getErr()
                    .println(file + ": " + loaded.problems().size() + " problem"
                            + (loaded.problems().size() == 1 ? "" : "s") + "; nothing written");
            return ExitCodes.BAD_INPUT;
        }
        if (actionPlan) {
            return writePlan(loaded.assessment().orElseThrow().actionPlan());
        }
        List<EvidenceItem> evidence = loaded.assessment().orElseThrow().evidence();
        ModelCodec.writeAtomically(out, new RegisterCsv().writeEvidence(evidence));
        spec.commandLine()
                .getErr()
                .println("eflg: wrote " + out + " (" + evidence.size()
                        + (evidence.size() == 1 ? " evidence item)" : " evidence items)"));
        return ExitCodes.OK;
    }

    private int writePlan(ActionPlan plan) {
        if (plan == null) {
            spec.commandLine()
                    .getErr()
                    .println("eflg: " + file + " has no action plan; nothing written (an action plan kept in a file of"
                            + " its own is already YAML or JSON)");
            return ExitCodes.BAD_INPUT;
        }
        ModelCodec.writeAtomically(out, new ActionPlanCsv().write(plan));
        long actions =
                plan.entries().stream().mapToLong(e -> e.actions().size()).sum();
        spec.commandLine()
                .getErr()
                .println("eflg: wrote " + out + " (" + actions
                        + (actions == 1 ? " planned action)" : " planned actions)"));
        return ExitCodes.OK;
    }
}
