package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.FileNames;
import io.github.equalityframework.cli.InputFiles;
import io.github.equalityframework.cli.output.ProblemLines;
import io.github.equalityframework.cli.output.ReportFormat;
import io.github.equalityframework.cli.output.TerminalSummary;
import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.io.CannotWriteException;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.report.AssessmentReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
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
    private final boolean quiet;
    private final Ansi ansi;
    private final Instant generatedAt;
    private final Locale language;

    FileAssessor(
            AssessmentEngine engine,
            ReportFormat format,
            Map<Path, Path> destinations,
            String target,
            boolean quiet,
            Ansi ansi,
            Instant generatedAt,
            Locale language) {
        this.engine = engine;
        this.format = format;
        this.destinations = destinations;
        this.target = target;
        this.quiet = quiet;
        this.ansi = ansi;
        this.generatedAt = generatedAt;
        this.language = language;
    }

    /**
     * Assesses a self-assessment with its review and plans. The report is on its main plan (NAME-plan.yaml); any
     * other plan beside it (NAME-plan-draft.yaml) is checked with the assessment and review, as validate checks it:
     * its problems are printed and make the input invalid (exit 2), while the report on the main plan is still
     * written.
     */
    Result assess(AssessmentFiles files) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter stdout = new PrintWriter(out);
        PrintWriter stderr = new PrintWriter(err);
        Path file = files.assessment();
        AssessmentResult result;
        try {
            result = engine.assess(files, target);
        } catch (IllegalArgumentException e) {
            // the engine's only refusal of valid files: a target that is not a level of their framework
            stderr.println(file + ": --target " + e.getMessage());
            stderr.flush();
            return new Result("", err.toString(), null);
        }
        ProblemLines.print(stderr, result.problems());
        if (result.report().isEmpty()) {
            stderr.flush();
            return new Result("", err.toString(), null);
        }
        AssessmentReport report = result.report().get();
        if (!quiet && (format == null || destinations != null)) {
            new TerminalSummary(stdout, ansi).print(result);
        }
        if (format != null) {
            String text = format.render(result, generatedAt, language, engine.today());
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
        return new Result(out.toString(), err.toString(), report, !result.isValid());
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
}
