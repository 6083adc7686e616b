/** The NHS Equality Delivery System 2022, as a plugin of the equality-framework SDK. */
module io.github.equalityframework.nhseds {
    requires transitive io.github.equalityframework.core;

    exports io.github.equalityframework.nhseds;

    provides io.github.equalityframework.spi.EqualityFrameworkPlugin with
            io.github.equalityframework.nhseds.NhsEdsPlugin;

    // The core reads the framework and profile YAML from this package through the plugin's module, and
    // Jackson builds the score card record by reflection.
    opens io.github.equalityframework.nhseds to
            io.github.equalityframework.core,
            tools.jackson.databind;
}
