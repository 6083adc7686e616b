package io.github.equalityframework.cli;

import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import io.github.equalityframework.validation.ValidationProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Check self-assessment files (YAML or JSON) against the model and their framework.",
            "Prints each problem as file:line:column: path: message."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "2:a file has problems, or bad usage", "3:internal failure"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Self-assessment files, or directories of them.")
    List<Path> files;

    @Option(names = "--lenient", description = "Skip unknown fields instead of reporting them (for files from newer versions).")
    boolean lenient;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PluginRegistry registry = PluginRegistry.discover();
        registry.problems().forEach(p -> err.println("eflg: warning: " + p));
        ModelCodec codec = ModelCodec.builder().lenient(lenient).build();
        SelfAssessmentValidator validator = new SelfAssessmentValidator(registry.catalogue());
        List<Path> inputs = InputFiles.expand(files);
        int withProblems = 0;
        for (Path file : inputs) {
            ReadResult<SelfAssessment> read = codec.readSelfAssessment(file);
            List<ValidationProblem> problems = read.value()
                    .map(assessment -> read.place(validator.validate(assessment)))
                    .orElse(read.problems());
            problems.forEach(p -> out.println(p.format()));
            if (problems.isEmpty()) {
                SelfAssessment a = read.value().orElseThrow();
                out.printf("%s: valid (%s, %d claims, %d evidence items)%n",
                        file, a.framework(), a.claims().size(), a.evidence().size());
            } else {
                withProblems++;
                err.printf("%s: %d problem%s%n", file, problems.size(), problems.size() == 1 ? "" : "s");
            }
        }
        if (inputs.isEmpty()) {
            err.println("eflg: no YAML or JSON files found in " + files);
            return ExitCodes.BAD_INPUT;
        }
        return withProblems == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
