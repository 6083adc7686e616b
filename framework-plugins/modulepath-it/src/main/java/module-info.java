/** A tiny program that lists the plugins and frameworks it finds, run on the module path by the tests. */
module io.github.equalityframework.it.modulepath {
    requires io.github.equalityframework.core;
    // The LGA plugin's public API: the edition migration.
    requires io.github.equalityframework.lga;
    // The plugin test kit, whose conformance checks run here on the module path too.
    requires io.github.equalityframework.testkit;

    uses io.github.equalityframework.spi.EqualityFrameworkPlugin;
}
