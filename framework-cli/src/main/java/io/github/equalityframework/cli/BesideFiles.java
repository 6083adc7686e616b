package io.github.equalityframework.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reviews and plans kept beside the self-assessment they belong to, named after it: {@code NAME-review.yaml} and
 * {@code NAME-plan.yaml} go with {@code NAME.yaml} in the same directory. A council with more than one plan in a year
 * (its answer to a peer challenge, its own objectives plan, next year's draft) names the others
 * {@code NAME-plan-SOMETHING.yaml}, e.g. {@code anytown-2025-plan-objectives.yaml}.
 *
 * @param reviews the review file of each self-assessment that has one
 * @param plans   the plan files of each self-assessment that has any, {@code NAME-plan.yaml} first, then by name
 * @param beside  every review and plan paired with a self-assessment
 */
public record BesideFiles(Map<Path, Path> reviews, Map<Path, List<Path>> plans, Set<Path> beside) {
    private static final Pattern BESIDE = Pattern.compile("(.+)-(review|plan)(-[^.]+)?\\.(ya?ml|json)");

    private static final Pattern MODEL = Pattern.compile("(.+)\\.(ya?ml|json)");

    /**
     * Pairs the reviews and plans among {@code files} with the self-assessments among them, in time linear in their
     * number: the files are indexed by directory and name once, and each review or plan is looked up there.
     */
    public static BesideFiles pair(List<Path> files) {
        // the first file of each directory and stem (anytown.yaml before anytown.json, as the list is ordered)
        Map<Path, Map<String, Path>> byStem = new HashMap<>();
        List<Path> all = new ArrayList<>(files.size());
        for (Path file : files) {
            all.add(file);
            Matcher m = MODEL.matcher(file.getFileName().toString());
            if (m.matches()) {
                byStem.computeIfAbsent(file.toAbsolutePath().getParent(), k -> new HashMap<>())
                        .putIfAbsent(m.group(1), file);
            }
        }
        Map<Path, Path> reviews = new HashMap<>();
        Map<Path, List<Path>> plans = new HashMap<>();
        for (Path file : all) {
            Matcher m = BESIDE.matcher(file.getFileName().toString());
            if (m.matches() && (m.group(2).equals("plan") || m.group(3) == null)) {
                Path a = byStem.getOrDefault(file.toAbsolutePath().getParent(), Map.of())
                        .get(m.group(1));
                if (a == null) {
                    continue;
                }
                if (m.group(2).equals("review")) {
                    reviews.put(a, file);
                } else {
                    plans.computeIfAbsent(a, k -> new ArrayList<>()).add(file);
                }
            }
        }
        plans.values()
                .forEach(list -> list.sort(Comparator.comparing((Path p) -> suffixed(p))
                        .thenComparing(p -> p.getFileName().toString())));
        Set<Path> beside = new HashSet<>(reviews.values());
        plans.values().forEach(beside::addAll);
        return new BesideFiles(reviews, plans, beside);
    }

    private static boolean suffixed(Path plan) {
        Matcher m = BESIDE.matcher(plan.getFileName().toString());
        return m.matches() && m.group(3) != null;
    }

    /** The main plan of a self-assessment ({@code NAME-plan.yaml}, else the first), or null. */
    public Path plan(Path assessment) {
        List<Path> list = plans.get(assessment);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /** Whether the file is a review or plan kept beside a self-assessment of the list. */
    public boolean isBeside(Path file) {
        return beside.contains(file);
    }

    /** Whether the file's name is that of a review or plan ({@code NAME-review.yaml}), whether or not it is paired. */
    public static boolean namedAsBeside(Path file) {
        return BESIDE.matcher(file.getFileName().toString()).matches();
    }
}
