package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.EflgCommand;
import io.github.equalityframework.cli.ExitCodes;
import io.github.equalityframework.cli.InputFiles;
import io.github.equalityframework.cli.PluginOptions;
import io.github.equalityframework.cli.output.Ansi;
import io.github.equalityframework.cli.output.OutputGuard;
import io.github.equalityframework.cli.output.ProblemLines;
import io.github.equalityframework.cli.output.Progress;
import io.github.equalityframework.cli.output.ReportFormat;
import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.engine.Batch;
import io.github.equalityframework.engine.InvalidProfileException;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.report.AssessmentReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eflg assess FILE...}: scores self-assessments and writes reports. */
@Command(
        name = "assess",
        footerHeading = "%nExamples:%n",
        footer = {
            "  eflg assess examples/data/anytown-2024.yaml --target achieving",
            "  eflg assess examples/data --format html --out reports --fail-on none"
        },
        description = {
            "Score self-assessments with the installed rules and report on them.",
            "The report gives the claimed, evidenced and validated levels per criterion and module, the overall level, "
                    + "findings, the gap to a target and characteristic coverage; with --review the validated levels of a peer "
                    + "review count, and with --plan the action plan is checked and reported by module.",
            "A review or plan named after a self-assessment given too (NAME-review.yaml, NAME-plan.yaml beside NAME.yaml, "
                    + "as in a directory) goes with it; any other plan beside it (NAME-plan-draft.yaml) is checked with it."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:assessed, and the bar was met",
            "1:assessed, but a finding is at or above --fail-on, or the target level was not met",
            "2:bad input or usage (problems printed as file:line:column: path: message)",
            "3:a plugin or rule failed, or an internal failure"
        })
public final class AssessCommand implements Callable<Integer> {
    /** Which findings fail the run. */
    enum FailOn {
        ERROR,
        WARNING,
        NONE
    }

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Self-assessment files, or directories of them.")
    List<Path> files;

    @Option(
            names = "--profile",
            paramLabel = "NAME|FILE",
            description = "Rule profile: the id of one a plugin ships (e.g. lga-default) or a YAML/JSON profile file.")
    String profile;

    @Option(
            names = "--target",
            paramLabel = "LEVEL",
            description = "Target level, e.g. achieving: report the gap to it and fail when it is not met.")
    String target;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Report format: ${COMPLETION-CANDIDATES}.")
    ReportFormat format;

    @Option(
            names = "--out",
            paramLabel = "PATH",
            description =
                    "Write the report here (a directory when there are several files: one report per file, a SARIF log too, in the subfolder the file is in under a folder given).")
    Path out;

    @Option(
            names = "--fail-on",
            paramLabel = "SEVERITY",
            defaultValue = "error",
            description =
                    "Exit 1 when a finding is at or above this severity: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Files assessed at once (default: the number of cores).")
    Integer threads;

    @Option(
            names = "--review",
            paramLabel = "REVIEW",
            description = "A peer review kept in its own file (see 'eflg review init'): its validated levels count.")
    Path review;

    @Option(
            names = "--plan",
            paramLabel = "PLAN",
            description = "An action plan kept in its own file (see 'eflg action-plan init'): its actions are checked.")
    Path plan;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print no summary per file: only problems, the reports asked for on standard output, and "
                    + "the final line.")
    boolean quiet;

    @Option(
            names = "--timestamp",
            description =
                    "Say in Markdown and HTML reports when they were made (reports are otherwise identical for the same input).")
    boolean timestamp;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            defaultValue = "en",
            description = "Language of the text eflg writes in Markdown and HTML reports: en (default) or cy (Welsh). "
                    + "Framework content, council data and rule messages stay as written.")
    String lang;

    @Option(
            names = "--today",
            paramLabel = "DATE",
            description =
                    "Assess as of this date (YYYY-MM-DD), for overdue actions and future-dated evidence; default: today.")
    LocalDate today;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> found = InputFiles.expand(files);
        if (found.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no YAML or JSON files found in " + files);
        }
        // Reviews and plans named after a self-assessment among the inputs (NAME-review.yaml, NAME-plan.yaml) go
        // with it, as in validate, progress and serve; they are not assessed themselves.
        List<AssessmentFiles> inputs = AssessmentFiles.pair(found).stream()
                .map(f -> review != null ? f.withReview(review) : f)
                .map(f -> plan != null ? f.withPlan(plan) : f)
                .toList();
        checkUsage(inputs.size());
        ReportFormat reportFormat = reportFormat();
        Map<Path, Path> destinations =
                out != null && reportFormat != null ? destinations(found, inputs, reportFormat) : null;
        try (AssessmentEngine engine = build(err)) {
            if (engine == null) {
                return refused;
            }
            boolean pluginProblems = PluginOptions.reportProblems(engine.plugins(), err);
            FileAssessor assessor = new FileAssessor(
                    engine,
                    reportFormat,
                    destinations,
                    target,
                    quiet,
                    Ansi.forTerminal(),
                    timestamp ? Instant.now() : null,
                    Locale.forLanguageTag(lang));
            Outcome outcome = new Outcome(pluginProblems);
            assessAll(engine, assessor, inputs, outcome);
            if (inputs.size() > 1 || quiet) {
                err.println(outcome.describe(inputs.size()));
            }
            return outcome.exitCode();
        }
    }

    /** Refuses options that do not go together, or with this many self-assessments. */
    private void checkUsage(int inputs) {
        if (inputs > 1 && format != null && out == null) {
            throw new ParameterException(spec.commandLine(), "--out DIR is needed to write reports for several files");
        }
        if ((review != null || plan != null) && inputs > 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    (review != null ? "--review" : "--plan") + " goes with one self-assessment, not " + inputs);
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (!lang.equals("en") && !lang.equals("cy")) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--lang '" + lang + "' is not a language eflg writes; use en (English) or cy (Welsh)");
        }
    }

    /**
     * Where each self-assessment's report goes under {@code --out}; refuses a report that would overwrite a file
     * read, or two reports that would be the same file.
     */
    private Map<Path, Path> destinations(List<Path> found, List<AssessmentFiles> inputs, ReportFormat reportFormat) {
        Map<Path, Path> destinations = FileAssessor.destinations(
                out, files, inputs.stream().map(AssessmentFiles::assessment).toList(), reportFormat);
        List<Path> read = new ArrayList<>(found);
        read.addAll(files);
        read.addAll(Arrays.asList(review, plan, profileFile(), plugins.pluginPath));
        OutputGuard guard = OutputGuard.over(read);
        Map<Path, Path> reportOf = new HashMap<>();
        for (Map.Entry<Path, Path> written : destinations.entrySet()) {
            guard.check(spec.commandLine(), "--out", written.getValue());
            Path other =
                    reportOf.putIfAbsent(written.getValue().toAbsolutePath().normalize(), written.getKey());
            if (other != null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--out: the reports on " + other + " and " + written.getKey() + " would both be "
                                + written.getValue() + "; give them different names");
            }
        }
        return destinations;
    }

    /** Assesses every file, printing each one's summary and reports in input order as it is done. */
    private void assessAll(
            AssessmentEngine engine, FileAssessor assessor, List<AssessmentFiles> inputs, Outcome outcome) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Progress.on(EflgCommand.terminalErr(spec), inputs.size());
        int poolSize = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        // Files are assessed on the engine's batch threads, each file's rules inline on its thread (no hand-off
        // per file), and reported in input order. At most a few files per thread are in flight, so memory does
        // not grow with the number of files, yet enough that the threads do not wait on this one to print.
        try (Batch batch = engine.batch(poolSize)) {
            new OrderedBatch<AssessmentFiles, FileAssessor.Result>(poolSize, 8 * poolSize)
                    .run(
                            inputs,
                            assessor::assess,
                            (file, result) -> {
                                progress.clear();
                                stdout.print(result.out());
                                err.print(result.err());
                                stdout.flush();
                                err.flush();
                                outcome.record(result, failOn);
                                progress.step(file.assessment());
                            },
                            batch::submit);
        }
        progress.clear();
    }

    /** The --profile file, when it names one rather than a profile a plugin ships. */
    private Path profileFile() {
        return profile != null && Files.isRegularFile(Path.of(profile)) ? Path.of(profile) : null;
    }

    /** The exit code when the engine cannot be built: bad input, or a plugin failure behind it. */
    private int refused = ExitCodes.BAD_INPUT;

    private AssessmentEngine build(PrintWriter err) {
        AssessmentEngine.Builder builder = plugins.engineBuilder();
        if (today != null) {
            builder.clock(Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        }
        try {
            if (profile != null) {
                boolean isFile = Files.isRegularFile(Path.of(profile)) || profile.matches(".*\\.(ya?ml|json)$");
                if (isFile) {
                    builder.profileFile(Path.of(profile));
                } else {
                    builder.profile(profile);
                }
            }
            return builder.build();
        } catch (InvalidProfileException e) {
            // A plugin that did not load is often why the profile is unknown: its problems come first.
            boolean pluginProblems = PluginOptions.reportProblems(e.pluginProblems(), err);
            ProblemLines.print(err, e.problems());
            refused = pluginProblems ? ExitCodes.FAILURE : ExitCodes.BAD_INPUT;
            return null;
        }
    }

    /** As given, else from the extension of {@code --out}; a folder of reports is JSON unless it says otherwise. */
    private ReportFormat reportFormat() {
        if (format != null || out == null) {
            return format;
        }
        if (Files.isDirectory(out) && ReportFormat.fromFileName(out).isEmpty()) {
            return ReportFormat.JSON;
        }
        return ReportFormat.of(out, spec.commandLine());
    }

    /** The exit code over all files: a failure beats bad input, which beats an unmet bar. */
    private static final class Outcome {
        boolean failure;
        int invalid;
        int barNotMet;
        int met;

        Outcome(boolean pluginProblems) {
            this.failure = pluginProblems;
        }

        void record(FileAssessor.Result result, FailOn failOn) {
            AssessmentReport report = result.report();
            if (report != null) {
                failure |= !report.complete();
            }
            if (report == null || result.invalidBeside()) {
                invalid++;
                return;
            }
            boolean notMet = (report.gap() != null && !report.gap().met())
                    || switch (failOn) {
                        case ERROR -> report.hasFindingsAtLeast(Severity.ERROR);
                        case WARNING -> report.hasFindingsAtLeast(Severity.WARNING);
                        case NONE -> false;
                    };
            if (notMet) {
                barNotMet++;
            } else {
                met++;
            }
        }

        String describe(int files) {
            return "eflg: " + files + (files == 1 ? " file: " : " files: ") + met + " met the bar, " + barNotMet
                    + " did not, " + invalid + " invalid";
        }

        int exitCode() {
            return failure
                    ? ExitCodes.FAILURE
                    : invalid > 0 ? ExitCodes.BAD_INPUT : barNotMet > 0 ? ExitCodes.BAR_NOT_MET : ExitCodes.OK;
        }
    }
}
