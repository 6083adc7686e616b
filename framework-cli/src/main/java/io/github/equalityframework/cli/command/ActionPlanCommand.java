package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.ExitCodes;
import io.github.equalityframework.cli.PluginOptions;
import io.github.equalityframework.cli.output.OutputFileOptions;
import io.github.equalityframework.cli.output.ProblemLines;
import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.io.ControlCharacters;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.SelfAssessment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eflg action-plan}: the council's answer to a peer challenge. */
@Command(
        name = "action-plan",
        footerHeading = "%nExamples:%n",
        footer = {"  eflg action-plan init examples/data/anytown-2025-review.yaml --out plan.yaml"},
        description = "Work with action plans kept beside a self-assessment.",
        subcommands = ActionPlanCommand.Init.class)
public final class ActionPlanCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: init");
    }

    /** {@code eflg action-plan init REVIEW [--assessment FILE] --out PLAN}. */
    @Command(
            name = "init",
            footerHeading = "%nExamples:%n",
            footer = {
                "  eflg action-plan init examples/data/anytown-2025-review.yaml --out plan.yaml",
                "  eflg action-plan init examples/data/anytown-2025-review.yaml \\",
                "      --assessment examples/data/anytown-2025.yaml --out plan.yaml"
            },
            description = {
                "Write an action plan template from a peer review's recommendations.",
                "One entry per recommendation, grouped by module, each with one action to start from (status not_started). The response, what will be done, the lead "
                        + "officer's role and the timescale are left as 'TO DO', which 'eflg assess FILE --plan PLAN' reports "
                        + "with its line until it is filled.",
                "Why not pre-fill 'accepted'? Each answer is a decision the council must own and publish; a plan that "
                        + "came pre-accepted would pass every check before anyone had decided anything.",
                "Responses: accepted, different_approach, already_completed, not_accepted (give the reason in 'comment'). "
                        + "Timescale: a due date (due: 2026-03-31) or a period (timescale: by March 2026, due at the end of "
                        + "that month). Statuses: not_started, on_track, at_risk, overdue, complete; past its due date and not "
                        + "complete, an action is reported overdue whatever it states, and 'complete' wants a dated progress note.",
                "REVIEW is a review file (see 'eflg review init') or a self-assessment that holds its peer review."
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:the template was written",
                "2:bad input or usage (problems printed as file:line:column: path: message)"
            })
    static final class Init implements Callable<Integer> {
        private static final ModelCodec CODEC = ModelCodec.strict();
        private static final Pattern NUMBERED = Pattern.compile("[Rr](\\d+)");

        @Spec
        CommandSpec spec;

        @Mixin
        PluginOptions plugins;

        @Parameters(paramLabel = "REVIEW", description = "The peer review whose recommendations the plan answers.")
        Path reviewFile;

        @Option(
                names = "--assessment",
                paramLabel = "FILE",
                description =
                        "The self-assessment the review belongs to: the review is checked against its framework, and the "
                                + "plan's entries follow the framework's module order.")
        Path assessmentFile;

        @Option(
                names = "--out",
                required = true,
                paramLabel = "PLAN",
                description = "Where to write the plan (.yaml or .json).")
        Path out;

        @Mixin
        OutputFileOptions output;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            output.refuseToReplace(reviewFile, assessmentFile, plugins.pluginPath);
            Format format = output.format();
            PeerReview review;
            String council = null;
            List<String> moduleOrder = List.of();
            if (assessmentFile != null) {
                try (AssessmentEngine engine = plugins.engineBuilder().build()) {
                    AssessmentResult loaded =
                            engine.validate(AssessmentFiles.of(assessmentFile).withReview(reviewFile));
                    if (!loaded.isValid()) {
                        ProblemLines.print(err, loaded.problems());
                        return ExitCodes.BAD_INPUT;
                    }
                    SelfAssessment assessment = loaded.assessment().orElseThrow();
                    review = assessment.peerReview();
                    council = assessment.organisation().name();
                    moduleOrder = engine
                            .catalogue()
                            .framework(assessment.framework())
                            .map(FrameworkDefinition::modules)
                            .orElse(List.of())
                            .stream()
                            .map(FrameworkModule::id)
                            .toList();
                }
            } else {
                ReadResult<PeerReview> read = readReview(reviewFile);
                if (!read.isClean()) {
                    ProblemLines.print(err, read.problems());
                    return ExitCodes.BAD_INPUT;
                }
                review = read.value().get();
            }
            // A review that numbered no recommendation (as many did before 2014) is answered area by area.
            List<ModuleFeedback> feedback = ordered(review.feedbackToAnswer(), moduleOrder);
            boolean areas = !review.numbersRecommendations();
            long recommendations =
                    feedback.stream().mapToLong(f -> f.recommendations().size()).sum();
            if (recommendations == 0) {
                err.println(reviewFile
                        + ": the review makes no recommendations and names no areas to develop, so there is nothing for"
                        + " an action plan to answer; write them under feedback[].recommendations first");
                return ExitCodes.BAD_INPUT;
            }
            String what = areas ? "areas to develop" : "recommendations";
            String header =
                    format == Format.YAML ? header(review, council, recommendations, what, feedback.size()) : "";
            ModelCodec.writeAtomically(out, header + CODEC.write(template(feedback), format));
            err.println("eflg: wrote " + out + " (" + recommendations + " " + what + " in " + feedback.size()
                    + " modules; replace each " + ActionPlan.PLACEHOLDER + ")");
            return ExitCodes.OK;
        }

        /** A review file, or the review a self-assessment holds. */
        private static ReadResult<PeerReview> readReview(Path file) {
            ReadResult<PeerReview> read = CODEC.read(file, PeerReview.class);
            if (read.isClean()) {
                return read;
            }
            ReadResult<SelfAssessment> assessment = CODEC.readSelfAssessment(file);
            if (assessment.isClean() && assessment.value().get().peerReview() != null) {
                return ReadResult.of(assessment.value().get().peerReview());
            }
            return read;
        }

        /** Feedback in the framework's module order (the review's order when it is not known). */
        private static List<ModuleFeedback> ordered(List<ModuleFeedback> feedback, List<String> moduleOrder) {
            List<ModuleFeedback> sorted = new ArrayList<>(feedback.stream()
                    .filter(f -> !f.recommendations().isEmpty())
                    .toList());
            sorted.sort(Comparator.comparingInt(
                    f -> moduleOrder.contains(f.module()) ? moduleOrder.indexOf(f.module()) : moduleOrder.size()));
            return sorted;
        }

        /** The plan as a plain tree: its placeholders are not values the model could hold, which is why they fail validation. */
        private static Map<String, Object> template(List<ModuleFeedback> feedback) {
            List<Object> entries = new ArrayList<>();
            for (ModuleFeedback f : feedback) {
                for (Recommendation r : f.recommendations()) {
                    Map<String, Object> action = new LinkedHashMap<>();
                    action.put("id", actionId(r.id()));
                    action.put(
                            "description",
                            ActionPlan.PLACEHOLDER + ": what the council will do. Recommendation " + r.id() + ": "
                                    + r.text().strip().replaceAll("\\s+", " "));
                    action.put("lead", ActionPlan.PLACEHOLDER);
                    action.put("timescale", ActionPlan.PLACEHOLDER);
                    action.put("status", ActionStatus.NOT_STARTED.name().toLowerCase(Locale.ROOT));
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("recommendation", r.id());
                    entry.put("module", f.module());
                    entry.put("response", ActionPlan.PLACEHOLDER);
                    entry.put("actions", List.of(action));
                    entries.add(entry);
                }
            }
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("entries", entries);
            return plan;
        }

        /** R3 becomes A3.1, as councils number actions under their recommendation; other ids get ".1". */
        static String actionId(String recommendation) {
            Matcher m = NUMBERED.matcher(recommendation);
            return m.matches() ? "A" + m.group(1) + ".1" : recommendation + ".1";
        }

        private static String header(
                PeerReview review, String council, long recommendations, String what, int modules) {
            String to = "\"" + ActionPlan.PLACEHOLDER + "\"";
            return "# Action plan"
                    + (council == null ? "" : " of " + ControlCharacters.forTerminal(council.replaceAll("\\s+", " ")))
                    + " in answer to the peer challenge of "
                    + review.visitFrom() + ": " + recommendations + " " + what + " in " + modules + " modules.\n"
                    + (what.equals("recommendations")
                            ? ""
                            : "# The review numbered no recommendations, so each area to develop is an entry (MODULE-area-N).\n")
                    + "# For each recommendation, replace every " + to + ":\n"
                    + "#   response:    accepted, different_approach, already_completed, or not_accepted with the reason in comment\n"
                    + "#   description: what the council will do (add actions as needed: A1.2, A1.3, ...)\n"
                    + "#   lead:        the lead officer's role, e.g. Head of Policy (not a name or e-mail: the plan is published)\n"
                    + "#   timescale:   as the plan writes it: \"by March 2026\", \"2025/26\", \"Q3 2025/26\", \"within 6 months\",\n"
                    + "#                \"ongoing\"; or a due date instead (due: 2026-03-31)\n"
                    + "# Add agreedOn: YYYY-MM-DD and adoptedBy: Cabinet when the plan is agreed (status: draft until then).\n"
                    + "# Status starts as not_started; later on_track, at_risk, overdue or complete (with completed: YYYY-MM-DD),\n"
                    + "# with dated progress notes (progress: [{date, note, reportedTo}]). A date agreed later goes under\n"
                    + "# revisions: [{due or timescale, agreed: YYYY-MM-DD, reason}]; the first target stays as written.\n"
                    + "# An entry may carry roles: [community_leader, employer, service_provider] for reporting by role.\n"
                    + "# Check it: eflg assess SELF-ASSESSMENT --review REVIEW --plan PLAN (each " + to
                    + " left is reported)\n";
        }
    }
}
