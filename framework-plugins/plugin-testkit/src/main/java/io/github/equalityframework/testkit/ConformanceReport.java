package io.github.equalityframework.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What {@link PluginConformance#check()} found: one readable line per failure, each starting with the
 * name of the check, e.g. {@code descriptor: id 'My Plugin' is not lower-case words joined by hyphens}.
 *
 * @param plugin   the plugin's id, or its class name when it has no usable descriptor
 * @param failures every failure in the order the checks ran, never {@code null}; empty when it conforms
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ConformanceReport(String plugin, List<String> failures) {

    public ConformanceReport {
        Objects.requireNonNull(plugin, "plugin");
        failures = List.copyOf(failures);
    }

    /** Whether the plugin passed every check. */
    public boolean passed() {
        return failures.isEmpty();
    }

    /** A heading and the failures, one per line. */
    @Override
    public String toString() {
        if (passed()) {
            return "Plugin " + plugin + " conforms.";
        }
        StringBuilder text = new StringBuilder("Plugin " + plugin + " does not conform (" + failures.size()
                + (failures.size() == 1 ? " failure" : " failures") + "):");
        failures.forEach(f -> text.append("\n  - ").append(f));
        return text.toString();
    }
}
