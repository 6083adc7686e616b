/** The LGA Equality Framework for Local Government, as a plugin of the equality-framework SDK. */
module io.github.equalityframework.lga {
    // The edition migration takes and returns the core's model types.
    requires transitive io.github.equalityframework.core;

    provides io.github.equalityframework.spi.EqualityFrameworkPlugin with
            io.github.equalityframework.lga.LgaPlugin;

    // The plugin, the edition migration and mapping records (which the core's codec reads) and the PSED model.
    exports io.github.equalityframework.lga;

    // The core reads the editions' YAML from this package through the plugin's module.
    opens io.github.equalityframework.lga to
            io.github.equalityframework.core;
}
