/** The LGA Equality Framework for Local Government, as a plugin of the equality-framework SDK. */
module io.github.equalityframework.lga {
    // The PSED model and the checks take and return the core's model types.
    requires transitive io.github.equalityframework.core;

    provides io.github.equalityframework.spi.EqualityFrameworkPlugin with
            io.github.equalityframework.lga.LgaPlugin;

    // The plugin and the PSED model.
    exports io.github.equalityframework.lga;

    // The core reads the editions' and mappings' YAML from this package through the plugin's module.
    opens io.github.equalityframework.lga to
            io.github.equalityframework.core;
}
