package io.github.equalityframework.lga;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import org.apiguardian.api.API;

/**
 * The LGA Equality Framework for Local Government: the 2021, 2014 and 2009 editions as data, the default
 * scoring rules and checks, and the {@code lga-default} profile that lists them. A plugin like any other;
 * the core knows nothing of it. Levels aggregate by the engine's default, {@link
 * io.github.equalityframework.spi.LevelAggregation#LOWEST}. It contributes its edition mappings (2014 and
 * 2009 to 2021) as data; the core's {@code io.github.equalityframework.migration} carries self-assessments
 * along them.
 */
@API(status = STABLE, since = "0.1")
public final class LgaPlugin implements EqualityFrameworkPlugin {
    static final String RESOURCES = "io/github/equalityframework/lga/";

    /** The editions shipped, newest (the default) first. */
    static final java.util.List<String> EDITIONS = java.util.List.of("lga-eflg-2021", "lga-eflg-2014", "lga-eflg-2009");

    /** The edition mappings shipped, each to the newest edition. */
    static final java.util.List<String> MAPPINGS = java.util.List.of("mapping-2014-to-2021", "mapping-2009-to-2021");

    /** Called by {@link java.util.ServiceLoader}, or by a host that registers the plugin itself. */
    public LgaPlugin() {}

    @Override
    public PluginDescriptor descriptor() {
        String version = LgaPlugin.class.getPackage().getImplementationVersion();
        return new PluginDescriptor(
                "lga",
                "LGA Equality Framework for Local Government",
                version == null ? "development" : version,
                "[0.1,1.0)");
    }

    @Override
    public void setup(PluginContext context) {
        EDITIONS.forEach(edition -> context.addFrameworkResource(RESOURCES + edition + ".yaml"));
        LgaRules.register(context);
        context.addProfileResource(RESOURCES + "profile-lga-default.yaml");
        MAPPINGS.forEach(mapping -> context.addEditionMappingResource(RESOURCES + mapping + ".yaml"));
    }
}
