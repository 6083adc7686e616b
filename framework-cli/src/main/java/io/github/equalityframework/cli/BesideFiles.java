package io.github.equalityframework.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reviews and plans kept beside the self-assessment they belong to, named after it: {@code NAME-review.yaml}
 * and {@code NAME-plan.yaml} go with {@code NAME.yaml} in the same directory.
 *
 * @param reviews the review file of each self-assessment that has one
 * @param plans   the plan file of each self-assessment that has one
 */
record BesideFiles(Map<Path, Path> reviews, Map<Path, Path> plans) {
    private static final Pattern BESIDE = Pattern.compile("(.+)-(review|plan)\\.(ya?ml|json)");

    /** Pairs the reviews and plans among {@code files} with the self-assessments among them. */
    static BesideFiles pair(List<Path> files) {
        Map<Path, Path> reviews = new HashMap<>();
        Map<Path, Path> plans = new HashMap<>();
        for (Path file : files) {
            Matcher m = BESIDE.matcher(file.getFileName().toString());
            if (m.matches()) {
                files.stream()
                        .filter(a -> a.getFileName().toString().matches(Pattern.quote(m.group(1)) + "\\.(ya?ml|json)")
                                && Objects.equals(
                                        a.toAbsolutePath().getParent(),
                                        file.toAbsolutePath().getParent()))
                        .findFirst()
                        .ifPresent(a -> (m.group(2).equals("review") ? reviews : plans).put(a, file));
            }
        }
        return new BesideFiles(reviews, plans);
    }

    /** Whether the file is a review or plan kept beside a self-assessment of the list. */
    boolean isBeside(Path file) {
        return reviews.containsValue(file) || plans.containsValue(file);
    }

    /** Whether the file's name is that of a review or plan ({@code NAME-review.yaml}), whether or not it is paired. */
    static boolean namedAsBeside(Path file) {
        return BESIDE.matcher(file.getFileName().toString()).matches();
    }
}
