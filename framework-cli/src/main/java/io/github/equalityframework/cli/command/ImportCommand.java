package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.ExitCodes;
import io.github.equalityframework.cli.FileNames;
import io.github.equalityframework.cli.InputFiles;
import io.github.equalityframework.cli.PluginOptions;
import io.github.equalityframework.cli.output.OutputFileOptions;
import io.github.equalityframework.cli.output.ProblemLines;
import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadLimits;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import io.github.equalityframework.xlsx.ActionPlanCsv;
import io.github.equalityframework.xlsx.RegisterCsv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eflg import FILE.xlsx --out FILE.yaml}: a filled-in workbook as a self-assessment file; {@code eflg import
 * register.csv --assessment FILE.yaml --out NEW.yaml}: a self-assessment with the evidence register from a CSV file;
 * with {@code --action-plan}, with the action plan from a CSV file.
 */
@Command(
        name = "import",
        footerHeading = "%nExamples:%n",
        footer = {
            "  eflg init --format xlsx --from examples/data/anytown-2024.yaml --out a.xlsx",
            "  eflg import a.xlsx --out a.yaml",
            "  eflg export examples/data/anytown-2025.yaml --out register.csv",
            "  eflg import register.csv --assessment examples/data/anytown-2025.yaml \\",
            "      --out anytown-2025.yaml",
            "  eflg export examples/data/anytown-2025.yaml --action-plan --out plan.csv",
            "  eflg import plan.csv --action-plan \\",
            "      --assessment examples/data/anytown-2025.yaml --out anytown-2025.yaml"
        },
        description = {
            "Turn a filled-in workbook, or a register or action plan in CSV, into YAML or JSON.",
            "The workbook is one that eflg init --format xlsx wrote. It is checked as it is read, and every problem is reported as FILE.xlsx:Sheet!C12: path: message.",
            "An evidence register in CSV (as eflg export writes it) replaces the register of the self-assessment given"
                    + " with --assessment; the result is checked as a whole, and every problem is reported as"
                    + " FILE.csv:line:column: path: message, or at its line in the self-assessment.",
            "An action plan in CSV (--action-plan, as eflg export --action-plan writes it) replaces the plan of the"
                    + " self-assessment given with --assessment, checked and reported the same way. What the CSV has no"
                    + " column for (earlier progress notes, revisions, completion dates, an action's own roles, the"
                    + " plan's title and status) is kept from the plan it replaces, matched by action id; a progress"
                    + " note on a line that is not the action's latest is added to its notes."
        })
public final class ImportCommand implements Callable<Integer> {
    private static final ModelCodec CODEC = ModelCodec.strict();

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Parameters(
            paramLabel = "FILE",
            description = "The workbook (.xlsx), or an evidence register or action plan (.csv).")
    Path file;

    @Option(
            names = "--assessment",
            paramLabel = "FILE",
            description = "With an evidence register or action plan: the self-assessment whose register or plan it"
                    + " replaces.")
    Path assessmentFile;

    @Option(
            names = "--action-plan",
            description = "The CSV file is an action plan (as eflg export --action-plan writes it), not an evidence"
                    + " register.")
    boolean actionPlan;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            description = "Where to write the self-assessment (.yaml, .yml or .json).")
    Path out;

    @Mixin
    OutputFileOptions output;

    /** The installed frameworks, characteristics and evidence kinds, once the plugins are loaded. */
    private Catalogue catalogue;

    @Override
    public Integer call() {
        output.refuseToReplace(file, assessmentFile, plugins.pluginPath);
        boolean register = FileNames.extension(file).equalsIgnoreCase("csv");
        if (!register && !FileNames.isWorkbook(file)) {
            throw new ParameterException(
                    spec.commandLine(),
                    file + " is not a workbook; import reads .xlsx files, and evidence registers and action plans"
                            + " (.csv)");
        }
        if (actionPlan && !register) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--action-plan goes with an action plan in CSV (.csv); a workbook is a whole self-assessment");
        }
        if (register && assessmentFile == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    file + (actionPlan ? " is an action plan" : " is an evidence register")
                            + "; name the self-assessment it belongs to with --assessment FILE");
        }
        if (!register && assessmentFile != null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--assessment goes with an evidence register or action plan (.csv); a workbook is a whole"
                            + " self-assessment");
        }
        output.format();
        catalogue = plugins.registry().catalogue();
        SelfAssessmentValidator validator = new SelfAssessmentValidator(catalogue);
        Imported imported =
                !register ? workbook(validator) : actionPlan ? withPlan(validator) : withRegister(validator);
        if (!imported.problems().isEmpty()) {
            ProblemLines.print(spec.commandLine().getErr(), imported.problems());
            spec.commandLine()
                    .getErr()
                    .println(file + ": " + imported.problems().size() + " problem"
                            + (imported.problems().size() == 1 ? "" : "s") + "; nothing written");
            return ExitCodes.BAD_INPUT;
        }
        CODEC.write(imported.assessment(), out);
        int claims = imported.assessment().claims().size();
        int evidence = imported.assessment().evidence().size();
        spec.commandLine()
                .getErr()
                .println("eflg: wrote " + out + " (" + claims + (claims == 1 ? " claim, " : " claims, ") + evidence
                        + (evidence == 1 ? " evidence item)" : " evidence items)"));
        return ExitCodes.OK;
    }

    /** The self-assessment to write, or the problems that stop it, each placed in the file it is in. */
    private record Imported(SelfAssessment assessment, List<ValidationProblem> problems) {}

    private Imported workbook(SelfAssessmentValidator validator) {
        AssessmentResult loaded = alone(file);
        return new Imported(loaded.isValid() ? loaded.assessment().orElseThrow() : null, loaded.problems());
    }

    /** A self-assessment file read and validated alone, its problems placed in it. */
    private AssessmentResult alone(Path file) {
        return AssessmentResult.validate(AssessmentFiles.of(file), InputFiles.READERS.withCodec(CODEC), catalogue);
    }

    /**
     * The self-assessment with the register read from the CSV file: a problem of the register (at a path under
     * {@code evidence}) is placed in the CSV file, any other (a claim citing evidence the register no longer
     * has) in the self-assessment.
     */
    private Imported withRegister(SelfAssessmentValidator validator) {
        return replacing(
                readRegister(file), validator, DataPath.root().field("evidence"), SelfAssessment::withEvidence);
    }

    /**
     * The self-assessment with the action plan read from the CSV file, keeping what the CSV has no column for from
     * the plan it replaces: a problem of the plan (at a path under {@code actionPlan}) is placed in the CSV file,
     * any other in the self-assessment.
     */
    private Imported withPlan(SelfAssessmentValidator validator) {
        String source = file.toString();
        List<ValidationProblem> unread = new ArrayList<>();
        String text = csvText(file, "an action plan", unread);
        ReadResult<ActionPlan> read =
                text == null ? unread(source, unread) : new ActionPlanCsv().read(text, source, null);
        return replacing(
                read,
                validator,
                DataPath.root().field("actionPlan"),
                (a, plan) -> a.withActionPlan(ActionPlanCsv.keepingWhatTheCsvHasNoColumnFor(plan, a.actionPlan())));
    }

    /**
     * The self-assessment with the part at {@code root} replaced by what the CSV file holds, validated as a whole: a
     * problem under {@code root} is placed in the CSV file, any other in the self-assessment.
     */
    private <T> Imported replacing(
            ReadResult<T> read,
            SelfAssessmentValidator validator,
            DataPath root,
            BiFunction<SelfAssessment, T, SelfAssessment> replace) {
        AssessmentResult loaded = alone(assessmentFile);
        if (!read.problems().isEmpty() || !loaded.isValid()) {
            List<ValidationProblem> problems = new ArrayList<>(read.problems());
            problems.addAll(loaded.problems());
            return new Imported(null, problems);
        }
        SelfAssessment replaced =
                replace.apply(loaded.assessment().orElseThrow(), read.value().orElseThrow());
        Map<Boolean, List<ValidationProblem>> byFile = validator.validate(replaced).stream()
                .collect(Collectors.partitioningBy(p -> DataPath.parse(p.path())
                        .map(path -> path.startsWith(root))
                        .orElse(false)));
        List<ValidationProblem> problems = new ArrayList<>(read.place(byFile.get(true)));
        problems.addAll(loaded.place(byFile.get(false)));
        return new Imported(problems.isEmpty() ? replaced : null, problems);
    }

    /** The register in the CSV file, read as strictly as every other input: UTF-8, within the size limit. */
    static ReadResult<List<EvidenceItem>> readRegister(Path csv) {
        List<ValidationProblem> unread = new ArrayList<>();
        String text = csvText(csv, "an evidence register", unread);
        return text == null ? unread(csv.toString(), unread) : new RegisterCsv().readEvidence(text, csv.toString());
    }

    /** The text of a CSV file, UTF-8 within the size limit; {@code null}, with the problem, when it is not. */
    private static String csvText(Path csv, String what, List<ValidationProblem> problems) {
        SourceLocation whole = new SourceLocation(csv.toString(), 0, 0);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(csv)) {
            bytes = in.readNBytes(ReadLimits.DEFAULT_MAX_DOCUMENT_SIZE + 1);
        } catch (NoSuchFileException e) {
            problems.add(new ValidationProblem("", "file not found", whole));
            return null;
        } catch (IOException e) {
            problems.add(new ValidationProblem("", "cannot read the file: " + e.getMessage(), whole));
            return null;
        }
        if (bytes.length > ReadLimits.DEFAULT_MAX_DOCUMENT_SIZE) {
            problems.add(new ValidationProblem(
                    "",
                    "the file is larger than " + ReadLimits.DEFAULT_MAX_DOCUMENT_SIZE / (1024 * 1024) + " MiB; " + what
                            + " is far smaller",
                    whole));
            return null;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(new ValidationProblem("", "the file is not UTF-8 text; save it as CSV UTF-8", whole));
            return null;
        }
    }

    private static <T> ReadResult<T> unread(String source, List<ValidationProblem> problems) {
        SourceLocation file = new SourceLocation(source, 0, 0);
        return ReadResult.of(null, problems, path -> file);
    }
}
