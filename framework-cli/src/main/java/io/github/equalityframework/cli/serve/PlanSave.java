package io.github.equalityframework.cli.serve;

import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.List;
import java.util.Optional;

/**
 * Saves the form of one action to the plan file: refused when the file changed since the page was made, and when
 * the plan with the form applied has a problem that {@code eflg assess --plan} would report (then the page shows
 * the problems by their fields); else the file is replaced and the page reloaded.
 */
final class PlanSave {
    private final Workspace workspace;
    private final PlanPage page;

    PlanSave(Workspace workspace, PlanPage page) {
        this.workspace = workspace;
        this.page = page;
    }

    /** The text to write, or the problems that stop it being written. */
    private record Outcome(String text, List<ValidationProblem> problems) {}

    Page save(PageRequest r, String name) {
        return workspace.withEntry(name, e -> {
            if (e.plan() == null) {
                return new Page.NotFound("There is no action plan beside "
                        + e.file().getFileName() + " to update; start one with eflg action-plan init.");
            }
            PlanForm submitted = PlanForm.of(r.form(), workspace.today());
            String expected = r.field("hash");
            return workspace.exclusively(e, e.plan(), () -> save(r, e, submitted, expected));
        });
    }

    private Page save(PageRequest r, ServedFolder.Entry e, PlanForm submitted, String expected) {
        EditableFile<ActionPlan> current = EditableFile.read(e.plan(), ActionPlan.class, null);
        if (!current.readable()) {
            return new Page.Html(200, page.render(r, e, current, PlanPage.State.of(null)));
        }
        if (!current.hasHash(expected)) {
            return conflict(r, e, submitted, current);
        }
        Optional<ActionAt> found = ActionAt.of(current.value(), submitted.action());
        if (found.isEmpty()) {
            String conflict = "There is no action '" + submitted.action() + "' in "
                    + e.plan().getFileName()
                    + " now, so nothing was saved. Reload the page to see the plan as it is now.";
            return new Page.Html(409, page.render(r, e, current, PlanPage.State.conflict(null, conflict)));
        }
        ActionAt at = found.get();
        Outcome outcome = apply(e, current, submitted, at);
        if (!outcome.problems().isEmpty()) {
            int notes = at.in(current.value()).progress().size() + (submitted.addsNote() ? 1 : 0);
            FieldErrors errors = FieldErrors.of(
                    outcome.problems(),
                    p -> p.location() == null
                            || p.location().source().equals(e.plan().toString()),
                    p -> submitted.field(p, at, notes));
            PlanPage.State state = new PlanPage.State(submitted, null, null, outcome.problems(), errors);
            return new Page.Html(422, page.render(r, e, current, state));
        }
        if (!current.replace(outcome.text())) {
            return conflict(r, e, submitted, EditableFile.read(e.plan(), ActionPlan.class, null));
        }
        return new Page.Redirect(r.of(e, "/plan?saved"));
    }

    /** The plan file's text with the form applied to the action, checked as eflg assess --plan checks it. */
    private Outcome apply(ServedFolder.Entry e, EditableFile<ActionPlan> current, PlanForm submitted, ActionAt at) {
        List<ValidationProblem> refused = submitted.refusals(workspace.today(), at);
        if (!refused.isEmpty()) {
            return new Outcome(null, refused);
        }
        // Values the model cannot hold (a bad date or status) are refused by the reader, with its messages.
        ReadResult<ActionPlan> applied = Workspace.CODEC.read(
                submitted.applyTo(current.value(), at, Workspace.CODEC),
                e.plan().toString(),
                Format.JSON,
                ActionPlan.class);
        if (!applied.isClean()) {
            // The lines of the document made to read the form's values are no lines of the file: paths and messages
            // only.
            return new Outcome(
                    null,
                    applied.problems().stream()
                            .map(p -> new ValidationProblem(p.path(), p.message(), null))
                            .toList());
        }
        String text = current.textOf(applied.value().get());
        ReadResult<ActionPlan> reread =
                Workspace.CODEC.read(text, e.plan().toString(), current.format(), ActionPlan.class);
        ReadResult<PeerReview> review = e.hasReview() ? Workspace.CODEC.read(e.review(), PeerReview.class) : null;
        // a review that cannot be read is the review page's to show: the plan is checked without it
        boolean withReview = review != null && review.isClean();
        List<ValidationProblem> problems = workspace
                .validate(
                        AssessmentFiles.of(e.file())
                                .withReview(withReview ? e.review() : null)
                                .withPlan(e.plan()),
                        withReview ? review : null,
                        reread)
                .problems();
        return new Outcome(text, problems);
    }

    private Page conflict(PageRequest r, ServedFolder.Entry e, PlanForm submitted, EditableFile<ActionPlan> current) {
        String conflict = e.plan().getFileName()
                + " has changed on disk since this page was opened (in another tab or a text editor),"
                + " so nothing was saved. Reload the page to see the file as it is now (your entries below are then lost), or save"
                + " again to apply your entries for action " + submitted.action() + " to the changed file.";
        return new Page.Html(409, page.render(r, e, current, PlanPage.State.conflict(submitted, conflict)));
    }
}
