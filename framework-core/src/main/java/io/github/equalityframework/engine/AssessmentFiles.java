package io.github.equalityframework.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A self-assessment file with the peer review and action plans kept beside it, which {@link
 * AssessmentEngine#assess(AssessmentFiles)} reads and assesses together.
 *
 * <p>The one pairing convention: a review and plans go with the self-assessment they are named after, in the same
 * folder: {@code NAME-review.yaml} and {@code NAME-plan.yaml} with {@code NAME.yaml} (any format a {@link
 * io.github.equalityframework.io.DocumentReader} reads, e.g. {@code NAME.xlsx}). A council with more than one plan in a
 * year names the others {@code NAME-plan-SOMETHING.yaml}; {@code NAME-plan.yaml} is the main plan, assessed with the
 * self-assessment, and the others are checked with it.
 *
 * @param assessment the self-assessment file
 * @param review     the peer review file, or {@code null} for the review the self-assessment holds, if any
 * @param plans      the action plan files, the main one first; empty for the plan the self-assessment holds, if any
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AssessmentFiles(Path assessment, Path review, List<Path> plans) {
    static final Pattern BESIDE = Pattern.compile("(.+)-(review|plan)(-[^.]+)?\\.([^.]+)");
    private static final Pattern NAMED = Pattern.compile("(.+)\\.([^.]+)");

    public AssessmentFiles {
        Objects.requireNonNull(assessment, "assessment");
        plans = List.copyOf(plans);
    }

    /** A self-assessment file alone, without review or plan files. */
    public static AssessmentFiles of(Path assessment) {
        return new AssessmentFiles(assessment, null, List.of());
    }

    /**
     * A self-assessment file with the review and plans named after it in its folder ({@code NAME-review.yaml},
     * {@code NAME-plan.yaml}, {@code NAME-plan-draft.yaml}).
     *
     * @throws UncheckedIOException when the folder cannot be listed
     */
    public static AssessmentFiles beside(Path assessment) {
        Path folder = assessment.toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        files.add(assessment);
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(f -> !f.getFileName().equals(assessment.getFileName()))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .map(f -> assessment.resolveSibling(f.getFileName()))
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a file named as a review or plan, given as the assessment, is one
        return pair(files).stream()
                .filter(f -> f.assessment().equals(assessment))
                .findFirst()
                .orElse(of(assessment));
    }

    /**
     * Pairs the reviews and plans among {@code files} with the self-assessments among them, in time linear in their
     * number. Every file that is not a paired review or plan is a self-assessment, in the order given; a review or
     * plan whose self-assessment is not among the files stands for itself, as does a second review of one self-assessment
     * (in another format); reading such a file as a self-assessment says so. When two files share a name before their
     * extension ({@code anytown.yaml}, {@code anytown.json}), the first given takes the review and plans.
     */
    public static List<AssessmentFiles> pair(List<Path> files) {
        Map<Path, Map<String, Path>> byStem = new HashMap<>();
        for (Path file : files) {
            Matcher m = NAMED.matcher(file.getFileName().toString());
            if (m.matches()) {
                byStem.computeIfAbsent(file.toAbsolutePath().getParent(), k -> new HashMap<>())
                        .putIfAbsent(m.group(1), file);
            }
        }
        Map<Path, Path> reviews = new HashMap<>();
        Map<Path, List<Path>> plans = new HashMap<>();
        Set<Path> beside = new HashSet<>();
        for (Path file : files) {
            Matcher m = BESIDE.matcher(file.getFileName().toString());
            if (m.matches() && (m.group(2).equals("plan") || m.group(3) == null)) {
                Path a = byStem.getOrDefault(file.toAbsolutePath().getParent(), Map.of())
                        .get(m.group(1));
                if (a == null) {
                    continue;
                }
                if (m.group(2).equals("review")) {
                    if (reviews.putIfAbsent(a, file) != null) {
                        continue; // a second review: it stands for itself, and reading it says why
                    }
                    beside.add(file);
                } else {
                    beside.add(file);
                    plans.computeIfAbsent(a, k -> new ArrayList<>()).add(file);
                }
            }
        }
        List<AssessmentFiles> paired = new ArrayList<>();
        for (Path file : files) {
            if (!beside.contains(file)) {
                List<Path> own = new ArrayList<>(plans.getOrDefault(file, List.of()));
                own.sort(Comparator.comparing(AssessmentFiles::suffixed)
                        .thenComparing(p -> p.getFileName().toString()));
                paired.add(new AssessmentFiles(file, reviews.get(file), own));
            }
        }
        return List.copyOf(paired);
    }

    /**
     * What a user is told about a review or plan given where a self-assessment is expected (one whose
     * self-assessment is not given with it, a second review of one, or one not named by the rule): the pairing rule,
     * with the self-assessment's name when the file's name says it.
     *
     * @param file the file
     * @param kind {@code review} or {@code plan}
     */
    public static String notPaired(Path file, String kind) {
        Matcher named = BESIDE.matcher(file.getFileName().toString());
        String stem = named.matches() ? named.group(1) : "NAME";
        String ext = named.matches() ? named.group(4) : "yaml";
        return "a " + kind + ", not a self-assessment, and not paired with one: a " + kind
                + " goes with the self-assessment it is named after, in the same folder (" + stem + "-" + kind + "."
                + ext + " beside " + stem + "." + ext + "), given with it"
                + (kind.equals("review") ? ", and a self-assessment takes one review" : "")
                + "; rename it, or give its self-assessment too";
    }

    /** Whether a file's name is that of a review or plan ({@code NAME-review.yaml}), whether or not it is paired. */
    public static boolean namedAsBeside(Path file) {
        return BESIDE.matcher(file.getFileName().toString()).matches();
    }

    private static boolean suffixed(Path plan) {
        Matcher m = BESIDE.matcher(plan.getFileName().toString());
        return m.matches() && m.group(3) != null;
    }

    /** The review file, if there is one. */
    public Optional<Path> reviewFile() {
        return Optional.ofNullable(review);
    }

    /** The main plan file ({@code NAME-plan.yaml}, else the first), if there is one. */
    public Optional<Path> plan() {
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(0));
    }

    /** The same files with this review file ({@code null} for none). */
    public AssessmentFiles withReview(Path review) {
        return new AssessmentFiles(assessment, review, plans);
    }

    /** The same files with this plan file alone ({@code null} for none). */
    public AssessmentFiles withPlan(Path plan) {
        return new AssessmentFiles(assessment, review, plan == null ? List.of() : List.of(plan));
    }

    /** Every file, in the order they are read and their problems listed: the assessment, the review, the plans. */
    public List<Path> files() {
        List<Path> all = new ArrayList<>();
        all.add(assessment);
        reviewFile().ifPresent(all::add);
        all.addAll(plans);
        return List.copyOf(all);
    }
}
