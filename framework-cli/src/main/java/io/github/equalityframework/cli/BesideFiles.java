package io.github.equalityframework.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 */
record BesideFiles(Map<Path, Path> reviews, Map<Path, List<Path>> plans) {
    private static final Pattern BESIDE = Pattern.compile("(.+)-(review|plan)(-[^.]+)?\\.(ya?ml|json)");

    /** Pairs the reviews and plans among {@code files} with the self-assessments among them. */
    static BesideFiles pair(List<Path> files) {
        Map<Path, Path> reviews = new HashMap<>();
        Map<Path, List<Path>> plans = new HashMap<>();
        for (Path file : files) {
            Matcher m = BESIDE.matcher(file.getFileName().toString());
            if (m.matches() && (m.group(2).equals("plan") || m.group(3) == null)) {
                files.stream()
                        .filter(a -> a.getFileName().toString().matches(Pattern.quote(m.group(1)) + "\\.(ya?ml|json)")
                                && Objects.equals(
                                        a.toAbsolutePath().getParent(),
                                        file.toAbsolutePath().getParent()))
                        .findFirst()
                        .ifPresent(a -> {
                            if (m.group(2).equals("review")) {
                                reviews.put(a, file);
                            } else {
                                plans.computeIfAbsent(a, k -> new ArrayList<>()).add(file);
                            }
                        });
            }
        }
        plans.values()
                .forEach(list -> list.sort(Comparator.comparing((Path p) -> suffixed(p))
                        .thenComparing(p -> p.getFileName().toString())));
        return new BesideFiles(reviews, plans);
    }

    private static boolean suffixed(Path plan) {
        Matcher m = BESIDE.matcher(plan.getFileName().toString());
        return m.matches() && m.group(3) != null;
    }

    /** The main plan of a self-assessment ({@code NAME-plan.yaml}, else the first), or null. */
    Path plan(Path assessment) {
        List<Path> list = plans.get(assessment);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /** Whether the file is a review or plan kept beside a self-assessment of the list. */
    boolean isBeside(Path file) {
        return reviews.containsValue(file) || plans.values().stream().anyMatch(l -> l.contains(file));
    }

    /** Whether the file's name is that of a review or plan ({@code NAME-review.yaml}), whether or not it is paired. */
    static boolean namedAsBeside(Path file) {
        return BESIDE.matcher(file.getFileName().toString()).matches();
    }
}
