/** Workforce equality from employee-level data, as a library and a plugin of the equality-framework SDK. */
module io.github.equalityframework.workforce {
    requires transitive io.github.equalityframework.core;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    // Only for eflg workforce, which the eflg command (with picocli) runs.
    requires static info.picocli;

    exports io.github.equalityframework.workforce;

    provides io.github.equalityframework.spi.EqualityFrameworkPlugin with
            io.github.equalityframework.workforce.WorkforcePlugin;
    provides io.github.equalityframework.spi.CommandProvider with
            io.github.equalityframework.workforce.command.WorkforceCommandProvider;

    // The core reads the profile; Jackson writes the report records as JSON.
    opens io.github.equalityframework.workforce to
            io.github.equalityframework.core,
            tools.jackson.databind;
    // picocli sets the options of eflg workforce by reflection.
    opens io.github.equalityframework.workforce.command to
            info.picocli;
}
