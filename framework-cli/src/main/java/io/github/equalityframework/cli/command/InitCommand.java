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
import io.github.equalityframework.internal.text.Suggestions;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.LevelDescriptor;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.xlsx.WorkbookWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code eflg init}: a blank self-assessment with every criterion, ready to fill in. */
@Command(
        name = "init",
        footerHeading = "%nExamples:%n",
        footer = {
            "  eflg init --framework lga-eflg-2021 --out newtown-2025.yaml",
            "  eflg init --format xlsx --from examples/data/anytown-2024.yaml --out a.xlsx"
        },
        description = {
            "Write a blank self-assessment to fill in, as YAML or as a workbook.",
            "Every criterion of the framework is present, with its level descriptors as comments. With --format xlsx it is a workbook instead: a sheet per module with the levels as drop-downs, the evidence register and the action plan, filled from an existing self-assessment when --from names one."
        })
public final class InitCommand implements Callable<Integer> {
    private static final ModelCodec CODEC = ModelCodec.strict();
    private static final int WIDTH = 100;

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Option(names = "--framework", paramLabel = "ID", description = "The framework edition, e.g. lga-eflg-2021.")
    String frameworkId;

    /** What to write. */
    enum TemplateFormat {
        yaml,
        xlsx
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "yaml (the default) or xlsx, a workbook to fill in.")
    TemplateFormat format;

    @Option(
            names = "--from",
            paramLabel = "FILE",
            description = "Fill the workbook from this self-assessment (xlsx only).")
    Path from;

    @Option(
            names = "--organisation",
            paramLabel = "NAME",
            defaultValue = "Your council",
            description = "The organisation's name.")
    String organisation;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            description = "Where to write the template (.yaml or .xlsx).")
    Path out;

    @Mixin
    OutputFileOptions output;

    @Override
    public Integer call() {
        output.refuseToReplace(from, plugins.pluginPath);
        PluginRegistry registry = plugins.registry();
        boolean workbook = format == TemplateFormat.xlsx || (format == null && FileNames.isWorkbook(out));
        if (from != null && !workbook) {
            throw new ParameterException(spec.commandLine(), "--from fills a workbook; add --format xlsx");
        }
        if (from == null && frameworkId == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--framework=ID'");
        }
        SelfAssessment prefill = null;
        if (from != null) {
            AssessmentResult loaded = AssessmentResult.validate(
                    AssessmentFiles.of(from), InputFiles.READERS.withCodec(CODEC), registry.catalogue());
            if (!loaded.isValid()) {
                ProblemLines.print(spec.commandLine().getErr(), loaded.problems());
                return ExitCodes.BAD_INPUT;
            }
            prefill = loaded.assessment().orElseThrow();
            frameworkId = frameworkId == null ? prefill.framework() : frameworkId;
            if (!frameworkId.equals(prefill.framework())) {
                throw new ParameterException(
                        spec.commandLine(),
                        from + " is an assessment against " + prefill.framework() + ", not " + frameworkId
                                + "; use eflg migrate first");
            }
        }
        List<String> ids = registry.catalogue().frameworks().stream()
                .map(FrameworkDefinition::id)
                .toList();
        FrameworkDefinition framework = registry.catalogue()
                .framework(frameworkId)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "'" + frameworkId + "' is not an installed framework; "
                                + Suggestions.closest(frameworkId, ids)
                                        .map(s -> "did you mean '" + s + "'?")
                                        .orElse("installed: " + String.join(", ", ids))));
        if (workbook) {
            SelfAssessment content =
                    prefill != null ? prefill : WorkbookWriter.blank(framework, organisation, LocalDate.now());
            new WorkbookWriter(registry.catalogue()).write(content, out);
        } else {
            ModelCodec.writeAtomically(out, template(framework, organisation, LocalDate.now()));
        }
        spec.commandLine()
                .getErr()
                .println("eflg: wrote " + out + " (" + framework.criteria().count() + " criteria)");
        return ExitCodes.OK;
    }

    static String template(FrameworkDefinition framework, String organisation, LocalDate today) {
        int endYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        StringBuilder y = new StringBuilder();
        y.append("# Self-assessment against ")
                .append(framework.title())
                .append(' ')
                .append(framework.edition())
                .append(" (")
                .append(framework.id())
                .append(").\n")
                .append("# For each criterion set the level you believe you have reached (")
                .append(framework.scale().describeIds())
                .append(", or not-assessed),\n")
                .append(
                        "# explain it in the narrative, and list the ids of its evidence from the register at the end.\n")
                .append("# Check the file with: eflg validate FILE\n")
                .append("organisation:\n  name: ")
                .append(scalar(organisation))
                .append('\n')
                .append("  # gssCode: E07000000   # the ONS/GSS code of a local authority\n")
                .append("framework: ")
                .append(framework.id())
                .append('\n')
                .append("period:\n  from: ")
                .append(LocalDate.of(endYear - 1, 4, 1))
                .append("\n  to: ")
                .append(LocalDate.of(endYear, 3, 31))
                .append('\n')
                .append("claims:\n");
        for (FrameworkModule module : framework.modules()) {
            y.append("  # ")
                    .append(module.id())
                    .append(' ')
                    .append(module.title())
                    .append('\n');
            for (Criterion criterion : module.criteria()) {
                y.append("\n  # ")
                        .append(criterion.id())
                        .append(' ')
                        .append(criterion.title())
                        .append('\n');
                for (LevelDescriptor d : criterion.descriptors()) {
                    String label = framework
                            .scale()
                            .level(d.level())
                            .map(l -> l.label())
                            .orElse(d.level());
                    comment(y, label + ": " + d.text());
                }
                y.append("  - criterion: ")
                        .append(criterion.id())
                        .append('\n')
                        .append("    level: not-assessed\n")
                        .append("    narrative: \"\"\n")
                        .append("    evidence: []\n");
            }
        }
        y.append("\n# The evidence register: one entry per document or data set, e.g.\n")
                .append("#  - id: ev-01\n#    title: Equality, diversity and inclusion strategy\n")
                .append(
                        "#    kind: strategy\n#    date: 2024-06-15\n#    location: https://www.example.gov.uk/edi-strategy\n")
                .append("#    characteristics: [age, disability, race]\n")
                .append("evidence: []\n");
        return y.toString();
    }

    /** Writes text as indented comment lines wrapped at {@link #WIDTH}. */
    private static void comment(StringBuilder y, String text) {
        StringBuilder line = new StringBuilder("  #   ");
        for (String word : text.split("\\s+")) {
            if (line.length() + word.length() + 1 > WIDTH && line.length() > 6) {
                y.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder("  #     ");
            }
            line.append(word).append(' ');
        }
        y.append(line.toString().stripTrailing()).append('\n');
    }

    /** A YAML scalar that reads back as exactly this text (a JSON string is valid YAML). */
    private static String scalar(String text) {
        return CODEC.write(text, Format.JSON).strip();
    }
}
