package io.github.equalityframework.cli;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.PluginProblem;
import io.github.equalityframework.engine.PluginRegistry;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --plugin-path}: which plugins to load besides those on the class path. */
public final class PluginOptions {
    /**
     * The system property that sets how long one plugin's setup may run, in seconds (default: the
     * registry's, 10 s); for tests, and for a council whose plugin is slow to start.
     */
    static final String SETUP_BUDGET = "eflg.plugin.setupBudget";

    /** The command these options belong to: its class loader is the one that loaded eflg and the plugins beside it. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    public Path pluginPath;

    /** A directory that is not there is the user's to fix, not a plugin failure: refused as usage. */
    @Option(names = "--plugin-path", paramLabel = "DIR", description = "Also load the plugin jars in this directory.")
    public void pluginPath(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ParameterException(
                    command.commandLine(),
                    "--plugin-path " + directory
                            + (Files.exists(directory)
                                    ? " is a file, not a directory of plugin jars"
                                    : ": no such directory"));
        }
        this.pluginPath = directory;
    }

    /** The installed plugins. */
    public PluginRegistry registry() {
        PluginRegistry.Builder builder =
                PluginRegistry.builder().setupTimeBudget(setupBudget()).discover(classLoader());
        if (pluginPath != null) {
            builder.pluginPath(pluginPath);
        }
        return builder.build();
    }

    /** An engine builder with the same plugins. */
    public AssessmentEngine.Builder engineBuilder() {
        AssessmentEngine.Builder builder =
                AssessmentEngine.builder().pluginSetupTimeBudget(setupBudget()).discoverPlugins(classLoader());
        if (pluginPath != null) {
            builder.pluginPath(pluginPath);
        }
        return builder;
    }

    /** The class loader plugins on the class path are found through: the command's own. */
    private ClassLoader classLoader() {
        return command.userObject().getClass().getClassLoader();
    }

    private static Duration setupBudget() {
        String seconds = System.getProperty(SETUP_BUDGET);
        return seconds == null
                ? PluginRegistry.DEFAULT_SETUP_BUDGET
                : Duration.ofMillis(
                        new BigDecimal(seconds.strip()).movePointRight(3).longValueExact());
    }

    /** Prints plugin problems; returns whether there were any. */
    public static boolean reportProblems(PluginRegistry registry, PrintWriter err) {
        return reportProblems(registry.problems(), err);
    }

    /** Prints plugin problems; returns whether there were any. */
    public static boolean reportProblems(List<PluginProblem> problems, PrintWriter err) {
        problems.forEach(p -> err.println("eflg: " + p));
        return !problems.isEmpty();
    }
}
