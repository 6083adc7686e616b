package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.ExitCodes;
import io.github.equalityframework.cli.InputFiles;
import io.github.equalityframework.cli.PluginOptions;
import io.github.equalityframework.cli.output.OutputFileOptions;
import io.github.equalityframework.cli.output.ProblemLines;
import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.internal.text.Suggestions;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.migration.MigrationReport;
import io.github.equalityframework.migration.MigrationResult;
import io.github.equalityframework.model.FrameworkDefinition;
import java.io.PrintWriter;
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

/** {@code eflg migrate FILE --to ID}: a self-assessment in an older edition, carried to a newer one by the plugins' mappings. */
@Command(
        name = "migrate",
        footerHeading = "%nExamples:%n",
        footer = {
            "  eflg migrate examples/data/anytown-2014.yaml --to lga-eflg-2021",
            "  eflg migrate examples/data/anytown-2014.yaml --to lga-eflg-2021 --out a.yaml"
        },
        description = {
            "Carry a self-assessment to a newer edition of its framework.",
            "Through the edition mapping, every claim is carried to its mapped criteria or reported as unmapped; nothing "
                    + "is dropped silently. Prints the mapping report; writes the migrated self-assessment with --out."
        })
public final class MigrateCommand implements Callable<Integer> {
    private static final ModelCodec CODEC = ModelCodec.strict();

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Parameters(paramLabel = "FILE", description = "The self-assessment to migrate.")
    Path file;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "ID",
            description = "The edition to migrate to, e.g. lga-eflg-2021.")
    String to;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to write the migrated self-assessment (.yaml or .json).")
    Path out;

    @Mixin
    OutputFileOptions output;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        output.refuseToReplace(file, plugins.pluginPath);
        PluginRegistry registry = plugins.registry();
        List<String> ids = registry.catalogue().frameworks().stream()
                .map(FrameworkDefinition::id)
                .toList();
        FrameworkDefinition target = registry.catalogue()
                .framework(to)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "'" + to + "' is not an installed framework; "
                                + Suggestions.closest(to, ids)
                                        .map(s -> "did you mean '" + s + "'?")
                                        .orElse("installed: " + String.join(", ", ids))));
        if (out != null) {
            output.format();
        }
        AssessmentResult loaded = AssessmentResult.validate(
                AssessmentFiles.of(file), InputFiles.READERS.withCodec(CODEC), registry.catalogue());
        if (!loaded.isValid()) {
            ProblemLines.print(err, loaded.problems());
            return ExitCodes.BAD_INPUT;
        }
        MigrationResult result;
        try {
            result = registry.migration().migrate(loaded.assessment().orElseThrow(), target);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        print(result.report(), stdout);
        if (out != null) {
            CODEC.write(result.assessment(), out);
            err.println("eflg: wrote " + out);
        }
        return ExitCodes.OK;
    }

    private static void print(MigrationReport report, PrintWriter out) {
        out.println("Migrated from " + report.from() + " to " + report.to() + ": "
                + report.carried().size() + " claims carried, "
                + report.unmapped().size() + " unmapped.");
        for (MigrationReport.ClaimOutcome claim : report.claims()) {
            String relation =
                    claim.relation() == null ? "" : claim.relation().name().toLowerCase(java.util.Locale.ROOT);
            out.printf(
                    "  %-10s %-8s %-8s %-9s %s%s%n",
                    claim.path(),
                    claim.criterion(),
                    relation,
                    claim.carried() ? "->" : "unmapped",
                    claim.carried() ? String.join(", ", claim.targets()) : "",
                    claim.note() == null || claim.note().isBlank() ? "" : "  (" + claim.note() + ")");
        }
        report.merged()
                .forEach(m -> out.println("  merged into " + m.criterion() + ": " + String.join(", ", m.sources())
                        + " (kept the lowest level, " + m.level() + ")"));
        report.notes().forEach(n -> out.println("  note: " + n));
        out.println("Mapping: " + report.mappingNote());
    }
}
