package io.github.equalityframework.cli.serve;

import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.ValidatedLevel;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review form of one module in {@code eflg serve}: what it shows, what a submitted form changes in the
 * review (only that module's validated levels and feedback), and which field each validation problem is about.
 *
 * @param levels          the validated level id per criterion id of the module ({@code ""}: not validated)
 * @param rationales      the rationale per criterion id
 * @param strengths       the strengths, blank ones left out
 * @param areas           the areas to develop, blank ones left out
 * @param recommendations the recommendations, rows with neither id nor text left out
 */
record ReviewForm(
        Map<String, String> levels,
        Map<String, String> rationales,
        List<String> strengths,
        List<String> areas,
        List<Recommendation> recommendations) {
    private static final Pattern LEVEL = Pattern.compile("^validatedLevels\\[(\\d{1,9})](\\.rationale)?");
    private static final Pattern FEEDBACK = Pattern.compile(
            "^feedback\\[(\\d{1,9})]\\.(strengths|areasToDevelop|recommendations)\\[(\\d{1,9})](\\.text)?");

    /** The form as the review has it. */
    static ReviewForm of(PeerReview review, FrameworkModule module) {
        Map<String, String> levels = new LinkedHashMap<>();
        Map<String, String> rationales = new LinkedHashMap<>();
        for (Criterion c : module.criteria()) {
            ValidatedLevel v = review.validatedLevels().stream()
                    .filter(l -> l != null && c.id().equals(l.criterion()))
                    .findFirst()
                    .orElse(null);
            levels.put(c.id(), v == null || v.level() == null ? "" : v.level());
            rationales.put(c.id(), v == null || v.rationale() == null ? "" : v.rationale());
        }
        ModuleFeedback f = feedback(review, module);
        return new ReviewForm(
                levels,
                rationales,
                f == null ? List.of() : f.strengths(),
                f == null ? List.of() : f.areasToDevelop(),
                f == null ? List.of() : f.recommendations());
    }

    /** The form as submitted: fields {@code level.ID}, {@code rationale.ID}, and repeated {@code strength}, {@code area}, {@code rec-id} with {@code rec-text}. */
    static ReviewForm of(Map<String, List<String>> form, FrameworkModule module) {
        Map<String, String> levels = new LinkedHashMap<>();
        Map<String, String> rationales = new LinkedHashMap<>();
        for (Criterion c : module.criteria()) {
            levels.put(c.id(), first(form, "level." + c.id()).strip());
            rationales.put(c.id(), normalise(first(form, "rationale." + c.id())));
        }
        List<String> ids = form.getOrDefault("rec-id", List.of());
        List<String> texts = form.getOrDefault("rec-text", List.of());
        List<Recommendation> recommendations = new ArrayList<>();
        for (int i = 0; i < Math.max(ids.size(), texts.size()); i++) {
            String id = i < ids.size() ? ids.get(i).strip() : "";
            String text = i < texts.size() ? normalise(texts.get(i)) : "";
            if (!id.isEmpty() || !text.isEmpty()) {
                recommendations.add(new Recommendation(id, text));
            }
        }
        return new ReviewForm(
                levels, rationales, nonBlank(form.get("strength")), nonBlank(form.get("area")), recommendations);
    }

    /**
     * The review with this module's validated levels and feedback replaced by the form's; every other part as it
     * was. Validated levels are kept in the framework's criterion order, feedback in its module order.
     */
    PeerReview applyTo(PeerReview review, FrameworkDefinition framework, FrameworkModule module) {
        List<String> inModule = module.criteria().stream().map(Criterion::id).toList();
        List<ValidatedLevel> validated = new ArrayList<>(review.validatedLevels().stream()
                .filter(v -> v == null || !inModule.contains(v.criterion()))
                .toList());
        for (String criterion : inModule) {
            String level = levels.getOrDefault(criterion, "");
            String rationale = rationales.getOrDefault(criterion, "");
            if (!level.isEmpty() || !rationale.isEmpty()) {
                validated.add(new ValidatedLevel(criterion, level, rationale.isEmpty() ? null : rationale));
            }
        }
        List<String> order = framework.criteria().map(Criterion::id).toList();
        validated.sort(Comparator.comparingInt(
                v -> v == null || !order.contains(v.criterion()) ? Integer.MAX_VALUE : order.indexOf(v.criterion())));
        List<ModuleFeedback> feedback = new ArrayList<>(review.feedback().stream()
                .filter(f -> f == null || !module.id().equals(f.module()))
                .toList());
        feedback.add(new ModuleFeedback(module.id(), strengths, areas, recommendations));
        List<String> modules =
                framework.modules().stream().map(FrameworkModule::id).toList();
        feedback.sort(Comparator.comparingInt(
                f -> f == null || !modules.contains(f.module()) ? Integer.MAX_VALUE : modules.indexOf(f.module())));
        return new PeerReview(
                review.team(),
                review.visitFrom(),
                review.visitTo(),
                review.feedbackOn(),
                review.scope(),
                validated,
                feedback,
                review.award());
    }

    /**
     * The id of the form field a problem of {@code review} (a path within the review file) is about, or
     * {@code null} when it is about no field of this module's form. Field ids: {@code level-N} and
     * {@code rationale-N} for the module's N-th criterion, {@code strength-N}, {@code area-N}, {@code rec-id-N}, {@code rec-text-N}.
     */
    static String field(ValidationProblem problem, PeerReview review, FrameworkModule module) {
        Matcher level = LEVEL.matcher(problem.path());
        if (level.find()) {
            int i = Integer.parseInt(level.group(1));
            ValidatedLevel v = i < review.validatedLevels().size()
                    ? review.validatedLevels().get(i)
                    : null;
            int c = v == null
                    ? -1
                    : module.criteria().stream().map(Criterion::id).toList().indexOf(v.criterion());
            return c < 0 ? null : (level.group(2) != null ? "rationale-" : "level-") + c;
        }
        Matcher f = FEEDBACK.matcher(problem.path());
        if (f.find()) {
            int i = Integer.parseInt(f.group(1));
            ModuleFeedback feedback =
                    i < review.feedback().size() ? review.feedback().get(i) : null;
            if (feedback == null || !module.id().equals(feedback.module())) {
                return null;
            }
            String n = f.group(3);
            return switch (f.group(2)) {
                case "strengths" -> "strength-" + n;
                case "areasToDevelop" -> "area-" + n;
                default -> (f.group(4) != null ? "rec-text-" : "rec-id-") + n;
            };
        }
        return null;
    }

    /** The feedback on the module, or null. */
    static ModuleFeedback feedback(PeerReview review, FrameworkModule module) {
        return review.feedback().stream()
                .filter(f -> f != null && module.id().equals(f.module()))
                .findFirst()
                .orElse(null);
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(Objects::nonNull)
                        .map(ReviewForm::normalise)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** Browsers send CR LF line ends; the YAML files use LF. */
    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
