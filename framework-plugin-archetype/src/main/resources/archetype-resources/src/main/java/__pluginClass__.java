package ${package};

import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The plugin's one entry point. The eflg command and embedding apps find it through
 * META-INF/services/io.github.equalityframework.spi.EqualityFrameworkPlugin (class path) or the
 * {@code provides} clause of module-info.java (module path).
 */
public final class ${pluginClass} implements EqualityFrameworkPlugin {
    /** The plugin id; every rule id starts with it. */
    static final String ID = "${pluginId}";

    /**
     * The SDK range: the SDK versions this plugin was built and tested for. Before SDK 1.0 a minor version may break
     * plugins, so it names one minor version; widen it only after testing with the next.
     */
    static final String SDK_RANGE = "${sdkRange}";

    /** The plugin's version: the project's, written into plugin.properties by the build (resource filtering). */
    static final String VERSION = version();

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "${pluginName}", VERSION, SDK_RANGE);
    }

    private static String version() {
        try (InputStream in = ${pluginClass}.class.getResourceAsStream("plugin.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void setup(PluginContext context) {
        context.addCheck(new EvidenceNamesCharacteristics());
        context.addProfileResource("${packageInPathFormat}/${pluginId}-council.yaml");
    }
}
