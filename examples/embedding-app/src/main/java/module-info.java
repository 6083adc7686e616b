/**
 * The example council web service as a named module: it needs only the core and the JDK's HTTP server.
 * The LGA plugin is found by service binding (the core {@code uses} the plugin interface), so it is not
 * required here; framework-plugins/modulepath-it runs this service on the module path and the class path.
 */
module io.github.equalityframework.examples.embedding {
    requires io.github.equalityframework.core;
    requires jdk.httpserver;

    exports io.github.equalityframework.examples.embedding;
    // The answers are records of this package that the library's JSON writer reads by reflection.
    opens io.github.equalityframework.examples.embedding to
            tools.jackson.databind;
}
