package io.github.equalityframework.cli;

import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A self-assessment file read and validated, optionally with a peer review and an action plan kept in
 * files of their own: the assessment (with them attached) when it is valid, and every problem placed in
 * the file it belongs to.
 *
 * <p>For the commands that check one file without assessing it, and for {@code eflg serve}'s forms, whose review or
 * plan is read from a form rather than a file; {@code eflg assess} and {@code eflg validate} use the engine's
 * {@code AssessmentResult}, which does the same for files.
 */
public record LoadedFile(
        Path file,
        ReadResult<SelfAssessment> read,
        ReadResult<PeerReview> review,
        ReadResult<ActionPlan> plan,
        SelfAssessment assessment,
        List<ValidationProblem> problems) {
    private static final String REVIEW = "peerReview";
    private static final String PLAN = "actionPlan";

    public static LoadedFile load(Path file, ModelCodec codec, SelfAssessmentValidator validator) {
        return load(file, null, null, codec, validator);
    }

    /**
     * Reads a self-assessment and, when {@code reviewFile} or {@code planFile} is given, the peer review or
     * action plan stored beside it, which replaces one the assessment holds.
     */
    public static LoadedFile load(
            Path file, Path reviewFile, Path planFile, ModelCodec codec, SelfAssessmentValidator validator) {
        return loadRead(
                file,
                read(reviewFile, PeerReview.class, codec),
                read(planFile, ActionPlan.class, codec),
                codec,
                validator);
    }

    /** As {@link #load(Path, Path, Path, ModelCodec, SelfAssessmentValidator)}, with the review and plan already read (e.g. from a form). */
    public static LoadedFile loadRead(
            Path file,
            ReadResult<PeerReview> review,
            ReadResult<ActionPlan> plan,
            ModelCodec codec,
            SelfAssessmentValidator validator) {
        return load(file, review, plan, codec, validator::validate);
    }

    private static <T> ReadResult<T> read(Path file, Class<T> type, ModelCodec codec) {
        return file == null ? null : InputFiles.READERS.withCodec(codec).read(file, type);
    }

    private static LoadedFile load(
            Path file,
            ReadResult<PeerReview> review,
            ReadResult<ActionPlan> plan,
            ModelCodec codec,
            Function<SelfAssessment, List<ValidationProblem>> validate) {
        ReadResult<SelfAssessment> read = read(file, SelfAssessment.class, codec);
        boolean unreadable = read.value().isEmpty()
                || (review != null && review.value().isEmpty())
                || (plan != null && plan.value().isEmpty());
        if (unreadable) {
            List<ValidationProblem> problems = new ArrayList<>(read.problems());
            if (review != null) {
                problems.addAll(review.problems());
            }
            if (plan != null) {
                problems.addAll(plan.problems());
            }
            return new LoadedFile(file, read, review, plan, null, List.copyOf(problems));
        }
        SelfAssessment a = read.value().get();
        a = a.withPeerReview(review != null ? review.value().get() : a.peerReview())
                .withActionPlan(plan != null ? plan.value().get() : a.actionPlan());
        List<ValidationProblem> found = validate.apply(a);
        List<ValidationProblem> problems = new ArrayList<>(read.place(found.stream()
                .filter(p -> (review == null || within(p, REVIEW) == null) && (plan == null || within(p, PLAN) == null))
                .toList()));
        if (review != null) {
            problems.addAll(review.place(found.stream()
                    .map(p -> within(p, REVIEW))
                    .filter(p -> p != null)
                    .toList()));
        }
        if (plan != null) {
            problems.addAll(plan.place(found.stream()
                    .map(p -> within(p, PLAN))
                    .filter(p -> p != null)
                    .toList()));
        }
        boolean valid = problems.isEmpty();
        return new LoadedFile(file, read, review, plan, valid ? a : null, List.copyOf(problems));
    }

    /** A problem in an attached part, with its path relative to that part's own file; null for other problems. */
    private static ValidationProblem within(ValidationProblem p, String part) {
        if (!p.path().equals(part) && !p.path().startsWith(part + ".")) {
            return null;
        }
        String inPart = p.path().length() == part.length() ? "" : p.path().substring(part.length() + 1);
        return new ValidationProblem(inPart, p.message(), null);
    }

    /** Where the value at a data path of the assessment is: in the review or plan file when it came from one. */
    public SourceLocation locate(String path) {
        if (review != null && (path.equals(REVIEW) || path.startsWith(REVIEW + "."))) {
            return review.locate(path.substring(Math.min(path.length(), REVIEW.length() + 1)));
        }
        if (plan != null && (path.equals(PLAN) || path.startsWith(PLAN + "."))) {
            return plan.locate(path.substring(Math.min(path.length(), PLAN.length() + 1)));
        }
        return read.locate(path);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
