package io.github.equalityframework.engine;

import io.github.equalityframework.internal.text.Suggestions;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.RuleProfile;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.ParameterType;
import io.github.equalityframework.spi.RuleParameters;
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
 * the base chain from the root down. Every unknown rule, unknown parameter, wrongly typed value and level,
 * evidence kind or characteristic that is not installed is reported, with its location when the profile came
 * from a file.
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
                .orElseThrow(() -> failure(List.of(ValidationProblem.at("", unknown("profile", profileId)))));
        return resolve(profile);
    }

    /**
     * Why a profile named somewhere is not installed: a likely typo, or a plugin that did not load (which
     * may be the one that ships it), or else the profiles there are.
     */
    private String unknown(String what, String profileId) {
        String message = "unknown " + what + " '" + profileId + "'; ";
        Optional<String> typo = Suggestions.closest(profileId, registry.profileIds());
        if (!registry.problems().isEmpty()) {
            // the plugin's failure first: a near name may be a coincidence, a plugin that did not load is not
            return message + "it may be shipped by a plugin that did not load: " + notLoaded()
                    + typo.map(s -> " (or did you mean '" + s + "'?)").orElse("");
        }
        return message
                + typo.map(s -> "did you mean '" + s + "'?")
                        .orElse("installed profiles: " + String.join(", ", registry.profileIds()));
    }

    /** The plugins that did not load and why, in one line. */
    private String notLoaded() {
        return String.join(
                "; ", registry.problems().stream().map(PluginProblem::toString).toList());
    }

    /** The exception for profile problems, with the plugin problems that may explain them. */
    private InvalidProfileException failure(List<ValidationProblem> problems) {
        return new InvalidProfileException(problems, registry.problems());
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
                problems.add(locate(current, "base", unknown("base profile", profile.base())));
            }
            current = base.orElse(null);
        }
        Map<String, EffectiveRule> rules = new TreeMap<>();
        defaults().forEach(r -> rules.put(r.id(), r));
        ParameterMeanings meanings = new ParameterMeanings(registry.catalogue());
        for (ReadResult<RuleProfile> layer : chain) {
            apply(layer, rules, meanings, problems);
        }
        onlyListedPlugins(List.copyOf(chain), rules, problems);
        rulesOwnDefaults(chosen, List.copyOf(chain), rules, meanings, problems);
        // The problems met while reading the chosen file come with the others, in file order: one run
        // shows every problem of the profile.
        List<ValidationProblem> all = chosen.problems().isEmpty() ? problems : chosen.place(problems);
        if (!all.isEmpty()) {
            throw failure(all);
        }
        return List.copyOf(rules.values());
    }

    /**
     * Checks, as the profile's values are checked, the evidence kinds and characteristics a rule that runs keeps as
     * its defaults: a plugin's default that names one that is not installed would otherwise match nothing when the
     * assessment runs. The profile can set the parameter, so the problem is the profile's, placed at the rule's
     * entry where it has one. Installed values are found without reading a framework; a level default is not
     * checked here, as that would read every framework the rule applies to on every start (the test kit checks it).
     */
    private static void rulesOwnDefaults(
            ReadResult<RuleProfile> chosen,
            List<ReadResult<RuleProfile>> chain,
            Map<String, EffectiveRule> rules,
            ParameterMeanings meanings,
            List<ValidationProblem> problems) {
        for (EffectiveRule rule : rules.values()) {
            if (!rule.enabled()) {
                continue;
            }
            for (Parameter<?> parameter :
                    rule.installed().rule().documentation().parameters()) {
                if (parameter.type() == ParameterType.LEVEL || setInChain(chain, rule.id(), parameter.name())) {
                    continue; // a level: see above; set by a profile: checked where it is set
                }
                List<ValidationProblem> wrong = new ArrayList<>();
                meanings.check(
                        rule.installed().rule(),
                        parameter,
                        parameter.defaultValue(),
                        "rules." + rule.id() + ".parameters." + parameter.name(),
                        (where, message) -> wrong.add(locate(
                                chosen,
                                where,
                                "the rule's own default (plugin "
                                        + rule.installed().plugin() + "; set " + parameter.name()
                                        + " in the profile to replace it): " + message)));
                // a rule of no installed framework never runs, so its defaults match nothing harmlessly
                if (!wrong.isEmpty()
                        && meanings.appliesToAnInstalledFramework(
                                rule.installed().rule())) {
                    problems.addAll(wrong);
                }
            }
        }
    }

    private static boolean setInChain(List<ReadResult<RuleProfile>> chain, String ruleId, String parameter) {
        return chain.stream()
                .map(layer -> layer.value().orElseThrow().rules().get(ruleId))
                .anyMatch(setting -> setting != null && setting.parameters().containsKey(parameter));
    }

    /**
     * Switches off the rules of the plugins that the profile does not list (the list of the profile
     * nearest the chosen one that has one). A listed plugin that is not installed, and a setting for a
     * rule that therefore does not run (in the listing profile or one built on it), is a problem.
     */
    private void onlyListedPlugins(
            List<ReadResult<RuleProfile>> rootFirst,
            Map<String, EffectiveRule> rules,
            List<ValidationProblem> problems) {
        int listing = -1;
        for (int i = 0; i < rootFirst.size(); i++) {
            if (rootFirst.get(i).value().orElseThrow().plugins() != null) {
                listing = i;
            }
        }
        if (listing < 0) {
            return;
        }
        ReadResult<RuleProfile> layer = rootFirst.get(listing);
        List<String> listed = layer.value().orElseThrow().plugins();
        List<String> installed = registry.plugins().stream()
                .map(io.github.equalityframework.spi.PluginDescriptor::id)
                .toList();
        if (listed.isEmpty()) {
            problems.add(locate(
                    layer,
                    "plugins",
                    "lists no plugin, so no rule would run; list the plugins whose rules this profile runs ("
                            + String.join(", ", installed) + "), or leave plugins out to run them all"));
        }
        for (int i = 0; i < listed.size(); i++) {
            String plugin = listed.get(i);
            if (plugin == null || !installed.contains(plugin)) {
                problems.add(locate(
                        layer, DataPath.root().field("plugins").index(i).toString(), unknownPlugin(plugin, installed)));
            }
        }
        for (ReadResult<RuleProfile> below : rootFirst.subList(listing, rootFirst.size())) {
            below.value().orElseThrow().rules().keySet().stream()
                    .map(rules::get)
                    .filter(r -> r != null && !listed.contains(r.installed().plugin()))
                    .forEach(r -> problems.add(locate(
                            below,
                            "rules." + r.id(),
                            "rule " + r.id() + " is of plugin " + r.installed().plugin()
                                    + ", which the profile's plugins do not list, so it does not run; add "
                                    + r.installed().plugin() + " to plugins or remove this setting")));
        }
        rules.replaceAll((id, r) -> listed.contains(r.installed().plugin())
                ? r
                : new EffectiveRule(r.installed(), false, r.severity(), r.parameters(), r.severityFromProfile()));
    }

    private String unknownPlugin(String plugin, List<String> installed) {
        if (plugin == null || plugin.isBlank()) {
            return "must be a plugin id, not empty";
        }
        String message = "no installed plugin has the id '" + plugin + "'; ";
        if (!registry.problems().isEmpty()) {
            return message + "it may be one that did not load: " + notLoaded();
        }
        return message
                + Suggestions.closest(plugin, installed)
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse("installed plugins: " + String.join(", ", installed));
    }

    private void apply(
            ReadResult<RuleProfile> layer,
            Map<String, EffectiveRule> rules,
            ParameterMeanings meanings,
            List<ValidationProblem> all) {
        // rules and parameters are met in sorted order, not file order: the layer's problems are sorted after
        List<ValidationProblem> problems = new ArrayList<>();
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
            List<Parameter<?>> specs = rule.installed().rule().documentation().parameters();
            setting.parameters().forEach((name, value) -> {
                String at = path + ".parameters." + name;
                Optional<Parameter<?>> spec =
                        specs.stream().filter(s -> s.name().equals(name)).findFirst();
                if (spec.isEmpty()) {
                    List<String> names = specs.stream().map(Parameter::name).toList();
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
                    meanings.check(
                            rule.installed().rule(),
                            spec.get(),
                            typed,
                            at,
                            (where, message) -> problems.add(locate(layer, where, message)));
                    values.put(name, typed);
                }
            });
            boolean enabled = setting.enabled() == null ? rule.enabled() : setting.enabled();
            Severity severity = setting.severity() == null ? rule.severity() : setting.severity();
            boolean fromProfile = setting.severity() != null || rule.severityFromProfile();
            rules.put(
                    ruleId,
                    new EffectiveRule(
                            rule.installed(),
                            enabled,
                            severity,
                            new RuleParameters(rule.installed().rule().documentation(), values),
                            fromProfile));
        });
        problems.sort(ValidationProblem.IN_FILE_ORDER);
        all.addAll(problems);
    }

    private static String describe(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    private static ValidationProblem locate(ReadResult<RuleProfile> source, String path, String message) {
        return ValidationProblem.at(path, message).locatedAt(source.locate(path));
    }
}
