/** The plugin ${pluginId}, on the module path. On the class path, META-INF/services does the same. */
module ${package} {
    requires io.github.equalityframework.core;

    provides io.github.equalityframework.spi.EqualityFrameworkPlugin with ${package}.${pluginClass};

    // The core reads the rule profile from this package through the plugin's module.
    opens ${package} to io.github.equalityframework.core;
}
