package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.BesideFiles;
import io.github.equalityframework.cli.FileNames;
import io.github.equalityframework.cli.InputFiles;
import io.github.equalityframework.cli.LoadedFile;
import io.github.equalityframework.cli.output.ProblemLines;
import io.github.equalityframework.cli.output.ReportFormat;
import io.github.equalityframework.cli.output.TerminalSummary;
import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.EffectiveRule;
import io.github.equalityframework.io.CannotWriteException;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Rule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/**
 * Reads, validates and assesses one file, and writes its report. Thread-safe: batch runs call it from
 * several threads; what it prints is returned as text so that the caller prints files in order.
 */
final class FileAssessor {
    private static final ModelCodec CODEC = ModelCodec.strict();

    /**
     * @param out    what to print on standard output
     * @param err    what to print on standard error
     * @param report the report, or {@code null} when the file was invalid
     * @param invalidBeside whether a plan beside the file, other than the one it was assessed with, has problems
     */
    record Result(String out, String err, AssessmentReport report, boolean invalidBeside) {
        Result(String out, String err, AssessmentReport report) {
            this(out, err, report, false);
        }
    }

    private final AssessmentEngine engine;
    private final ReportFormat format;
    private final Map<Path, Path> destinations;
    private final String target;
    private final Path review;
    private final Path plan;
    private final BesideFiles beside;
    private final boolean quiet;
    private final Ansi ansi;
    private final Instant generatedAt;
    private final Locale language;

    FileAssessor(
            AssessmentEngine engine,
            ReportFormat format,
            Map<Path, Path> destinations,
            String target,
            Path review,
            Path plan,
            BesideFiles beside,
            boolean quiet,
            Ansi ansi,
            Instant generatedAt,
            Locale language) {
        this.engine = engine;
        this.format = format;
        this.destinations = destinations;
        this.target = target;
        this.review = review;
        this.plan = plan;
        this.beside = beside;
        this.quiet = quiet;
        this.ansi = ansi;
        this.generatedAt = generatedAt;
        this.language = language;
    }

    Result assess(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter stdout = new PrintWriter(out);
        PrintWriter stderr = new PrintWriter(err);
        // --review and --plan name the review and plan; otherwise those kept beside the file (NAME-review.yaml,
        // NAME-plan.yaml) are used, as validate, progress and serve use them.
        Path reviewFile = review != null ? review : beside.reviews().get(file);
        List<Path> plans = plan != null ? List.of(plan) : beside.plans().getOrDefault(file, List.of());
        LoadedFile loaded = LoadedFile.load(file, reviewFile, plans.isEmpty() ? null : plans.get(0), CODEC, engine);
        if (!loaded.valid()) {
            ProblemLines.print(stderr, loaded.problems());
            stderr.flush();
            return new Result("", err.toString(), null);
        }
        // The file is assessed with its main plan (NAME-plan.yaml); any other plan beside it (NAME-plan-draft.yaml)
        // is checked with the assessment and review, as validate checks it. The assessment was valid with the main
        // plan, so what is found now is the other plan's; it is printed and makes the input invalid (exit 2), while
        // the report on the main plan is still written.
        List<ValidationProblem> otherPlanProblems = new ArrayList<>();
        for (Path other : plans.subList(Math.min(1, plans.size()), plans.size())) {
            otherPlanProblems.addAll(
                    LoadedFile.load(file, reviewFile, other, CODEC, engine).problems());
        }
        ProblemLines.print(stderr, otherPlanProblems);
        FrameworkDefinition framework =
                engine.catalogue().framework(loaded.assessment().framework()).orElseThrow();
        if (target != null && framework.scale().level(target).isEmpty()) {
            stderr.println(file + ": --target '" + target + "' is not a level of " + framework.id()
                    + "; its levels are " + framework.scale().describeIds());
            stderr.flush();
            return new Result("", err.toString(), null);
        }
        AssessmentReport report = engine.assess(loaded.validated(), target);
        if (!quiet && (format == null || destinations != null)) {
            new TerminalSummary(stdout, ansi).print(loaded, report, framework);
        }
        if (format != null) {
            String text = format.render(
                    report, loaded.assessment(), framework, sources(loaded), generatedAt, language, engine.today());
            if (destinations == null) {
                stdout.print(text);
            } else {
                Path written = destinations.get(file);
                try {
                    ModelCodec.writeAtomically(written, text);
                    if (!quiet) {
                        stderr.println("eflg: wrote " + written);
                    }
                } catch (CannotWriteException e) {
                    // this file's report is lost, not the batch: the other files are still reported
                    stderr.println("eflg: " + e.getMessage());
                    stdout.flush();
                    stderr.flush();
                    return new Result(out.toString(), err.toString(), null);
                }
            }
        }
        stdout.flush();
        stderr.flush();
        return new Result(out.toString(), err.toString(), report, !otherPlanProblems.isEmpty());
    }

    /**
     * Where the report on each input goes: {@code out} itself for one input; for several, a file named after
     * the input in {@code out}, in the same subfolder as the input is in the folder given on the command line,
     * so that {@code a.yaml} and {@code sub/a.yaml} do not share a report.
     *
     * @param given  the paths given on the command line
     * @param inputs the input files they stand for, in order
     */
    static Map<Path, Path> destinations(Path out, List<Path> given, List<Path> inputs, ReportFormat format) {
        Map<Path, Path> destinations = new LinkedHashMap<>();
        for (Path input : inputs) {
            destinations.put(
                    input,
                    inputs.size() == 1
                            ? out
                            : out.resolve(InputFiles.subfolder(input, given))
                                    .resolve(FileNames.stem(input) + "." + format.extension));
        }
        return destinations;
    }

    /** For SARIF: the rules that ran, and file URIs relative to the working directory. */
    private ReportFormat.Sources sources(LoadedFile loaded) {
        List<Rule> rules = engine.rules().stream()
                .filter(EffectiveRule::enabled)
                .map(r -> r.installed().rule())
                .toList();
        return new ReportFormat.Sources(rules, loaded::locate, Path.of("").toAbsolutePath());
    }
}
