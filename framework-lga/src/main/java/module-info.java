/** The LGA Equality Framework for Local Government, as a plugin of the equality-framework SDK. */
module io.github.equalityframework.lga {
    requires io.github.equalityframework.core;

    provides io.github.equalityframework.spi.EqualityFrameworkPlugin with io.github.equalityframework.lga.LgaPlugin;

    // The core reads the editions' YAML from this package through the plugin's module.
    opens io.github.equalityframework.lga to io.github.equalityframework.core;
}
