package io.github.equalityframework.cli;

import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import io.github.equalityframework.validation.ValidationProblem;
import io.github.equalityframework.xlsx.WorkbookReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A self-assessment file read and validated, optionally with a peer review kept in a file of its own:
 * the assessment (with the review attached) when it is valid, and every problem placed in the file it
 * belongs to.
 */
record LoadedFile(Path file, ReadResult<SelfAssessment> read, SelfAssessment assessment, List<ValidationProblem> problems) {
    private static final String REVIEW = "peerReview";

    static LoadedFile load(Path file, ModelCodec codec, SelfAssessmentValidator validator) {
        return load(file, null, codec, validator);
    }

    /** Reads a self-assessment and, when {@code reviewFile} is given, the peer review stored beside it. */
    static LoadedFile load(Path file, Path reviewFile, ModelCodec codec, SelfAssessmentValidator validator) {
        ReadResult<SelfAssessment> read = InputFiles.isWorkbook(file) ? new WorkbookReader().read(file) : codec.readSelfAssessment(file);
        if (read.value().isEmpty()) {
            return new LoadedFile(file, read, null, read.problems());
        }
        SelfAssessment assessment = read.value().get();
        ReadResult<PeerReview> review = null;
        if (reviewFile != null) {
            review = codec.read(reviewFile, PeerReview.class);
            if (review.value().isEmpty() || !review.problems().isEmpty()) {
                List<ValidationProblem> problems = new ArrayList<>(read.problems());
                problems.addAll(review.problems());
                return new LoadedFile(file, read, null, problems);
            }
            assessment = new SelfAssessment(assessment.organisation(), assessment.framework(), assessment.period(),
                    assessment.scope(), assessment.localCharacteristics(), assessment.claims(), assessment.evidence(),
                    review.value().get(), assessment.actionPlan());
        }
        List<ValidationProblem> found = validator.validate(assessment);
        List<ValidationProblem> problems = new ArrayList<>(read.place(found.stream().filter(p -> review(p) == null || reviewFile == null).toList()));
        if (review != null) {
            problems.addAll(review.place(found.stream().map(LoadedFile::review).filter(p -> p != null).toList()));
        }
        return new LoadedFile(file, read, problems.isEmpty() ? assessment : null, List.copyOf(problems));
    }

    /** A problem in the attached review, with its path relative to the review file; null for other problems. */
    private static ValidationProblem review(ValidationProblem p) {
        if (!p.path().equals(REVIEW) && !p.path().startsWith(REVIEW + ".")) {
            return null;
        }
        String inReview = p.path().length() == REVIEW.length() ? "" : p.path().substring(REVIEW.length() + 1);
        return new ValidationProblem(inReview, p.message(), null);
    }

    boolean valid() {
        return problems.isEmpty();
    }
}
