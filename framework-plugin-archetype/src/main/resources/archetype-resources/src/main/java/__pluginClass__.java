package ${package};

import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;

/**
 * The plugin's one entry point. The eflg command and embedding apps find it through
 * META-INF/services/io.github.equalityframework.spi.EqualityFrameworkPlugin (class path) or the
 * {@code provides} clause of module-info.java (module path).
 */
public final class ${pluginClass} implements EqualityFrameworkPlugin {
    /** The plugin id; every rule id starts with it. */
    static final String ID = "${pluginId}";

    @Override
    public PluginDescriptor descriptor() {
        // The SDK range: the SDK versions this plugin was built and tested for.
        return new PluginDescriptor(ID, "${pluginName}", "${version}", "[0.1,1.0)");
    }

    @Override
    public void setup(PluginContext context) {
        context.addCheck(new EvidenceNamesCharacteristics());
        context.addProfileResource("${packageInPathFormat}/${pluginId}-council.yaml");
    }
}
