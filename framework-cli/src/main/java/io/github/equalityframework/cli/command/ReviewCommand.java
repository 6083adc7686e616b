package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.ExitCodes;
import io.github.equalityframework.cli.PluginOptions;
import io.github.equalityframework.cli.output.OutputFileOptions;
import io.github.equalityframework.cli.output.ProblemLines;
import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.ReviewTemplate;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eflg review}: peer challenge files. */
@Command(
        name = "review",
        footerHeading = "%nExamples:%n",
        footer = {"  eflg review init examples/data/anytown-2025.yaml --out review.yaml"},
        description = "Work with peer reviews kept beside a self-assessment.",
        subcommands = ReviewCommand.Init.class)
public final class ReviewCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: init");
    }

    /** {@code eflg review init FILE --out REVIEW}. */
    @Command(
            name = "init",
            footerHeading = "%nExamples:%n",
            footer = {
                "  eflg review init examples/data/anytown-2025.yaml --out review.yaml",
                "  eflg review init examples/data/anytown-2025.yaml --out review.yaml \\",
                "      --visit 2025-11-10"
            },
            description = {
                "Write a peer review template for a self-assessment.",
                "It proposes a level per claimed criterion (the level the evidence supports) and has an empty feedback "
                        + "entry per module. The peers confirm or change each level with a rationale, and write strengths, areas "
                        + "to develop and numbered recommendations. Then 'eflg assess FILE --review REVIEW' counts the validated "
                        + "levels, and 'eflg action-plan init REVIEW' starts the council's action plan."
            })
    static final class Init implements Callable<Integer> {
        private static final ModelCodec CODEC = ModelCodec.strict();

        @Spec
        CommandSpec spec;

        @Mixin
        PluginOptions plugins;

        @Parameters(paramLabel = "FILE", description = "The self-assessment.")
        Path file;

        @Option(
                names = "--out",
                required = true,
                paramLabel = "REVIEW",
                description = "Where to write the review (.yaml or .json).")
        Path out;

        @Option(
                names = "--visit",
                paramLabel = "DATE",
                description = "First day of the peer challenge visit (default: today).")
        LocalDate visit;

        @Mixin
        OutputFileOptions output;

        @Override
        public Integer call() {
            output.refuseToReplace(file, plugins.pluginPath);
            Format format = output.format();
            try (AssessmentEngine engine = plugins.engineBuilder().build()) {
                AssessmentResult loaded = engine.assess(AssessmentFiles.of(file));
                if (!loaded.isValid()) {
                    ProblemLines.print(spec.commandLine().getErr(), loaded.problems());
                    return ExitCodes.BAD_INPUT;
                }
                SelfAssessment assessment = loaded.assessment().orElseThrow();
                FrameworkDefinition framework = loaded.framework().orElseThrow();
                AssessmentReport report = loaded.report().orElseThrow();
                PeerReview review = ReviewTemplate.from(
                        report, framework, assessment.scope(), visit != null ? visit : LocalDate.now());
                String header = format == Format.YAML ? ReviewTemplate.header(assessment, framework, file, out) : "";
                ModelCodec.writeAtomically(out, header + CODEC.write(review, format));
                spec.commandLine()
                        .getErr()
                        .println("eflg: wrote " + out + " ("
                                + review.validatedLevels().size() + " proposed levels)");
                return ExitCodes.OK;
            }
        }
    }
}
