package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A named set of rule settings, as data (YAML). A profile may build on a base profile by name; a
 * council's profile typically builds on a plugin's default one and changes a few severities and
 * parameters.
 *
 * @param id          the profile's name, e.g. {@code lga-default}
 * @param base        the id of the profile this one builds on, or {@code null}
 * @param description what the profile is for, may be {@code null}
 * @param plugins     the ids of the plugins whose rules run under this profile, or {@code null} to take
 *                    the base profile's list (every installed plugin when no profile of the chain has
 *                    one); the rules of any other plugin are switched off, so a plugin jar added to a
 *                    plugin folder does not add findings to this profile
 * @param rules       settings by rule id, never {@code null}; rules not named keep their defaults
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RuleProfile(
        @NotBlank
        @Pattern(
                regexp = "[a-z0-9]+([-.][a-z0-9]+)*",
                message = "must be lower-case words joined by hyphens, e.g. anytown-local")
        String id,

        String base,
        String description,
        List<@NotBlank String> plugins,
        Map<String, RuleSetting> rules) {

    public RuleProfile {
        plugins = plugins == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(plugins));
        rules = rules == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(rules));
    }

    /** A profile that runs the rules of every plugin its base runs (all installed plugins without a base). */
    public RuleProfile(String id, String base, String description, Map<String, RuleSetting> rules) {
        this(id, base, description, null, rules);
    }
}
