package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.ExitCodes;
import io.github.equalityframework.cli.PluginOptions;
import io.github.equalityframework.cli.output.ProblemLines;
import io.github.equalityframework.cli.output.TerminalSummary;
import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.migration.MigrationResult;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.LevelChange;
import io.github.equalityframework.report.ProgressReport;
import io.github.equalityframework.report.YearOnYear;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eflg compare OLD NEW}: year-on-year progress between two assessments of one council. */
@Command(
        name = "compare",
        footerHeading = "%nExamples:%n",
        footer = {
            "  eflg compare examples/data/anytown-2024.yaml examples/data/anytown-2025.yaml",
            "  eflg compare examples/data/anytown-2014.yaml examples/data/anytown-2024.yaml"
        },
        description = {
            "Show year-on-year progress between two self-assessments of one council.",
            "Levels up and down per criterion and module, evidence added and gone, findings resolved and new. An "
                    + "assessment in an older LGA edition is first migrated to the newer one through the edition mapping.",
            "For a council's progress over more than two years, with its peer reviews and action plans, see 'eflg progress'."
        })
public final class CompareCommand implements Callable<Integer> {
    private static final ModelCodec CODEC = ModelCodec.strict();

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier self-assessment.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later self-assessment.")
    Path after;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    ListFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AssessmentEngine engine = plugins.engineBuilder().build()) {
            // each file validated and assessed once; the earlier one again only when migrated to the later's edition
            AssessmentResult old = engine.assess(AssessmentFiles.of(before));
            AssessmentResult now = engine.assess(AssessmentFiles.of(after));
            if (!old.isValid() || !now.isValid()) {
                ProblemLines.print(err, old.problems());
                ProblemLines.print(err, now.problems());
                return ExitCodes.BAD_INPUT;
            }
            SelfAssessment later = now.assessment().orElseThrow();
            String oldFramework = old.assessment().orElseThrow().framework();
            String newFramework = later.framework();
            SelfAssessment earlier = old.assessment().orElseThrow();
            AssessmentReport earlierReport = old.report().orElseThrow();
            if (!oldFramework.equals(newFramework)) {
                FrameworkDefinition target =
                        engine.catalogue().framework(newFramework).orElseThrow();
                if (engine.plugins().editionMapping(oldFramework, newFramework).isEmpty()) {
                    throw new ParameterException(
                            spec.commandLine(),
                            before + " is against " + oldFramework + " but " + after + " is against " + newFramework
                                    + ", and no edition mapping leads from one to the other");
                }
                MigrationResult migrated = engine.plugins().migration().migrate(earlier, target);
                earlier = migrated.assessment();
                earlierReport = engine.assess(earlier);
                err.println("eflg: " + before + " was migrated from " + oldFramework + " to " + newFramework
                        + " for the comparison (" + migrated.report().carried().size() + " claims carried, "
                        + migrated.report().unmapped().size() + " unmapped)");
            }
            FrameworkDefinition framework =
                    engine.catalogue().framework(newFramework).orElseThrow();
            ProgressReport progress = YearOnYear.compare(
                    framework,
                    new YearOnYear.Side(earlier, earlierReport),
                    new YearOnYear.Side(later, now.report().orElseThrow()));
            if (format == ListFormat.JSON) {
                out.print(CODEC.write(progress, Format.JSON));
            } else {
                print(progress, framework, out);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static void print(ProgressReport p, FrameworkDefinition framework, PrintWriter out) {
        out.printf(
                "%s: %s to %s compared with %s to %s (%s)%n",
                p.organisation(),
                p.after().from(),
                p.after().to(),
                p.before().from(),
                p.before().to(),
                framework.id());
        line(out, framework, p.overall());
        out.println("Modules:");
        p.modules().forEach(m -> line(out, framework, m));
        List<LevelChange> moved = p.criteria().stream()
                .filter(c -> c.change() != LevelChange.Direction.SAME)
                .toList();
        out.println("Criteria that changed: " + (moved.isEmpty() ? "none" : ""));
        moved.forEach(c -> line(out, framework, c));
        out.println("Evidence added: " + (p.evidenceAdded().isEmpty() ? "none" : String.join(", ", p.evidenceAdded())));
        out.println("Evidence gone: " + (p.evidenceGone().isEmpty() ? "none" : String.join(", ", p.evidenceGone())));
        out.println("Findings resolved: " + p.findingsResolved().size() + ", new: "
                + p.findingsNew().size());
        p.findingsNew()
                .forEach(
                        f -> out.println("  new " + f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.message()));
    }

    private static void line(PrintWriter out, FrameworkDefinition framework, LevelChange c) {
        String arrow = switch (c.change()) {
            case UP -> "up";
            case DOWN -> "DOWN";
            case SAME -> "same";
        };
        out.printf(
                "  %-4s %-10s %s -> %s  %s%n",
                arrow,
                c.id(),
                TerminalSummary.label(framework, c.before()),
                TerminalSummary.label(framework, c.after()),
                c.title());
    }
}
