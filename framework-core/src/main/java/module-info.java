/**
 * The equality-framework assessment library: model, codec, validation, engine and plugin SPI. Plugins on
 * the module path {@code provides io.github.equalityframework.spi.EqualityFrameworkPlugin}; a plugin
 * that reads framework or profile resources from its own packages opens them to this module.
 */
module io.github.equalityframework.core {
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    // The codec's YAML factory uses snakeyaml-engine's settings and exceptions directly.
    requires org.snakeyaml.engine;
    // The model's public records carry its constraint annotations.
    requires transitive jakarta.validation;
    // A plugin's setup is given a budget of processor time, which the thread management bean measures.
    requires java.management;
    // Stability marks on the public API, for readers and tools; not needed at run time.
    requires static transitive org.apiguardian.api;

    exports io.github.equalityframework.model;
    exports io.github.equalityframework.io;
    exports io.github.equalityframework.problem;
    exports io.github.equalityframework.validation;
    exports io.github.equalityframework.engine;
    exports io.github.equalityframework.spi;
    exports io.github.equalityframework.report;
    exports io.github.equalityframework.report.render;
    exports io.github.equalityframework.schema;
    exports io.github.equalityframework.migration;
    // Internal to eflg, in io.github.equalityframework.internal.*, exported only to the eflg modules that use
    // them; the CLI runs on the class path, where qualified exports restrict nothing, and uses internal.text
    // (closest-name suggestions) and internal.markup (eflg serve) from there. internal.schema (the schema
    // generator, run by the build) is the core's own.
    // The one HTML writer, Markdown escaper, style sheet and report structure: the workforce report uses them.
    exports io.github.equalityframework.internal.markup to
            io.github.equalityframework.workforce;
    // Where each field of a CSV text starts: the workforce plugin's files and the register and action plan CSV
    // are placed with it.
    // A compact table of ids for registers of a million items: the LGA plugin's checks keep their sets of ids in
    // it, and the workforce plugin its employee ids.
    exports io.github.equalityframework.internal.ids to
            io.github.equalityframework.lga,
            io.github.equalityframework.workforce;
    exports io.github.equalityframework.internal.csv to
            io.github.equalityframework.workforce,
            io.github.equalityframework.xlsx;

    uses io.github.equalityframework.spi.EqualityFrameworkPlugin;
    // Formats beyond YAML and JSON, e.g. framework-xlsx's workbooks, by being on the class or module path.
    uses io.github.equalityframework.io.DocumentReader;

    // Jackson reads and writes the records by reflection.
    opens io.github.equalityframework.model to
            tools.jackson.databind;
    opens io.github.equalityframework.engine to
            tools.jackson.databind;
    opens io.github.equalityframework.report to
            tools.jackson.databind;
    opens io.github.equalityframework.spi to
            tools.jackson.databind;
    opens io.github.equalityframework.problem to
            tools.jackson.databind;
    opens io.github.equalityframework.validation to
            tools.jackson.databind;
    // Edition mappings are read from plugins' data files; diffs are written as JSON.
    opens io.github.equalityframework.migration to
            tools.jackson.databind;
    // The codec's value filters, which Jackson creates.
    opens io.github.equalityframework.io to
            tools.jackson.databind;
}
