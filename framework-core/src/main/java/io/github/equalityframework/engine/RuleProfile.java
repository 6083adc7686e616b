package io.github.equalityframework.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
        Map<String, RuleSetting> rules) {

    public RuleProfile {
        rules = rules == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(rules));
    }
}
