package io.github.equalityframework.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.io.ControlCharacters;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.ValidatedLevel;
import io.github.equalityframework.spi.CriterionResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A peer review to start from, pre-filled from an assessment: for each claimed criterion the level the
 * evidence supports (or the claim, where no rule scores it), so that reviewers only confirm or change
 * levels and write their findings. The rationale says where each proposed level came from.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReviewTemplate {
    private ReviewTemplate() {}

    public static PeerReview from(
            AssessmentReport report, FrameworkDefinition framework, Scope scope, LocalDate visitFrom) {
        List<ValidatedLevel> levels = report.criteria().stream()
                .filter(c -> !c.claimed().equals(MaturityLevel.NOT_ASSESSED.id()))
                .map(c -> proposal(c))
                .toList();
        List<ModuleFeedback> feedback = report.modules().stream()
                .map(m -> new ModuleFeedback(m.module(), List.of(), List.of(), List.of()))
                .toList();
        return PeerReview.builder()
                .visitFrom(visitFrom)
                .scope(scope)
                .validatedLevels(levels)
                .feedback(feedback)
                .build();
    }

    /**
     * The comment that opens a YAML review template: what to fill in, and the commands that read it. Line breaks
     * and control characters in names are flattened, so that none can end the comment.
     *
     * @param assessment the self-assessment reviewed
     * @param framework  its framework
     * @param file       where the self-assessment is
     * @param review     where the review is written
     */
    public static String header(SelfAssessment assessment, FrameworkDefinition framework, Path file, Path review) {
        return "# Peer review of "
                + oneLine(assessment.organisation().name())
                + " against " + framework.id() + ". To fill in:\n"
                + "# - team: one entry per peer, by name, role and organisation (- name: ..., role: lead peer, organisation: ...)\n"
                + "# - visitFrom and visitTo: the first and last days of the visit\n"
                + "# - feedbackOn: the day the peers gave their feedback (their letter or report), once they have\n"
                + "# - validatedLevels: confirm or change each proposed level, and replace the rationale with the peers' reasons\n"
                + "# - feedback, per module: strengths, areasToDevelop and recommendations (- id: R1, text: ...), as lists\n"
                + "# A filled-in example: examples/data/anytown-2025-review.yaml; its format: eflg schema peer-review\n"
                + "# Then: eflg assess " + oneLine(file.toString()) + " --review " + oneLine(review.toString()) + "\n"
                + "#  and: eflg action-plan init " + oneLine(review.toString()) + " --assessment "
                + oneLine(file.toString())
                + " --out PLAN.yaml\n";
    }

    private static String oneLine(String text) {
        return text == null ? "" : ControlCharacters.forTerminal(text.replaceAll("(?U)\\s+", " "));
    }

    private static ValidatedLevel proposal(CriterionResult c) {
        if (c.evidenced() == null || c.evidenced().equals(c.claimed())) {
            return new ValidatedLevel(
                    c.criterion(), c.claimed(), "Proposed: the claimed level. Confirm or change it, and say why.");
        }
        String proposed = c.evidenced().equals(MaturityLevel.NOT_ASSESSED.id()) ? c.claimed() : c.evidenced();
        return new ValidatedLevel(
                c.criterion(),
                proposed,
                "Proposed: " + (proposed.equals(c.claimed()) ? "the claimed level" : "the evidenced level")
                        + "; claimed " + c.claimed() + ", evidenced " + c.evidenced()
                        + ". Confirm or change it, and say why.");
    }
}
