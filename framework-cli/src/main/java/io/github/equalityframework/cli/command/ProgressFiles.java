package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.output.ProblemLines;
import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The files {@code eflg progress} is given, paired as every command pairs them ({@link AssessmentFiles}: each
 * self-assessment with the review and plans named after it), and the years of the one council reported on.
 */
final class ProgressFiles {
    private ProgressFiles() {}

    /**
     * A self-assessment read and validated alone, with the review and plans kept beside it (read, checked and placed
     * with it later).
     */
    static final class Year {
        final Path file;
        final SelfAssessment assessment;
        final AssessmentResult alone;
        final AssessmentFiles files;

        Year(AssessmentResult alone, AssessmentFiles files) {
            this.file = files.assessment();
            this.assessment = alone.assessment().orElseThrow();
            this.alone = alone;
            this.files = files;
        }
    }

    /**
     * The years of one council among {@code files}: the one {@code organisation} names, or the only one; null (having
     * said why on {@code err}) when a file cannot be read as a self-assessment (a review or plan with no
     * self-assessment named to go with it is told the pairing rule, as every command tells it), or the council is not
     * known or not chosen.
     */
    static List<Year> ofOneCouncil(
            AssessmentEngine engine, List<Path> files, String organisation, List<Path> paths, PrintWriter err) {
        List<Year> years = new ArrayList<>();
        List<ValidationProblem> problems = new ArrayList<>();
        for (AssessmentFiles paired : AssessmentFiles.pair(files)) {
            AssessmentResult alone = engine.validate(AssessmentFiles.of(paired.assessment()));
            if (alone.assessment().isPresent()) {
                years.add(new Year(alone, paired));
            } else {
                problems.addAll(alone.problems());
            }
        }
        if (!problems.isEmpty()) {
            ProblemLines.print(err, problems);
            return null;
        }
        return forOneCouncil(years, organisation, paths, err);
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
