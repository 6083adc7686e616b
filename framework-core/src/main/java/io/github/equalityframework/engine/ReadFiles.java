package io.github.equalityframework.engine;

import io.github.equalityframework.io.DocumentReaders;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Rule;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * The files of one self-assessment as read, and where each value came from: the review is mounted at
 * {@code peerReview} and a plan at {@code actionPlan} of the assessment, so that a problem or finding at a data path
 * of the whole is placed in the file that holds it, with its path in that file.
 */
final class ReadFiles {
    private static final DataPath REVIEW = DataPath.root().field("peerReview");
    private static final DataPath PLAN = DataPath.root().field("actionPlan");

    private final ReadResult<SelfAssessment> assessment;
    private final ReadResult<PeerReview> review;
    private final List<ReadResult<ActionPlan>> plans;

    private ReadFiles(
            ReadResult<SelfAssessment> assessment, ReadResult<PeerReview> review, List<ReadResult<ActionPlan>> plans) {
        this.assessment = assessment;
        this.review = review;
        this.plans = plans;
    }

    /**
     * Reads the files, validates the assessment with its review and main plan once (and with each other plan), and,
     * when {@code assess} is given and they are valid, assesses them.
     */
    static AssessmentResult check(
            AssessmentFiles files,
            DocumentReaders readers,
            SelfAssessmentValidator validator,
            Catalogue catalogue,
            List<Rule> ran,
            Function<SelfAssessment, AssessmentReport> assess) {
        return check(
                files,
                read(Objects.requireNonNull(files, "files"), readers, null, null),
                validator,
                catalogue,
                ran,
                assess);
    }

    /** As {@link #check(AssessmentFiles, DocumentReaders, SelfAssessmentValidator, Catalogue, List, Function)}, on files read. */
    static AssessmentResult check(
            AssessmentFiles files,
            ReadFiles read,
            SelfAssessmentValidator validator,
            Catalogue catalogue,
            List<Rule> ran,
            Function<SelfAssessment, AssessmentReport> assess) {
        if (!read.readable(0)) {
            return new AssessmentResult(files, null, null, null, ran, read.readingProblems(), read);
        }
        SelfAssessment whole = read.whole(0);
        List<ValidationProblem> main = read.place(validator.validate(whole), 0);
        // Another plan (NAME-plan-draft.yaml) is checked with the assessment and review; what it shares with the
        // main plan's check (the assessment's and review's own problems) is listed once.
        Set<ValidationProblem> problems = new LinkedHashSet<>(main);
        for (int plan = 1; plan < read.plans(); plan++) {
            problems.addAll(
                    read.readable(plan)
                            ? read.place(validator.validate(read.whole(plan)), plan)
                            : read.readingProblems(plan));
        }
        FrameworkDefinition framework = catalogue.framework(whole.framework()).orElse(null);
        AssessmentReport report = assess != null && main.isEmpty() ? assess.apply(whole) : null;
        return new AssessmentResult(files, whole, framework, report, ran, List.copyOf(problems), read);
    }

    /**
     * Reads the files; a review or main plan already read (from a form, say) stands for the file of the review or
     * main plan, which is then not read.
     *
     * @param review the review as read, or {@code null} to read the review file, if any
     * @param plan   the main plan as read, or {@code null} to read the plan files, if any
     */
    static ReadFiles read(
            AssessmentFiles files,
            DocumentReaders readers,
            ReadResult<PeerReview> review,
            ReadResult<ActionPlan> plan) {
        List<ReadResult<ActionPlan>> plans = new ArrayList<>();
        for (Path file : files.plans()) {
            plans.add(plan != null && plans.isEmpty() ? plan : readers.read(file, ActionPlan.class));
        }
        if (plan != null && plans.isEmpty()) {
            plans.add(plan);
        }
        return new ReadFiles(
                unpaired(files.assessment(), readers.read(files.assessment(), SelfAssessment.class), readers),
                review != null
                        ? review
                        : files.reviewFile()
                                .map(f -> readers.read(f, PeerReview.class))
                                .orElse(null),
                List.copyOf(plans));
    }

    /**
     * A review or plan given where a self-assessment is expected (its self-assessment not given with it, a second
     * review of one, or a name the pairing rule does not know) does not read as a self-assessment: the pairing rule is
     * its one problem, not a list of every field a self-assessment would have. A file that reads as none of the three
     * has the problems of the kind its name says ({@code NAME-review.yaml} a review's), else a self-assessment's.
     * Tried only when reading failed; the one place a file's kind is told from what it holds.
     */
    private static ReadResult<SelfAssessment> unpaired(
            Path file, ReadResult<SelfAssessment> read, DocumentReaders readers) {
        if (read.isClean()) {
            return read;
        }
        ReadResult<PeerReview> review = readers.read(file, PeerReview.class);
        ReadResult<ActionPlan> plan = review.isClean() ? null : readers.read(file, ActionPlan.class);
        String kind = review.isClean() ? "review" : plan.isClean() ? "plan" : null;
        if (kind == null) {
            Matcher named = AssessmentFiles.BESIDE.matcher(file.getFileName().toString());
            if (!named.matches()) {
                return read;
            }
            ReadResult<?> asNamed = named.group(2).equals("review") ? review : plan;
            return ReadResult.of(null, asNamed.problems(), asNamed::locate);
        }
        return ReadResult.of(
                null,
                List.of(new ValidationProblem(
                        "", AssessmentFiles.notPaired(file, kind), new SourceLocation(file.toString(), 0, 0))),
                path -> null);
    }

    int plans() {
        return plans.size();
    }

    /** Whether the self-assessment, its review and the plan (the {@code plan}th; any index when there is none) were read. */
    boolean readable(int plan) {
        return assessment.value().isPresent()
                && (review == null || review.value().isPresent())
                && (plans.isEmpty() || plans.get(plan).value().isPresent());
    }

    /** What reading every file found, file by file. */
    List<ValidationProblem> readingProblems() {
        List<ValidationProblem> all = new ArrayList<>(assessment.problems());
        if (review != null) {
            all.addAll(review.problems());
        }
        plans.forEach(p -> all.addAll(p.problems()));
        return all;
    }

    /** Each plan as read, the main one first; empty when there are no plan files or one could not be read. */
    List<ActionPlan> actionPlans() {
        List<ActionPlan> read = new ArrayList<>();
        for (ReadResult<ActionPlan> plan : plans) {
            if (plan.value().isEmpty()) {
                return List.of();
            }
            read.add(plan.value().get());
        }
        return List.copyOf(read);
    }

    /** What reading a plan found. */
    List<ValidationProblem> readingProblems(int plan) {
        return plans.get(plan).problems();
    }

    /** The self-assessment with the review file's review and the {@code plan}th plan, which replace its own. */
    SelfAssessment whole(int plan) {
        SelfAssessment a = assessment.value().orElseThrow();
        if (review != null) {
            a = a.withPeerReview(review.value().orElseThrow());
        }
        if (!plans.isEmpty()) {
            a = a.withActionPlan(plans.get(plan).value().orElseThrow());
        }
        return a;
    }

    /**
     * The reading problems of the files that make up {@link #whole(int)}, and the problems found in it, each placed
     * in the file that holds its path, with its path in that file; file by file, each in file order.
     */
    List<ValidationProblem> place(List<ValidationProblem> found, int plan) {
        List<ValidationProblem> own = new ArrayList<>();
        List<ValidationProblem> inReview = new ArrayList<>();
        List<ValidationProblem> inPlan = new ArrayList<>();
        for (ValidationProblem p : found) {
            String inPart;
            if (review != null && (inPart = within(p.path(), REVIEW)) != null) {
                inReview.add(new ValidationProblem(inPart, p.message(), null));
            } else if (!plans.isEmpty() && (inPart = within(p.path(), PLAN)) != null) {
                inPlan.add(new ValidationProblem(inPart, p.message(), null));
            } else {
                own.add(p);
            }
        }
        List<ValidationProblem> placed = new ArrayList<>(assessment.place(own));
        if (review != null) {
            placed.addAll(review.place(inReview));
        }
        if (!plans.isEmpty()) {
            placed.addAll(plans.get(plan).place(inPlan));
        }
        return placed;
    }

    /** Where the value at a data path of the whole (with the main plan) is, in the file that holds it. */
    SourceLocation locate(String path) {
        String inPart;
        if (review != null && (inPart = within(path, REVIEW)) != null) {
            return review.locate(inPart);
        }
        if (!plans.isEmpty() && (inPart = within(path, PLAN)) != null) {
            return plans.get(0).locate(inPart);
        }
        return assessment.locate(path);
    }

    /** The path relative to the part mounted at {@code part}, or null when it is outside that part. */
    private static String within(String path, DataPath part) {
        return DataPath.parse(path)
                .filter(p -> p.startsWith(part))
                .map(p -> p.relativeTo(part).toString())
                .orElse(null);
    }
}
