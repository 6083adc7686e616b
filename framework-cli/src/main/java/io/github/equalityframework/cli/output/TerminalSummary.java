package io.github.equalityframework.cli.output;

import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.io.ControlCharacters;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.ModuleResult;
import io.github.equalityframework.spi.Finding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Help.Ansi;

/** The short summary {@code eflg assess} prints on the terminal. */
public final class TerminalSummary {
    private final PrintWriter out;
    private final Ansi ansi;

    public TerminalSummary(PrintWriter out, Ansi ansi) {
        this.out = out;
        this.ansi = ansi;
    }

    public void print(AssessmentResult result) {
        AssessmentReport report = result.report().orElseThrow();
        FrameworkDefinition framework = result.framework().orElseThrow();
        Path file = result.files().assessment();
        out.printf(
                "%s: %s, %s (%s to %s)%s%n",
                safe(file.toString()),
                safe(report.organisation()),
                safe(framework.title() + " " + framework.edition()),
                report.period().from(),
                report.period().to(),
                report.profile() == null ? "" : ", profile " + safe(report.profile()));
        out.println(ansi.string("  Overall level: @|bold " + label(framework, report.overall()) + "|@"
                + (report.complete() ? "" : "  @|red (incomplete: a rule failed)|@")));
        int width = report.modules().stream()
                .mapToInt(m -> m.title().length())
                .max()
                .orElse(10);
        for (ModuleResult m : report.modules()) {
            out.printf(
                    "  %-" + width + "s  claimed %-12s evidenced %-12s validated %-12s reached %s%n",
                    safe(m.title()),
                    label(framework, m.claimed()),
                    label(framework, m.evidenced()),
                    label(framework, m.validated()),
                    label(framework, m.reached()));
        }
        if (report.gap() != null) {
            out.printf(
                    "  Target %s: %s%n",
                    label(framework, report.gap().target()),
                    report.gap().met()
                            ? "met"
                            : "not met, " + report.gap().shortfalls().size() + " criteria short");
        }
        Map<Severity, Long> counts = new TreeMap<>(
                report.findings().stream().collect(Collectors.groupingBy(Finding::severity, Collectors.counting())));
        out.println("  Findings: "
                + (report.findings().isEmpty()
                        ? "none"
                        : Arrays.stream(Severity.values())
                                .sorted((a, b) -> b.compareTo(a))
                                .filter(counts::containsKey)
                                .map(s -> counts.get(s) + " " + s.name().toLowerCase(Locale.ROOT)
                                        + (counts.get(s) == 1 || s == Severity.INFO ? "" : "s"))
                                .collect(Collectors.joining(", "))));
        for (Finding f : report.findings()) {
            String where = f.path().isEmpty() ? file.toString() : String.valueOf(result.locate(f.path()));
            out.println(ansi.string("    " + safe(where) + ": " + colour(f.severity()) + ": " + safe(f.message()) + " ["
                    + safe(f.rule()) + "]"));
        }
    }

    private static String colour(Severity severity) {
        String name = severity.name().toLowerCase(Locale.ROOT);
        return switch (severity) {
            case ERROR -> "@|red,bold " + name + "|@";
            case WARNING -> "@|yellow " + name + "|@";
            case INFO -> "@|cyan " + name + "|@";
        };
    }

    public static String label(FrameworkDefinition framework, String levelId) {
        if (levelId == null) {
            return "-";
        }
        return safe(framework.scale().level(levelId).map(MaturityLevel::label).orElse(levelId));
    }

    /** Text from a file or a plugin, with any control character written out, so that it cannot drive the terminal. */
    private static String safe(String text) {
        return ControlCharacters.forTerminal(text);
    }
}
