package io.github.equalityframework.cli;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.io.ControlCharacters;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.ReviewTemplate;
import io.github.equalityframework.validation.SelfAssessmentValidator;
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
final class ReviewCommand implements Runnable {
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
                LoadedFile loaded = LoadedFile.load(file, CODEC, new SelfAssessmentValidator(engine.catalogue()));
                if (!loaded.valid()) {
                    ProblemLines.print(spec.commandLine().getErr(), loaded.problems());
                    return ExitCodes.BAD_INPUT;
                }
                FrameworkDefinition framework = engine.catalogue()
                        .framework(loaded.assessment().framework())
                        .orElseThrow();
                AssessmentReport report = engine.assess(loaded.assessment());
                PeerReview review = template(loaded, framework, report, visit != null ? visit : LocalDate.now());
                String header = format == Format.YAML ? header(loaded, framework, file, out) : "";
                ModelCodec.writeAtomically(out, header + CODEC.write(review, format));
                spec.commandLine()
                        .getErr()
                        .println("eflg: wrote " + out + " ("
                                + review.validatedLevels().size() + " proposed levels)");
                return ExitCodes.OK;
            }
        }

        /** The review to start from: a proposed level per claimed criterion and an empty feedback entry per module. */
        static PeerReview template(
                LoadedFile loaded, FrameworkDefinition framework, AssessmentReport report, LocalDate visit) {
            return ReviewTemplate.from(report, framework, loaded.assessment().scope(), visit);
        }

        /** The comment that opens a YAML review template; line breaks in names are flattened so none can end the comment. */
        static String header(LoadedFile loaded, FrameworkDefinition framework, Path file, Path out) {
            return "# Peer review of "
                    + oneLine(loaded.assessment().organisation().name())
                    + " against " + framework.id() + ". To fill in:\n"
                    + "# - team: one entry per peer, by name, role and organisation (- name: ..., role: lead peer, organisation: ...)\n"
                    + "# - visitFrom and visitTo: the first and last days of the visit\n"
                    + "# - validatedLevels: confirm or change each proposed level, and replace the rationale with the peers' reasons\n"
                    + "# - feedback, per module: strengths, areasToDevelop and recommendations (- id: R1, text: ...), as lists\n"
                    + "# A filled-in example: examples/data/anytown-2025-review.yaml; its format: eflg schema peer-review\n"
                    + "# Then: eflg assess " + oneLine(file.toString()) + " --review " + oneLine(out.toString()) + "\n"
                    + "#  and: eflg action-plan init " + oneLine(out.toString()) + " --assessment "
                    + oneLine(file.toString())
                    + " --out PLAN.yaml\n";
        }

        private static String oneLine(String text) {
            return text == null ? "" : ControlCharacters.forTerminal(text.replaceAll("(?U)\\s+", " "));
        }
    }
}
