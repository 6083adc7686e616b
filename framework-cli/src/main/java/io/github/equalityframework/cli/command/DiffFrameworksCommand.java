package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.ExitCodes;
import io.github.equalityframework.cli.PluginOptions;
import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.internal.text.Suggestions;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.migration.EditionDiff;
import io.github.equalityframework.model.FrameworkDefinition;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eflg diff-frameworks OLD NEW}: what changed between two editions, criterion by criterion. */
@Command(
        name = "diff-frameworks",
        footerHeading = "%nExamples:%n",
        footer = {
            "  eflg diff-frameworks lga-eflg-2014 lga-eflg-2021",
            "  eflg diff-frameworks lga-eflg-2014 lga-eflg-2021 --format md"
        },
        description = {
            "Show what changed between two framework editions, criterion by criterion.",
            "As the edition mapping says: each criterion of the older edition kept, renamed, merged, split, carried over in part or removed, and the criteria of the newer edition that no older one leads to (added)."
        })
public final class DiffFrameworksCommand implements Callable<Integer> {
    private static final ModelCodec CODEC = ModelCodec.strict();
    private static final String MARKDOWN_SPECIAL = "\\`*_[]<>#|~&";

    /** How the differences are printed. */
    enum DiffFormat {
        TEXT,
        MD,
        JSON
    }

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older edition's framework id, e.g. lga-eflg-2014.")
    String from;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer edition's framework id, e.g. lga-eflg-2021.")
    String to;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DiffFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EditionDiff diff;
        try (PluginRegistry registry = plugins.registry()) {
            FrameworkDefinition source = framework(registry, from);
            FrameworkDefinition target = framework(registry, to);
            try {
                diff = registry.diff(source.id(), target.id());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        switch (format) {
            case TEXT -> diff.lines().forEach(out::println);
            case MD -> out.print(markdown(diff));
            case JSON -> out.print(CODEC.write(diff, Format.JSON));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private FrameworkDefinition framework(PluginRegistry registry, String id) {
        List<String> ids = registry.catalogue().frameworks().stream()
                .map(FrameworkDefinition::id)
                .toList();
        return registry.catalogue()
                .framework(id)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "'" + id + "' is not an installed framework; "
                                + Suggestions.closest(id, ids)
                                        .map(s -> "did you mean '" + s + "'?")
                                        .orElse("installed: " + String.join(", ", ids))));
    }

    /** A table per module of the older edition, for pasting into a paper. */
    static String markdown(EditionDiff diff) {
        StringBuilder md = new StringBuilder(8_192);
        md.append("# Changes from ")
                .append(md(diff.from().id()))
                .append(" to ")
                .append(md(diff.to().id()))
                .append("\n\n")
                .append(md(diff.from().title() + " " + diff.from().edition()))
                .append(" (")
                .append(diff.from().criteria())
                .append(" criteria) to ")
                .append(md(diff.to().title() + " " + diff.to().edition()))
                .append(" (")
                .append(diff.to().criteria())
                .append(" criteria): ")
                .append(diff.summary().entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", ")))
                .append(".\n\n> ")
                .append(md(diff.mappingNote()))
                .append("\n");
        String module = null;
        for (EditionDiff.Change c : diff.changes()) {
            if (!Objects.equals(module, c.criterion().module())) {
                module = c.criterion().module();
                md.append("\n## ")
                        .append(md(module))
                        .append("\n\n| ")
                        .append(md(diff.from().id()))
                        .append(" | Change | ")
                        .append(md(diff.to().id()))
                        .append(" | Why |\n|---|---|---|---|\n");
            }
            String change = c.relation().id();
            if (!c.mergedWith().isEmpty()) {
                change += " with "
                        + c.mergedWith().stream()
                                .map(EditionDiff.CriterionRef::id)
                                .collect(Collectors.joining(", "));
            }
            md.append("| ")
                    .append(md(c.criterion().name()))
                    .append(" | ")
                    .append(md(change))
                    .append(" | ")
                    .append(
                            c.targets().isEmpty()
                                    ? "none"
                                    : c.targets().stream()
                                            .map(t -> md(t.name()))
                                            .collect(Collectors.joining("<br>")))
                    .append(" | ")
                    .append(md(c.note()))
                    .append(" |\n");
        }
        md.append("\n## Added in ").append(md(diff.to().id())).append("\n\n");
        if (diff.added().isEmpty()) {
            md.append("None: every criterion of ")
                    .append(md(diff.to().id()))
                    .append(" continues one of ")
                    .append(md(diff.from().id()))
                    .append(".\n");
        } else {
            diff.added()
                    .forEach(a -> md.append("- ")
                            .append(md(a.name()))
                            .append(" (")
                            .append(md(a.module()))
                            .append(")\n"));
        }
        return md.toString();
    }

    /** Text on one line with Markdown's special characters escaped, so that it can neither break a table nor become markup. */
    private static String md(String text) {
        String line = text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (char c : line.toCharArray()) {
            if (MARKDOWN_SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
