package io.github.equalityframework.cli;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.InvalidProfileException;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Severity;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Assess self-assessments with the installed rules: claimed, evidenced and validated levels per",
            "criterion and module, the overall level, findings, the gap to a target and characteristic coverage."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:assessed, and the bar was met",
            "1:assessed, but a finding is at or above --fail-on, or the target level was not met",
            "2:bad input or usage (problems printed as file:line:column: path: message)",
            "3:a plugin or rule failed, or an internal failure"
        })
final class AssessCommand implements Callable<Integer> {
    /** Which findings fail the run. */
    enum FailOn { ERROR, WARNING, NONE }

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Mixin
    PluginOptions plugins;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Self-assessment files, or directories of them.")
    List<Path> files;

    @Option(names = "--profile", paramLabel = "NAME|FILE",
            description = "Rule profile: the id of one a plugin ships (e.g. lga-default) or a YAML/JSON profile file.")
    String profile;

    @Option(names = "--target", paramLabel = "LEVEL", description = "Target level, e.g. achieving: report the gap to it and fail when it is not met.")
    String target;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Report format: ${COMPLETION-CANDIDATES}.")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "PATH", description = "Write the report here (a directory when there are several files).")
    Path out;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Exit 1 when a finding is at or above this severity: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> inputs = InputFiles.expand(files);
        if (inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no YAML or JSON files found in " + files);
        }
        if (inputs.size() > 1 && format != null && out == null) {
            throw new ParameterException(spec.commandLine(), "--out DIR is needed to write reports for several files");
        }
        ReportFormat reportFormat = format != null ? format : out != null ? formatOf(out) : null;
        try (AssessmentEngine engine = build(err)) {
            if (engine == null) {
                return ExitCodes.BAD_INPUT;
            }
            boolean pluginProblems = PluginOptions.reportProblems(engine.plugins(), err);
            SelfAssessmentValidator validator = new SelfAssessmentValidator(engine.catalogue());
            ModelCodec codec = ModelCodec.strict();
            TerminalSummary summary = new TerminalSummary(stdout, Ansi.forTerminal());
            Progress progress = Progress.on(err, inputs.size());
            Outcome outcome = new Outcome(pluginProblems);
            for (Path file : inputs) {
                progress.step(file);
                LoadedFile loaded = LoadedFile.load(file, codec, validator);
                if (!loaded.valid()) {
                    loaded.problems().forEach(p -> err.println(p.format()));
                    outcome.badInput = true;
                    continue;
                }
                FrameworkDefinition framework = engine.catalogue().framework(loaded.assessment().framework()).orElseThrow();
                if (target != null && framework.scale().level(target).isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "--target '" + target + "' is not a level of "
                            + framework.id() + "; its levels are " + framework.scale().describeIds());
                }
                AssessmentReport report = engine.assess(loaded.assessment(), target);
                progress.clear();
                if (reportFormat == null || out != null) {
                    summary.print(loaded, report, framework);
                }
                if (reportFormat != null) {
                    String text = reportFormat.render(report, loaded.assessment(), framework);
                    if (out == null) {
                        stdout.print(text);
                        stdout.flush();
                    } else {
                        Path target = inputs.size() == 1 ? out : out.resolve(baseName(file) + "." + reportFormat.extension);
                        ModelCodec.writeAtomically(target, text);
                        err.println("eflg: wrote " + target);
                    }
                }
                outcome.record(report, failOn);
            }
            progress.clear();
            return outcome.exitCode();
        }
    }

    private AssessmentEngine build(PrintWriter err) {
        AssessmentEngine.Builder builder = plugins.engineBuilder();
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
            e.problems().forEach(p -> err.println(p.format()));
            return null;
        }
    }

    private ReportFormat formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ReportFormat f : ReportFormat.values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        if (Files.isDirectory(file)) {
            return ReportFormat.JSON;
        }
        throw new ParameterException(spec.commandLine(), "cannot tell the report format from '" + file + "'; add --format");
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The exit code over all files: a failure beats bad input, which beats an unmet bar. */
    private static final class Outcome {
        boolean failure;
        boolean badInput;
        boolean barNotMet;

        Outcome(boolean pluginProblems) {
            this.failure = pluginProblems;
        }

        void record(AssessmentReport report, FailOn failOn) {
            failure |= !report.complete();
            barNotMet |= report.gap() != null && !report.gap().met();
            barNotMet |= switch (failOn) {
                case ERROR -> report.hasFindingsAtLeast(Severity.ERROR);
                case WARNING -> report.hasFindingsAtLeast(Severity.WARNING);
                case NONE -> false;
            };
        }

        int exitCode() {
            return failure ? ExitCodes.FAILURE : badInput ? ExitCodes.BAD_INPUT : barNotMet ? ExitCodes.BAR_NOT_MET : ExitCodes.OK;
        }
    }
}
