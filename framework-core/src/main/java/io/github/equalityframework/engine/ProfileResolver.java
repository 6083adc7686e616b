package io.github.equalityframework.engine;

import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.spi.ParameterSpec;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Severity;
import io.github.equalityframework.validation.Suggestions;
import io.github.equalityframework.validation.ValidationProblem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Works out how every rule runs under a profile: the rule's documented defaults, then each profile of
 * the base chain from the root down. Every unknown rule, unknown parameter and wrongly typed value is
 * reported, with its location when the profile came from a file.
 */
final class ProfileResolver {
    private final PluginRegistry registry;

    ProfileResolver(PluginRegistry registry) {
        this.registry = registry;
    }

    /** Without a profile: every rule on, with its defaults. */
    List<EffectiveRule> defaults() {
        return registry.rules().stream()
                .map(r -> new EffectiveRule(
                        r,
                        true,
                        r.rule().documentation().defaultSeverity(),
                        RuleParameters.defaults(r.rule().documentation())))
                .toList();
    }

    /** The rules under a profile of the registry, by id. */
    List<EffectiveRule> resolve(String profileId) {
        ReadResult<RuleProfile> profile = registry.profile(profileId)
                .orElseThrow(() -> new InvalidProfileException(List.of(ValidationProblem.at(
                        "",
                        "unknown profile '" + profileId + "'; "
                                + Suggestions.closest(profileId, registry.profileIds())
                                        .map(s -> "did you mean '" + s + "'?")
                                        .orElse("installed profiles: " + String.join(", ", registry.profileIds()))))));
        return resolve(profile);
    }

    /** The rules under a profile read from anywhere (for example a council's own file). */
    List<EffectiveRule> resolve(ReadResult<RuleProfile> chosen) {
        Deque<ReadResult<RuleProfile>> chain = new ArrayDeque<>();
        List<ValidationProblem> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        ReadResult<RuleProfile> current = chosen;
        while (current != null) {
            RuleProfile profile = current.value().orElseThrow();
            if (!seen.add(profile.id())) {
                problems.add(locate(
                        current, "base", "the base chain loops: " + String.join(" -> ", seen) + " -> " + profile.id()));
                break;
            }
            chain.push(current);
            if (profile.base() == null) {
                break;
            }
            Optional<ReadResult<RuleProfile>> base = registry.profile(profile.base());
            if (base.isEmpty()) {
                problems.add(locate(
                        current,
                        "base",
                        "unknown base profile '" + profile.base() + "'; "
                                + Suggestions.closest(profile.base(), registry.profileIds())
                                        .map(s -> "did you mean '" + s + "'?")
                                        .orElse("installed profiles: " + String.join(", ", registry.profileIds()))));
            }
            current = base.orElse(null);
        }
        Map<String, EffectiveRule> rules = new TreeMap<>();
        defaults().forEach(r -> rules.put(r.id(), r));
        for (ReadResult<RuleProfile> layer : chain) {
            apply(layer, rules, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        return List.copyOf(rules.values());
    }

    private void apply(
            ReadResult<RuleProfile> layer, Map<String, EffectiveRule> rules, List<ValidationProblem> problems) {
        layer.value().orElseThrow().rules().forEach((ruleId, setting) -> {
            String path = "rules." + ruleId;
            EffectiveRule rule = rules.get(ruleId);
            if (rule == null) {
                problems.add(locate(
                        layer,
                        path,
                        "unknown rule '" + ruleId + "'; "
                                + Suggestions.closest(ruleId, rules.keySet())
                                        .map(s -> "did you mean '" + s + "'?")
                                        .orElse("installed rules: " + String.join(", ", rules.keySet()))));
                return;
            }
            if (setting == null) {
                return;
            }
            Map<String, Object> values = new TreeMap<>(rule.parameters().asMap());
            List<ParameterSpec> specs = rule.installed().rule().documentation().parameters();
            setting.parameters().forEach((name, value) -> {
                String at = path + ".parameters." + name;
                Optional<ParameterSpec> spec =
                        specs.stream().filter(s -> s.name().equals(name)).findFirst();
                if (spec.isEmpty()) {
                    List<String> names = specs.stream().map(ParameterSpec::name).toList();
                    problems.add(locate(
                            layer,
                            at,
                            "rule " + ruleId + " has no parameter '" + name + "'; "
                                    + Suggestions.closest(name, names)
                                            .map(s -> "did you mean '" + s + "'?")
                                            .orElse(
                                                    names.isEmpty()
                                                            ? "it takes none"
                                                            : "its parameters: " + String.join(", ", names))));
                    return;
                }
                Object typed = spec.get().type().coerce(value);
                if (typed == null) {
                    problems.add(
                            locate(layer, at, "must be " + spec.get().type().describe() + ", not " + describe(value)));
                } else {
                    values.put(name, typed);
                }
            });
            boolean enabled = setting.enabled() == null ? rule.enabled() : setting.enabled();
            Severity severity = setting.severity() == null ? rule.severity() : setting.severity();
            rules.put(ruleId, new EffectiveRule(rule.installed(), enabled, severity, new RuleParameters(values)));
        });
    }

    private static String describe(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    private static ValidationProblem locate(ReadResult<RuleProfile> source, String path, String message) {
        return ValidationProblem.at(path, message).locatedAt(source.locate(path));
    }
}
