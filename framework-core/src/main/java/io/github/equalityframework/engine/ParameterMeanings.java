package io.github.equalityframework.engine;

import io.github.equalityframework.internal.text.Suggestions;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.Rule;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Checks the profile's values of parameters that name a council's own things against what is installed: a level
 * must be one of a framework the rule applies to; evidence kinds and characteristics must be installed ones, or
 * of a framework the rule applies to. Frameworks are read only for a level, or for a kind or characteristic that
 * no plugin installs, so a profile that sets none of these reads no framework when the engine is built.
 */
final class ParameterMeanings {
    private final Catalogue catalogue;
    private final Map<String, List<FrameworkDefinition>> frameworksByRule = new HashMap<>();

    ParameterMeanings(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Reports each wrong part of a value that already has its parameter's shape, with the data path of that part
     * (under {@code at}) and what is wrong with it.
     */
    void check(Rule rule, Parameter<?> parameter, Object value, String at, BiConsumer<String, String> problem) {
        switch (parameter.type()) {
            case LEVEL -> level(rule, (String) value, at, problem);
            case EVIDENCE_KINDS ->
                each(
                        rule,
                        value,
                        at,
                        problem,
                        "evidence kind",
                        "kinds",
                        catalogue.evidenceKinds().stream().map(EvidenceKind::id),
                        f -> f.evidenceKinds().stream().map(EvidenceKind::id).toList());
            case CHARACTERISTICS ->
                each(
                        rule,
                        value,
                        at,
                        problem,
                        "characteristic",
                        "characteristics",
                        catalogue.characteristics().stream().map(Characteristic::id),
                        f -> f.localCharacteristics().stream()
                                .map(Characteristic::id)
                                .toList());
            default -> {
                // free values: their shape is all there is to check
            }
        }
    }

    private void level(Rule rule, String value, String at, BiConsumer<String, String> problem) {
        List<FrameworkDefinition> frameworks = frameworksOf(rule);
        Set<String> levels = new LinkedHashSet<>();
        frameworks.forEach(
                f -> f.scale().levels().stream().map(MaturityLevel::id).forEach(levels::add));
        if (levels.contains(value)) {
            return;
        }
        if (frameworks.isEmpty()) {
            problem.accept(
                    at,
                    "'" + value + "' is not a maturity level of any framework rule " + rule.id()
                            + " applies to, as none of those is installed");
            return;
        }
        problem.accept(
                at,
                "'" + value + "' is not a maturity level of the frameworks rule " + rule.id() + " applies to ("
                        + String.join(
                                ", ",
                                frameworks.stream().map(FrameworkDefinition::id).toList()) + "); "
                        + hint(value, levels, "its levels"));
    }

    @SuppressWarnings("unchecked") // a list parameter's value has been coerced to a list of texts
    private void each(
            Rule rule,
            Object value,
            String at,
            BiConsumer<String, String> problem,
            String what,
            String plural,
            java.util.stream.Stream<String> installed,
            Function<FrameworkDefinition, List<String>> ofFramework) {
        Set<String> known = new LinkedHashSet<>(installed.toList());
        List<String> values = (List<String>) value;
        boolean withFrameworks = false;
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (!known.contains(v) && !withFrameworks) {
                // only now: reading frameworks costs start-up time
                frameworksOf(rule).forEach(f -> known.addAll(ofFramework.apply(f)));
                withFrameworks = true;
            }
            if (!known.contains(v)) {
                problem.accept(
                        at + "[" + i + "]",
                        "'" + v + "' is not an installed " + what + "; " + hint(v, known, "installed " + plural));
            }
        }
    }

    private static String hint(String value, Set<String> known, String listed) {
        return Suggestions.closest(value, known)
                .map(s -> "did you mean '" + s + "'?")
                .orElse(listed + ": " + String.join(", ", known));
    }

    /** Whether any installed framework is one the rule applies to; reads the frameworks. */
    boolean appliesToAnInstalledFramework(Rule rule) {
        return !frameworksOf(rule).isEmpty();
    }

    /** The installed frameworks a rule applies to; a rule whose filter throws is taken to apply to none. */
    private List<FrameworkDefinition> frameworksOf(Rule rule) {
        return frameworksByRule.computeIfAbsent(
                rule.id(),
                id -> catalogue.frameworks().stream()
                        .filter(f -> {
                            try {
                                return rule.appliesTo(f);
                            } catch (RuntimeException e) {
                                return false;
                            }
                        })
                        .toList());
    }
}
