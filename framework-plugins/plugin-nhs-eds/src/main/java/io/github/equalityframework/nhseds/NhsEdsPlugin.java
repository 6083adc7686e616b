package io.github.equalityframework.nhseds;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import org.apiguardian.api.API;

/**
 * The NHS Equality Delivery System 2022: three domains, eleven outcomes rated Undeveloped (0) to
 * Excelling (3), summed into an overall rating by the score card. A plugin like any other: it brings
 * its own scale, its own aggregation ({@link EdsAggregation}) and its own rules, through the same SPI as
 * the LGA plugin.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class NhsEdsPlugin implements EqualityFrameworkPlugin {
    /** The id of the framework this plugin adds. */
    public static final String FRAMEWORK_ID = "nhs-eds-2022";

    /** For {@link java.util.ServiceLoader}, and for adding the plugin to an engine explicitly. */
    public NhsEdsPlugin() {}

    @Override
    public PluginDescriptor descriptor() {
        String version = NhsEdsPlugin.class.getPackage().getImplementationVersion();
        return new PluginDescriptor(
                "nhs-eds", "NHS Equality Delivery System", version == null ? "development" : version, "[0.1,1.0)");
    }

    @Override
    public void setup(PluginContext context) {
        // Read here as well as registered below: the aggregation needs the scale and the number of outcomes.
        FrameworkDefinition framework = Resources.read(Resources.FRAMEWORK, FrameworkDefinition.class);
        EdsScoreCard card = EdsScoreCard.eds2022();
        context.addFrameworkResource(Resources.FRAMEWORK);
        context.setAggregation(FRAMEWORK_ID, new EdsAggregation(framework, card));
        context.addScoringRule(new EvidenceKindsRule());
        context.addCheck(new EvidenceSourcesCheck());
        context.addCheck(new OutcomeNotRatedCheck());
        context.addCheck(new ScoreCardCheck(card));
        context.addCheck(new DomainAboveOutcomeCheck());
        context.addProfileResource(Resources.PROFILE);
    }
}
