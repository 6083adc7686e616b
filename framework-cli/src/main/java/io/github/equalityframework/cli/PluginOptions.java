package io.github.equalityframework.cli;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.PluginRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --plugin-path}: which plugins to load besides those on the class path. */
final class PluginOptions {
    @Option(names = "--plugin-path", paramLabel = "DIR", description = "Also load the plugin jars in this directory.")
    Path pluginPath;

    /** The installed plugins. */
    PluginRegistry registry() {
        PluginRegistry.Builder builder = PluginRegistry.builder().discover(Main.class.getClassLoader());
        if (pluginPath != null) {
            builder.pluginPath(pluginPath);
        }
        return builder.build();
    }

    /** An engine builder with the same plugins. */
    AssessmentEngine.Builder engineBuilder() {
        AssessmentEngine.Builder builder = AssessmentEngine.builder().discoverPlugins(Main.class.getClassLoader());
        if (pluginPath != null) {
            builder.pluginPath(pluginPath);
        }
        return builder;
    }

    /** Prints plugin problems; returns whether there were any. */
    static boolean reportProblems(PluginRegistry registry, PrintWriter err) {
        registry.problems().forEach(p -> err.println("eflg: " + p));
        return !registry.problems().isEmpty();
    }
}
