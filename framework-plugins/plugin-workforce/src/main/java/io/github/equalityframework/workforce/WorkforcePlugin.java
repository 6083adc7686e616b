package io.github.equalityframework.workforce;

import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;

/**
 * Workforce equality: computes pay gap figures from employee data ({@link EmployeeCsv},
 * {@link WorkforceAnalysis}) and turns them into workforce-report evidence
 * ({@link WorkforceReport#toEvidenceItem}). As a plugin it adds one check to the LGA frameworks: a
 * council with 250 or more employees needs a workforce report dated within the last year of the period.
 */
public final class WorkforcePlugin implements EqualityFrameworkPlugin {

    /** For {@link java.util.ServiceLoader}, and for adding the plugin to an engine explicitly. */
    public WorkforcePlugin() {}

    @Override
    public PluginDescriptor descriptor() {
        String version = WorkforcePlugin.class.getPackage().getImplementationVersion();
        return new PluginDescriptor("workforce", "Workforce equality", version == null ? "development" : version, "[0.1,1.0)");
    }

    @Override
    public void setup(PluginContext context) {
        context.addCheck(new WorkforceReportCheck());
        context.addProfileResource("io/github/equalityframework/workforce/profile-workforce-default.yaml");
    }
}
