package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.ExitCodes;
import io.github.equalityframework.cli.InputFiles;
import io.github.equalityframework.cli.PluginOptions;
import io.github.equalityframework.cli.StartupTimeline;
import io.github.equalityframework.cli.output.ProblemLines;
import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.io.DocumentReaders;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eflg validate FILE...}: checks self-assessments and prints every problem with its place. */
@Command(
        name = "validate",
        footerHeading = "%nExamples:%n",
        footer = {"  eflg validate examples/data/anytown-2024.yaml", "  eflg validate examples/data --quiet"},
        description = {
            "Check self-assessment files (YAML or JSON) against the model and their framework.",
            "Prints each problem as file:line:column: path: message. A peer review or action plan named after a "
                    + "self-assessment given too (NAME-review.yaml, NAME-plan.yaml beside NAME.yaml) is checked with it."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file is valid",
            "2:a file has problems, or bad usage",
            "3:a plugin failed to load, or internal failure"
        })
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Self-assessment files, or directories of them.")
    List<Path> files;

    @Option(
            names = "--lenient",
            description = "Skip unknown fields instead of reporting them (for files from newer versions).")
    boolean lenient;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print no line per valid file: only problems and the final line.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PluginRegistry registry = plugins.registry();
        StartupTimeline.mark("plugins loaded");
        boolean pluginProblems = PluginOptions.reportProblems(registry, err);
        DocumentReaders readers = InputFiles.READERS.withCodec(
                ModelCodec.builder().lenient(lenient).build());
        StartupTimeline.mark("codec and readers made");
        List<Path> inputs = InputFiles.expand(files);
        if (inputs.isEmpty()) {
            err.println("eflg: no YAML or JSON files found in " + files);
            return ExitCodes.BAD_INPUT;
        }
        // A review or plan named after a self-assessment given too (NAME-review.yaml, NAME-plan.yaml) is checked with
        // it. Files are checked on a pool as large as the machine's cores and printed in input order, as assess does.
        List<AssessmentFiles> checked = AssessmentFiles.pair(inputs);
        int threads = Runtime.getRuntime().availableProcessors();
        int[] withProblems = {0};
        new OrderedBatch<AssessmentFiles, Checked>(threads, 8 * threads)
                .run(
                        checked,
                        each -> check(AssessmentResult.validate(each, readers, registry.catalogue())),
                        (each, result) -> {
                            out.print(result.out());
                            err.print(result.err());
                            out.flush();
                            err.flush();
                            if (result.withProblems()) {
                                withProblems[0]++;
                            }
                        });
        StartupTimeline.mark("files checked");
        if (quiet) {
            int n = checked.size();
            err.println("eflg: " + n + (n == 1 ? " file: " : " files: ") + (n - withProblems[0]) + " valid, "
                    + withProblems[0] + " with problems");
        }
        if (withProblems[0] > 0) {
            return ExitCodes.BAD_INPUT;
        }
        return pluginProblems ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    /** What checking one file printed, and whether it had problems. */
    private record Checked(String out, String err, boolean withProblems) {}

    /** What to print about a self-assessment checked with its review and each plan beside it. */
    private Checked check(AssessmentResult result) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        PrintWriter out = new PrintWriter(outText);
        PrintWriter err = new PrintWriter(errText);
        AssessmentFiles files = result.files();
        ProblemLines.print(out, result.problems());
        if (result.isValid() && !quiet) {
            SelfAssessment a = result.assessment().orElseThrow();
            List<Path> plans = files.plans();
            // Concatenated rather than formatted: a formatter's first use sets up the JDK's locale data, a
            // tenth of validate's start-up work for one line.
            out.println(files.assessment() + ": valid (" + a.framework() + ", "
                    + a.claims().size() + " claims, "
                    + a.evidence().size() + " evidence items"
                    + files.reviewFile().map(r -> ", review " + r.getFileName()).orElse("")
                    + (plans.isEmpty()
                            ? ""
                            : (plans.size() == 1 ? ", plan " : ", plans ")
                                    + String.join(
                                            ", ",
                                            plans.stream()
                                                    .map(p -> p.getFileName().toString())
                                                    .toList()))
                    + ")");
        } else if (!result.isValid()) {
            // One count per file that holds problems: the assessment, its review, each plan.
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (ValidationProblem p : result.problems()) {
                counts.merge(
                        p.location() != null
                                ? p.location().source()
                                : files.assessment().toString(),
                        1,
                        Integer::sum);
            }
            counts.forEach((source, n) -> err.println(source + ": " + n + " problem" + (n == 1 ? "" : "s")));
        }
        out.flush();
        err.flush();
        return new Checked(outText.toString(), errText.toString(), !result.isValid());
    }
}
