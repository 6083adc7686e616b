package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.output.ProblemLines;
import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files {@code eflg progress} is given, paired as every command pairs them ({@link AssessmentFiles}: each
 * self-assessment with the review and plans named after it), and the years of the one council reported on.
 */
final class ProgressFiles {
    private static final ModelCodec CODEC = ModelCodec.strict();
    /** A field that tells the kind of a document: at the start of a line in YAML, indented two spaces in JSON. */
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile(
            "(?m)^(?:  )?\"?(organisation|framework|entries|agreedOn|visitFrom|visitTo|feedbackOn|validatedLevels|team|feedback)\"?\\s*:");

    private ProgressFiles() {}

    /** A self-assessment, as read, with the review and plans kept beside it (read, checked and placed later). */
    static final class Year {
        final Path file;
        final SelfAssessment assessment;
        final Path review;
        final List<Path> plans;

        Year(Path file, SelfAssessment assessment, AssessmentFiles files) {
            this.file = file;
            this.assessment = assessment;
            this.review = files.review();
            this.plans = files.plans();
        }
    }

    /**
     * The years of one council among {@code files}: the one {@code organisation} names, or the only one; null (having
     * said why on {@code err}) when a file cannot be read, a review or plan has no self-assessment named to go with,
     * or the council is not known or not chosen.
     */
    static List<Year> ofOneCouncil(List<Path> files, String organisation, List<Path> paths, PrintWriter err) {
        List<Year> years = new ArrayList<>();
        List<ValidationProblem> problems = new ArrayList<>();
        List<String> unpaired = new ArrayList<>();
        for (AssessmentFiles paired : AssessmentFiles.pair(files)) {
            ReadResult<SelfAssessment> read = CODEC.readSelfAssessment(paired.assessment());
            if (read.isClean()) {
                years.add(new Year(paired.assessment(), read.value().get(), paired));
            } else {
                whyNot(paired.assessment(), read, problems, unpaired);
            }
        }
        if (!problems.isEmpty()) {
            ProblemLines.print(err, problems);
            return null;
        }
        if (!unpaired.isEmpty()) {
            unpaired.forEach(err::println);
            return null;
        }
        return forOneCouncil(years, organisation, paths, err);
    }

    /**
     * Why a file paired as a self-assessment does not read as one: a review or plan that is not named after a
     * self-assessment among the files (the naming rule said), else the problems of the kind its top-level fields say
     * it is.
     */
    private static void whyNot(
            Path file, ReadResult<SelfAssessment> assessment, List<ValidationProblem> problems, List<String> unpaired) {
        ReadResult<PeerReview> review = CODEC.read(file, PeerReview.class);
        ReadResult<ActionPlan> plan = CODEC.read(file, ActionPlan.class);
        if (review.isClean() || plan.isClean()) {
            unpaired.add(file + ": " + AssessmentFiles.notPaired(file, review.isClean() ? "review" : "plan"));
            return;
        }
        String text;
        try {
            text = java.nio.file.Files.readString(file);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            text = "";
        }
        Matcher key = TOP_LEVEL_KEY.matcher(text);
        String kind = key.find() ? key.group(1) : "organisation";
        problems.addAll(
                switch (kind) {
                    case "entries", "agreedOn" -> plan.problems();
                    case "visitFrom", "visitTo", "feedbackOn", "validatedLevels", "team", "feedback" ->
                        review.problems();
                    default -> assessment.problems();
                });
    }

    /** The years of one council: the one {@code organisation} names, or the only one; null (and says why) otherwise. */
    private static List<Year> forOneCouncil(
            Collection<Year> all, String organisation, List<Path> paths, PrintWriter err) {
        List<Year> years = new ArrayList<>(all.stream()
                .filter(y -> organisation == null || matches(y.assessment, organisation))
                .toList());
        TreeSet<String> names = new TreeSet<>(
                years.stream().map(y -> y.assessment.organisation().name()).toList());
        if (years.isEmpty()) {
            TreeSet<String> known = new TreeSet<>(
                    all.stream().map(y -> y.assessment.organisation().name()).toList());
            err.println("eflg: no self-assessment "
                    + (organisation == null
                            ? "found in " + paths
                            : "of '" + organisation + "' in " + paths + "; the organisations are: "
                                    + String.join(", ", known)));
            return null;
        }
        if (names.size() > 1) {
            err.println("eflg: the files are of " + names.size() + " organisations (" + String.join(", ", names)
                    + "); choose one with --organisation NAME");
            return null;
        }
        return years;
    }

    private static boolean matches(SelfAssessment assessment, String wanted) {
        String w = wanted.strip().toLowerCase(Locale.ROOT);
        return assessment.organisation().name().strip().toLowerCase(Locale.ROOT).equals(w)
                || (assessment.organisation().gssCode() != null
                        && assessment.organisation().gssCode().equalsIgnoreCase(w));
    }
}
