package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.ExitCodes;
import io.github.equalityframework.cli.PluginOptions;
import io.github.equalityframework.engine.InstalledRule;
import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.internal.text.Suggestions;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.RuleDocumentation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eflg explain RULE-ID}: what a rule checks, its parameters and defaults. */
@Command(
        name = "explain",
        footerHeading = "%nExamples:%n",
        footer = {"  eflg explain", "  eflg explain lga.evidence-recency"},
        description = "Explain a rule or check: what it looks at, why, its parameters and their defaults.")
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Parameters(
            paramLabel = "RULE-ID",
            arity = "0..1",
            description = "A rule id, e.g. lga.evidence-recency; without it, list every rule.")
    String ruleId;

    @Override
    public Integer call() {
        PluginRegistry registry = plugins.registry();
        PrintWriter out = spec.commandLine().getOut();
        if (ruleId == null) {
            registry.rules()
                    .forEach(r -> out.printf(
                            "%-36s %-8s %s%n",
                            r.rule().id(),
                            r.isCheck() ? "check" : "scoring",
                            r.rule().documentation().title()));
            return ExitCodes.OK;
        }
        Optional<InstalledRule> found = registry.rule(ruleId);
        if (found.isEmpty()) {
            List<String> ids = registry.rules().stream().map(r -> r.rule().id()).toList();
            throw new ParameterException(
                    spec.commandLine(),
                    "no installed rule has the id '" + ruleId + "'; "
                            + Suggestions.closest(ruleId, ids)
                                    .map(s -> "did you mean '" + s + "'?")
                                    .orElse("run 'eflg explain' to list the rules"));
        }
        InstalledRule rule = found.get();
        RuleDocumentation doc = rule.rule().documentation();
        out.println(rule.rule().id() + ": " + doc.title());
        out.println("  " + (rule.isCheck() ? "Check" : "Scoring rule") + " of plugin " + rule.plugin()
                + ", default severity " + doc.defaultSeverity().name().toLowerCase(Locale.ROOT));
        out.println();
        out.println(doc.description());
        if (!doc.parameters().isEmpty()) {
            out.println();
            out.println("Parameters:");
            for (Parameter<?> p : doc.parameters()) {
                out.printf(
                        "  %s (%s, default %s): %s%n",
                        p.name(), p.type().describe(), p.defaultValue(), p.description());
            }
        }
        return ExitCodes.OK;
    }
}
