package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.ExitCodes;
import io.github.equalityframework.cli.PluginOptions;
import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eflg frameworks}: the installed framework editions. */
@Command(
        name = "frameworks",
        footerHeading = "%nExamples:%n",
        footer = {"  eflg frameworks", "  eflg frameworks --format json"},
        description = "List the installed frameworks: ids, editions, levels, module and criterion counts.")
public final class FrameworksCommand implements Callable<Integer> {
    /** One framework as listed. */
    record Listed(String id, String edition, String title, List<String> levels, int modules, int criteria) {}

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    ListFormat format;

    @Override
    public Integer call() {
        PluginRegistry registry = plugins.registry();
        // What the plugins contribute is read when first used; a listing reads it all, so that every problem shows.
        registry.readAll();
        boolean problems =
                PluginOptions.reportProblems(registry, spec.commandLine().getErr());
        List<Listed> listed = registry.catalogue().frameworks().stream()
                .map(FrameworksCommand::listed)
                .toList();
        format.print(
                spec.commandLine().getOut(),
                List.of("ID", "EDITION", "MODULES", "CRITERIA", "LEVELS", "TITLE"),
                listed.stream()
                        .map(f -> List.of(
                                f.id(),
                                f.edition(),
                                String.valueOf(f.modules()),
                                String.valueOf(f.criteria()),
                                String.join(", ", f.levels()),
                                f.title()))
                        .toList(),
                listed);
        return problems ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private static Listed listed(FrameworkDefinition f) {
        return new Listed(
                f.id(),
                f.edition(),
                f.title(),
                f.scale().levels().stream().map(MaturityLevel::id).collect(Collectors.toList()),
                f.modules().size(),
                (int) f.criteria().count());
    }
}
