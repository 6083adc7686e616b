package io.github.equalityframework.it.modulepath;

import io.github.equalityframework.lga.LgaPlugin;
import io.github.equalityframework.testkit.ConformanceReport;
import io.github.equalityframework.testkit.PluginConformance;

/**
 * Runs the test kit's conformance checks (quick mode) on the LGA plugin and prints the report, so that the tests can run
 * them on the module path, where a plugin must {@code provides} itself and open its resource packages to the core.
 */
public final class CheckConformance {
    private CheckConformance() {}

    public static void main(String[] args) {
        ConformanceReport report = PluginConformance.of(LgaPlugin.class).quick().check();
        System.out.println(report);
        System.exit(report.passed() ? 0 : 1);
    }
}
