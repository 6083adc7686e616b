package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import org.apiguardian.api.API;

/**
 * Workforce equality: computes pay gap figures from employee data ({@link EmployeeCsv},
 * {@link WorkforceAnalysis}) and turns them into workforce-report evidence
 * ({@link WorkforceReport#toEvidenceItem}). As a plugin it adds a check to the LGA frameworks (a council
 * with 250 or more employees needs a workforce report dated within the last year of the period) and
 * three checks of computed figures ({@link WorkforceChecks}): a pay gap above a threshold, a low
 * declaration rate, a group absent from a grade.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WorkforcePlugin implements EqualityFrameworkPlugin {
    static final String ID = "workforce";

    private final WorkforceReport figures;

    /**
     * For {@link java.util.ServiceLoader}, and for adding the plugin to an engine explicitly. Without figures,
     * the checks of computed figures find nothing.
     */
    public WorkforcePlugin() {
        this(null);
    }

    /**
     * A plugin whose checks of computed figures ({@link WorkforceChecks#IDS}) look at this report, with the
     * engine's profile, so that the findings come with an assessment's:
     * {@code AssessmentEngine.builder().plugin(new WorkforcePlugin(report))}.
     */
    public WorkforcePlugin(WorkforceReport figures) {
        this.figures = figures;
    }

    @Override
    public PluginDescriptor descriptor() {
        String version = WorkforcePlugin.class.getPackage().getImplementationVersion();
        return new PluginDescriptor(ID, "Workforce equality", version == null ? "development" : version, "[0.1,1.0)");
    }

    @Override
    public void setup(PluginContext context) {
        context.addCheck(new WorkforceReportCheck());
        WorkforceChecks.checks(figures).forEach(context::addCheck);
        context.addProfileResource("io/github/equalityframework/workforce/profile-workforce-default.yaml");
    }
}
