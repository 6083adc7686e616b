package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Runs the plugin's checks of computed figures on a {@link WorkforceReport} without an assessment engine:
 * {@code workforce.pay-gap-threshold}, {@code workforce.declaration-rate} and
 * {@code workforce.group-absent-from-grade} and {@code workforce.under-represented-in-grade}, with their default
 * parameters (those of the
 * {@code workforce-default} profile) or with some of them changed. In an engine the same checks run through
 * {@link WorkforcePlugin#WorkforcePlugin(WorkforceReport)}, with the engine's profile.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WorkforceChecks {
    private WorkforceChecks() {}

    /** The ids of the checks, in the order they run. */
    public static final List<String> IDS = List.of(
            PayGapThresholdCheck.ID,
            DeclarationRateCheck.ID,
            GroupAbsentFromGradeCheck.ID,
            UnderRepresentedInGradeCheck.ID);

    /** The findings with the default parameters, most severe first. */
    public static List<Finding> run(WorkforceReport report) {
        return run(report, Map.of());
    }

    /**
     * The findings, most severe first, attributed to their check and to the plugin {@code workforce}.
     *
     * @param parameters by check id, the parameters to change, e.g.
     *                   {@code Map.of("workforce.pay-gap-threshold", Map.of("maximumGap", 3.0))}
     * @throws IllegalArgumentException for an unknown check or parameter, or a value of the wrong type
     */
    public static List<Finding> run(WorkforceReport report, Map<String, Map<String, Object>> parameters) {
        for (String id : parameters.keySet()) {
            if (!IDS.contains(id)) {
                throw new IllegalArgumentException(
                        "no workforce check '" + id + "'; the checks are " + String.join(", ", IDS));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (FiguresCheck check : checks(report)) {
            Map<String, Object> values =
                    new TreeMap<>(RuleParameters.defaults(check.documentation()).asMap());
            parameters.getOrDefault(check.id(), Map.of()).forEach((name, value) -> {
                Parameter<?> spec = check.documentation().parameters().stream()
                        .filter(p -> p.name().equals(name))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "the check " + check.id() + " has no parameter '" + name + "'"));
                Object coerced = spec.type().coerce(value);
                if (coerced == null) {
                    throw new IllegalArgumentException("the parameter " + name + " of " + check.id() + " must be "
                            + spec.type().describe() + ", not " + value);
                }
                values.put(name, coerced);
            });
            check.check(report, new RuleParameters(check.documentation(), values))
                    .forEach(f -> findings.add(f.attributed(check.id(), WorkforcePlugin.ID, null)));
        }
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }

    static List<FiguresCheck> checks(WorkforceReport figures) {
        return List.of(
                new PayGapThresholdCheck(figures),
                new DeclarationRateCheck(figures),
                new GroupAbsentFromGradeCheck(figures),
                new UnderRepresentedInGradeCheck(figures));
    }
}
