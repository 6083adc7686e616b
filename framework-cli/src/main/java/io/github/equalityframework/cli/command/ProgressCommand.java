package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.ExitCodes;
import io.github.equalityframework.cli.InputFiles;
import io.github.equalityframework.cli.PluginOptions;
import io.github.equalityframework.cli.command.ProgressFiles.Year;
import io.github.equalityframework.cli.output.OutputGuard;
import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.CouncilProgress;
import io.github.equalityframework.report.render.ProgressRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eflg progress DIR}: a council's progress over the years, for cabinet and scrutiny. */
@Command(
        name = "progress",
        footerHeading = "%nExamples:%n",
        footer = {
            "  eflg progress examples/data --organisation \"Anytown Borough Council\" \\",
            "      --format html --out progress.html",
            "  eflg progress examples/data --organisation \"Brookfield District Council\" \\",
            "      --today 2026-11-30 --out progress.md",
            "  eflg progress examples/data --organisation \"Brookfield District Council\" \\",
            "      --today 2026-11-30 --appendix --out appendix.docx"
        },
        description = {
            "Report a council's progress over the years: levels, recommendations and actions.",
            "From its self-assessments, peer reviews and action plans: the level of each module year by year (with an SVG timeline in HTML), every recommendation with the "
                    + "council's response and whether it is closed, and every action completed on time or late, or overdue. "
                    + "For the annual equality report to cabinet and scrutiny, and the Public Sector Equality Duty publication.",
            "Reviews and plans are taken from inside each self-assessment, and from files beside it named after it: "
                    + "anytown-2025-review.yaml and anytown-2025-plan.yaml go with anytown-2025.yaml. A plan in a later "
                    + "year's file supersedes the same plan in an earlier one. Older LGA editions are migrated to the newest "
                    + "one first.",
            "An action is overdue when not complete after the last day of its timescale (or of its latest revision), "
                    + "whatever it states; on time or late is judged from its completion date against the date the plan "
                    + "first set. A year may have several plans beside it (NAME-plan.yaml, NAME-plan-objectives.yaml); "
                    + "draft plans are shown apart and never counted as progress.",
            "With --appendix, the committee appendix councils publish instead: per module, each recommendation or "
                    + "objective with its response and reason, and each action with its lead, roles, timescale (with its "
                    + "dates and revisions), status today, progress and next steps; in md, html or docx (Word)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the report was written",
            "2:bad input or usage (problems printed as file:line:column: path: message)",
            "3:a plugin failed to load (the report is still written), or an internal failure"
        })
public final class ProgressCommand implements Callable<Integer> {
    private static final ModelCodec CODEC = ModelCodec.strict();

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Parameters(
            arity = "1..*",
            paramLabel = "DIR",
            description = "Directories (or files) holding one council's assessments, reviews and plans.")
    List<Path> paths;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "md, html or json; with --appendix md, html or docx (default: from --out, else md).")
    AppendixOptions.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here (default: standard output).")
    Path out;

    @Option(
            names = "--today",
            paramLabel = "DATE",
            description = "Report as of this date (YYYY-MM-DD); default: today.")
    LocalDate today;

    @Option(
            names = "--organisation",
            paramLabel = "NAME",
            description = "The council to report on, by name or GSS code, when the files are of several organisations.")
    String organisation;

    @Mixin
    AppendixOptions appendix;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            defaultValue = "en",
            description =
                    "Language of the text eflg writes in the report and the appendix: en (default) or cy (Welsh). "
                            + "Framework content and council data stay as written.")
    String lang;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = InputFiles.expand(paths);
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no YAML or JSON files found in " + paths);
        }
        if (out != null) {
            List<Path> read = new ArrayList<>(files);
            read.addAll(paths);
            read.add(plugins.pluginPath);
            OutputGuard.over(read).check(spec.commandLine(), "--out", out);
        }
        AppendixOptions.Format chosen = chosenFormat();
        appendix.check(spec.commandLine(), chosen, out);
        language();
        LocalDate asOf = today != null ? today : LocalDate.now(ZoneOffset.UTC);
        AssessmentEngine.Builder builder = plugins.engineBuilder()
                .clock(Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        try (AssessmentEngine engine = builder.build()) {
            boolean pluginProblems = PluginOptions.reportProblems(engine.plugins(), err);
            List<Year> years = ProgressFiles.ofOneCouncil(engine, files, organisation, paths, err);
            if (years == null) {
                return ExitCodes.BAD_INPUT;
            }
            years.sort(Comparator.comparing((Year y) -> y.assessment.period().to()));
            String target = years.get(years.size() - 1).assessment.framework();
            FrameworkDefinition framework = engine.catalogue().framework(target).orElse(null);
            List<CouncilProgress.YearInput> inputs = new ArrayList<>();
            for (Year year : years) {
                CouncilProgress.YearInput input = yearInput(year, engine, framework, target, err);
                if (input == null) {
                    return ExitCodes.BAD_INPUT;
                }
                inputs.add(input);
            }
            write(CouncilProgress.of(framework, inputs, asOf), framework, chosen, err);
            return pluginProblems ? ExitCodes.FAILURE : ExitCodes.OK;
        }
    }

    /** As given, else from the extension of {@code --out}, else Markdown; never SARIF. */
    private AppendixOptions.Format chosenFormat() {
        AppendixOptions.Format chosen = format != null
                ? format
                : out == null ? AppendixOptions.Format.MD : AppendixOptions.Format.of(out, spec.commandLine());
        if (chosen == AppendixOptions.Format.SARIF) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--format sarif is not a progress report format; use md, html or json (SARIF holds the findings of one"
                            + " assessment: eflg assess --format sarif)");
        }
        return chosen;
    }

    /**
     * A year read with the review and plans beside it, assessed and, when in an older edition than {@code target},
     * migrated to it; null (having printed why) when a file is not valid or there is no way to {@code target}.
     */
    private static CouncilProgress.YearInput yearInput(
            Year year, AssessmentEngine engine, FrameworkDefinition framework, String target, PrintWriter err) {
        // The assessment with its review and main plan is assessed; every other plan beside it (a council may keep
        // several) is checked with them. The assessment alone was checked when the years were chosen.
        AssessmentResult withFiles = engine.assess(year.files);
        if (framework == null || !year.alone.isValid() || !withFiles.isValid()) {
            TreeSet<String> problems = new TreeSet<>();
            Stream.of(year.alone, withFiles)
                    .flatMap(r -> r.problems().stream())
                    .map(ValidationProblem::format)
                    .forEach(problems::add);
            problems.forEach(err::println);
            return null;
        }
        SelfAssessment assessed = withFiles.assessment().orElseThrow();
        AssessmentReport report = withFiles.report().orElseThrow();
        List<PeerReview> reviews = Stream.of(year.assessment.peerReview(), assessed.peerReview())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        List<ActionPlan> plans = Stream.concat(
                        Stream.of(year.assessment.actionPlan()), withFiles.actionPlans().stream())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        String edition = assessed.framework();
        Map<String, String> moduleMap = Map.of();
        if (!edition.equals(target)) {
            var mapping = engine.plugins().editionMapping(edition, target);
            if (mapping.isEmpty()) {
                err.println(year.file + ": it is against " + edition
                        + " but the latest assessment is against " + target
                        + ", and no edition mapping leads from one to the other");
                return null;
            }
            moduleMap = mapping.get().modules();
            assessed = engine.plugins().migration().migrate(assessed, framework).assessment();
            report = engine.assess(assessed);
            err.println("eflg: " + year.file + " was migrated from "
                    + year.assessment.framework() + " to " + target
                    + "; its reviews and plans are filed under the " + target + " modules");
        }
        return new CouncilProgress.YearInput(
                year.file.getFileName().toString(), assessed, report, reviews, plans, edition, moduleMap);
    }

    /** The report, or the committee appendix, to {@code --out} or standard output. */
    private void write(
            CouncilProgress progress, FrameworkDefinition framework, AppendixOptions.Format chosen, PrintWriter err) {
        if (appendix.appendix) {
            appendix.write(spec.commandLine(), progress, framework, chosen, out, language());
            return;
        }
        String text = switch (chosen) {
            case MD -> ProgressRenderer.markdown().in(language()).render(progress, framework);
            case HTML -> ProgressRenderer.html().in(language()).render(progress, framework);
            case JSON -> CODEC.write(progress, Format.JSON);
            case SARIF, DOCX -> throw new IllegalStateException("refused above");
        };
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            ModelCodec.writeAtomically(out, text);
            err.println("eflg: wrote " + out + " (" + counted(progress) + ")");
        }
    }

    /** "3 years, 27 recommendations, 4 objectives, 30 actions": each part counted once, as the report counts it. */
    private static String counted(CouncilProgress progress) {
        List<String> parts = new ArrayList<>();
        parts.add(plural(progress.years().size(), "year"));
        parts.add(plural(progress.count(CouncilProgress.Kind.RECOMMENDATION), "recommendation"));
        if (progress.count(CouncilProgress.Kind.OBJECTIVE) > 0) {
            parts.add(plural(progress.count(CouncilProgress.Kind.OBJECTIVE), "objective"));
        }
        parts.add(plural(progress.actions().size() - progress.count(CouncilProgress.Timeliness.PROPOSED), "action"));
        if (progress.count(CouncilProgress.Kind.PROPOSED) > 0) {
            parts.add(plural(progress.count(CouncilProgress.Kind.PROPOSED), "draft entry")
                    .replace("entrys", "entries"));
        }
        return String.join(", ", parts);
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The language of --lang: English or Welsh. */
    private Locale language() {
        if (!lang.equals("en") && !lang.equals("cy")) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--lang '" + lang + "' is not a language eflg writes; use en (English) or cy (Welsh)");
        }
        return Locale.forLanguageTag(lang);
    }
}
