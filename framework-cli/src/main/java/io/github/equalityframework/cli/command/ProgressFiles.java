package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.FileNames;
import io.github.equalityframework.cli.output.ProblemLines;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files {@code eflg progress} is given, read and paired: each self-assessment with the review and plans named
 * after it, and the years of the one council reported on.
 */
final class ProgressFiles {
    private static final ModelCodec CODEC = ModelCodec.strict();
    /** A field that tells the kind of a document: at the start of a line in YAML, indented two spaces in JSON. */
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile(
            "(?m)^(?:  )?\"?(organisation|framework|entries|agreedOn|visitFrom|visitTo|feedbackOn|validatedLevels|team|feedback)\"?\\s*:");

    private ProgressFiles() {}

    /** A file read as one of the three kinds of document. */
    record Doc(Path file, SelfAssessment assessment, PeerReview review, ActionPlan plan) {}

    /** A self-assessment with the review and plan kept beside it. */
    static final class Year {
        final Doc doc;
        Path review;
        final List<Path> plans = new ArrayList<>();

        Year(Doc doc) {
            this.doc = doc;
        }
    }

    /**
     * The years of one council among {@code files}: the one {@code organisation} names, or the only one; null (having
     * said why on {@code err}) when a file cannot be read, a review or plan has no self-assessment to go with, or the
     * council is not known or not chosen.
     */
    static List<Year> ofOneCouncil(List<Path> files, String organisation, List<Path> paths, PrintWriter err) {
        List<Doc> docs = new ArrayList<>();
        List<ValidationProblem> problems = new ArrayList<>();
        for (Path file : files) {
            read(file, docs, problems);
        }
        if (!problems.isEmpty()) {
            ProblemLines.print(err, problems);
            return null;
        }
        Map<Path, Year> years = new LinkedHashMap<>();
        docs.stream().filter(d -> d.assessment() != null).forEach(d -> years.put(d.file(), new Year(d)));
        for (Doc d : docs) {
            if (d.assessment() == null && !attach(d, years, err)) {
                return null;
            }
        }
        return forOneCouncil(years.values(), organisation, paths, err);
    }

    /** Reads a file as a self-assessment, a review or a plan: the first it reads cleanly as, else the closest one's problems. */
    private static void read(Path file, List<Doc> docs, List<ValidationProblem> problems) {
        ReadResult<SelfAssessment> assessment = CODEC.readSelfAssessment(file);
        if (assessment.isClean()) {
            docs.add(new Doc(file, assessment.value().get(), null, null));
            return;
        }
        ReadResult<PeerReview> review = CODEC.read(file, PeerReview.class);
        if (review.isClean()) {
            docs.add(new Doc(file, null, review.value().get(), null));
            return;
        }
        ReadResult<ActionPlan> plan = CODEC.read(file, ActionPlan.class);
        if (plan.isClean()) {
            docs.add(new Doc(file, null, null, plan.value().get()));
            return;
        }
        // None reads cleanly: report the problems of the kind its top-level fields say it is.
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

    /** Puts a review or plan file with the self-assessment it is named after; false (and says why) when there is none. */
    private static boolean attach(Doc doc, Map<Path, Year> years, PrintWriter err) {
        String stem = FileNames.stem(doc.file());
        Year owner = years.values().stream()
                .filter(y -> Objects.equals(
                        y.doc.file().toAbsolutePath().getParent(),
                        doc.file().toAbsolutePath().getParent()))
                .filter(y -> stem.startsWith(FileNames.stem(y.doc.file()) + "-")
                        || stem.startsWith(FileNames.stem(y.doc.file()) + "."))
                .max(Comparator.comparingInt(y -> FileNames.stem(y.doc.file()).length()))
                .orElse(null);
        String kind = doc.review() != null ? "review" : "plan";
        if (owner == null) {
            err.println(doc.file() + ": a " + kind
                    + " must be named after the self-assessment beside it, e.g. anytown-2025-" + kind
                    + ".yaml beside anytown-2025.yaml");
            return false;
        }
        if (doc.review() == null) {
            owner.plans.add(doc.file()); // several plans may go with one year (e.g. NAME-plan-objectives.yaml)
            // NAME-plan.yaml first, then the others by name, as AssessmentFiles orders them.
            owner.plans.sort(Comparator.comparing(
                            (Path p) -> !FileNames.stem(p).equals(FileNames.stem(owner.doc.file()) + "-plan"))
                    .thenComparing(Path::toString));
            return true;
        }
        if (owner.review != null) {
            err.println(doc.file() + ": " + owner.doc.file() + " already has a review beside it (" + owner.review
                    + "); keep one");
            return false;
        }
        owner.review = doc.file();
        return true;
    }

    /** The years of one council: the one {@code organisation} names, or the only one; null (and says why) otherwise. */
    private static List<Year> forOneCouncil(
            Collection<Year> all, String organisation, List<Path> paths, PrintWriter err) {
        List<Year> years = new ArrayList<>(all.stream()
                .filter(y -> organisation == null || matches(y.doc.assessment(), organisation))
                .toList());
        TreeSet<String> names = new TreeSet<>(years.stream()
                .map(y -> y.doc.assessment().organisation().name())
                .toList());
        if (years.isEmpty()) {
            TreeSet<String> known = new TreeSet<>(all.stream()
                    .map(y -> y.doc.assessment().organisation().name())
                    .toList());
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
