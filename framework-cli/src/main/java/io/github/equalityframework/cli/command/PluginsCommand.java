package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.ExitCodes;
import io.github.equalityframework.cli.PluginOptions;
import io.github.equalityframework.engine.PluginRegistry;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eflg plugins}: the loaded plugins. */
@Command(
        name = "plugins",
        footerHeading = "%nExamples:%n",
        footer = {"  eflg plugins", "  eflg plugins --format json"},
        description = "List the loaded plugins: ids, versions, the SDK range they need, and their rules.")
public final class PluginsCommand implements Callable<Integer> {
    /** One plugin as listed. */
    record Listed(String id, String name, String version, String sdkRange, int rules, List<String> profiles) {}

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    ListFormat format;

    @Override
    public Integer call() {
        PluginRegistry registry = plugins.registry();
        // Editions, profiles and edition mappings are read and checked when first used; this listing uses every one,
        // so that a plugin's author sees all of its problems here.
        registry.readAll();
        boolean problems =
                PluginOptions.reportProblems(registry, spec.commandLine().getErr());
        List<Listed> listed = registry.plugins().stream()
                .map(p -> new Listed(
                        p.id(),
                        p.name(),
                        p.version(),
                        p.sdkRange(),
                        (int) registry.rules().stream()
                                .filter(r -> r.plugin().equals(p.id()))
                                .count(),
                        registry.profileIds().stream()
                                .filter(id -> registry.profileOwner(id).equals(p.id()))
                                .toList()))
                .toList();
        format.print(
                spec.commandLine().getOut(),
                List.of("ID", "VERSION", "SDK", "RULES", "PROFILES", "NAME"),
                listed.stream()
                        .map(p -> List.of(
                                p.id(),
                                p.version(),
                                p.sdkRange(),
                                String.valueOf(p.rules()),
                                p.profiles().isEmpty() ? "-" : String.join(", ", p.profiles()),
                                p.name()))
                        .toList(),
                listed);
        return problems ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}
