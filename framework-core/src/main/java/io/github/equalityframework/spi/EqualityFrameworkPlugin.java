package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The one entry point of a plugin, found with {@link java.util.ServiceLoader}: list the implementing
 * class in {@code META-INF/services/io.github.equalityframework.spi.EqualityFrameworkPlugin} (class
 * path) or {@code provides} it in {@code module-info.java} (module path). It needs a public no-argument
 * constructor.
 *
 * <p>In the spirit of Jackson's {@code Module.setupModule}, a plugin contributes everything through
 * {@link #setup(PluginContext)}; the engine never names a concrete plugin.
 */
@API(status = STABLE, since = "0.1")
public interface EqualityFrameworkPlugin {

    /** Who the plugin is; called once, must not return {@code null}. */
    PluginDescriptor descriptor();

    /**
     * Contributes the plugin's frameworks, characteristics, evidence kinds and rules. Called once, when
     * an engine or registry is built. If it throws, the registry records a problem naming the plugin and
     * keeps nothing that the plugin contributed.
     */
    void setup(PluginContext context);
}
