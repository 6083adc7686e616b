package io.github.equalityframework.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.io.DocumentReaders;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Rule;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What {@link AssessmentEngine#assess(AssessmentFiles)} gives for a self-assessment on disk: the files, the
 * assessment as read (with the review and plan files' review and plan), its framework, the report, the rules that
 * ran, and every problem, each placed in the file it is in ({@code file:line:col: path: message}). Immutable and
 * safe to share between threads.
 *
 * <pre>{@code
 * AssessmentResult result = engine.assess(AssessmentFiles.beside(Path.of("anytown-2025.yaml")));
 * result.problems().forEach(p -> System.out.println(p.format()));
 * result.report().ifPresent(r -> System.out.println("Overall: " + result.label(r.overall())));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AssessmentResult {
    private final AssessmentFiles files;
    private final SelfAssessment assessment;
    private final FrameworkDefinition framework;
    private final AssessmentReport report;
    private final List<Rule> rules;
    private final List<ValidationProblem> problems;
    private final ReadFiles read;

    AssessmentResult(
            AssessmentFiles files,
            SelfAssessment assessment,
            FrameworkDefinition framework,
            AssessmentReport report,
            List<Rule> rules,
            List<ValidationProblem> problems,
            ReadFiles read) {
        this.files = files;
        this.assessment = assessment;
        this.framework = framework;
        this.report = report;
        this.rules = List.copyOf(rules);
        this.problems = List.copyOf(problems);
        this.read = read;
    }

    /**
     * Reads and validates a self-assessment with its review and plan files without an engine, for tools that only
     * check files: as {@link AssessmentEngine#validate(AssessmentFiles)} does, with no report and no rules.
     *
     * @param files     the files
     * @param readers   the readers of their formats
     * @param catalogue the installed frameworks, characteristics and evidence kinds, e.g. a plugin registry's
     */
    public static AssessmentResult validate(AssessmentFiles files, DocumentReaders readers, Catalogue catalogue) {
        return validate(files, null, null, readers, catalogue);
    }

    /**
     * As {@link #validate(AssessmentFiles, DocumentReaders, Catalogue)}, with a review or main plan already read (for
     * example a form's, about to be saved to the file) standing for the review or main plan file: its problems are
     * placed in it as they would be in the file, and that file is not read.
     *
     * @param files     the files; name the file the review or plan stands for, so that {@link #files()} says it
     * @param review    the review as read, or {@code null} to read the review file of {@code files}, if any
     * @param plan      the main plan as read, or {@code null} to read the plan files of {@code files}, if any
     * @param readers   the readers of the other files' formats
     * @param catalogue the installed frameworks, characteristics and evidence kinds
     */
    public static AssessmentResult validate(
            AssessmentFiles files,
            ReadResult<PeerReview> review,
            ReadResult<ActionPlan> plan,
            DocumentReaders readers,
            Catalogue catalogue) {
        return ReadFiles.check(
                files,
                ReadFiles.read(Objects.requireNonNull(files, "files"), readers, review, plan),
                new SelfAssessmentValidator(catalogue),
                catalogue,
                List.of(),
                null);
    }

    /** The files read. */
    public AssessmentFiles files() {
        return files;
    }

    /**
     * The self-assessment with the review and the main plan of its files; empty when a file could not be read at
     * all.
     */
    public Optional<SelfAssessment> assessment() {
        return Optional.ofNullable(assessment);
    }

    /** The framework edition the self-assessment is against; empty when it could not be read or names none installed. */
    public Optional<FrameworkDefinition> framework() {
        return Optional.ofNullable(framework);
    }

    /**
     * The report on the self-assessment with its review and main plan; empty when those have problems (then nothing
     * was assessed) or when only validation was asked for ({@link AssessmentEngine#validate(AssessmentFiles)}). A
     * problem of another plan ({@code NAME-plan-draft.yaml}) leaves the report and is among {@link #problems()}.
     */
    public Optional<AssessmentReport> report() {
        return Optional.ofNullable(report);
    }

    /** The rules and checks that are on under the engine's profile, which the report ran. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Every problem of every file, each placed in the file that holds it with its path in that file: the
     * self-assessment's, the review's, then each plan's, each file's in file order. Empty when all is valid.
     */
    public List<ValidationProblem> problems() {
        return problems;
    }

    /**
     * Every action plan of the files as read, the main one first ({@code NAME-plan.yaml}, then the others); empty when
     * there are no plan files (then the assessment's own plan, if any, is {@code assessment().actionPlan()}) or one
     * could not be read.
     */
    public List<ActionPlan> actionPlans() {
        return read.actionPlans();
    }

    /**
     * Places problems found in the assessment with its review and main plan (for example after a part of it was
     * replaced and validated again) in the files that hold their paths, with their paths there; with the reading
     * problems, file by file, each in file order.
     */
    public List<ValidationProblem> place(List<ValidationProblem> found) {
        return read.place(found, 0);
    }

    /** Whether every file was read and is valid. */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * Where the value at a data path of the assessment (for example a finding's path) is, in the file that holds
     * it: {@code actionPlan.entries[0]} is in the plan file when there is one; {@code null} when no file holds it.
     */
    public SourceLocation locate(String path) {
        return read.locate(path);
    }

    /**
     * The label of a level of the framework, as people read it ("Achieving", not {@code achieving}); the id when the
     * framework has no such level; "-" for none ({@code null}).
     */
    public String label(String levelId) {
        if (levelId == null) {
            return "-";
        }
        if (MaturityLevel.NOT_ASSESSED.id().equals(levelId)) {
            return MaturityLevel.NOT_ASSESSED.label();
        }
        return framework()
                .flatMap(f -> f.scale().level(levelId))
                .map(MaturityLevel::label)
                .orElse(levelId);
    }
}
