package io.github.equalityframework.nhseds;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.LevelAggregation;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import java.util.List;
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
        // The score card is a YAML file: read when an EDS assessment first needs it, not at every start of eflg.
        WhenUsed card = new WhenUsed();
        context.addFrameworkResource(Resources.FRAMEWORK);
        context.setAggregation(FRAMEWORK_ID, card);
        context.addScoringRule(new EvidenceKindsRule());
        context.addCheck(new EvidenceSourcesCheck());
        context.addCheck(new OutcomeNotRatedCheck());
        context.addCheck(new ScoreCardCheck(card::card));
        context.addCheck(new DomainAboveOutcomeCheck());
        context.addProfileResource(Resources.PROFILE);
    }

    /**
     * The score card and the aggregation, each made when an EDS assessment first needs it: the aggregation needs the
     * framework's scale and number of outcomes, and reading the framework and the card at every start of {@code
     * eflg}, for whatever file, costs start-up time. {@code NhsEdsFrameworkTest} checks in the build that the shipped
     * score card reads and fits the shipped framework.
     */
    static final class WhenUsed implements LevelAggregation {
        private volatile EdsScoreCard card;
        private volatile EdsAggregation made;

        /** Whether the score card has been read (for the test that start-up does not). */
        boolean cardRead() {
            return card != null;
        }

        EdsScoreCard card() {
            EdsScoreCard read = card;
            if (read == null) {
                read = EdsScoreCard.eds2022();
                card = read;
            }
            return read;
        }

        private EdsAggregation made() {
            EdsAggregation aggregation = made;
            if (aggregation == null) {
                aggregation =
                        new EdsAggregation(Resources.read(Resources.FRAMEWORK, FrameworkDefinition.class), card());
                made = aggregation;
            }
            return aggregation;
        }

        @Override
        public MaturityLevel module(FrameworkModule module, List<MaturityLevel> criteria) {
            return made().module(module, criteria);
        }

        @Override
        public MaturityLevel overall(List<MaturityLevel> modules) {
            return made().overall(modules);
        }

        @Override
        public MaturityLevel overall(List<MaturityLevel> modules, List<MaturityLevel> criteria) {
            return made().overall(modules, criteria);
        }
    }
}
