package io.github.equalityframework.cli.serve;

import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.PeerReview;
import java.util.List;

/**
 * Saves the review form of a module: only that module's levels and feedback change. Refused when the review file
 * changed since the form was made, and when the review with the form applied has a problem that
 * {@code eflg assess --review} would report (then the form shows the problems by their fields); else the file is
 * replaced (or started from the template) and the form reloaded.
 */
final class ReviewSave {
    private final Workspace workspace;
    private final ReviewFormPage form;

    ReviewSave(Workspace workspace, ReviewFormPage form) {
        this.workspace = workspace;
        this.form = form;
    }

    Page save(PageRequest r, String name, String moduleId) {
        return ModuleReview.with(workspace, name, moduleId, 409, c -> {
            ReviewForm submitted = ReviewForm.of(r.form(), c.module());
            String expected = r.field("hash");
            return workspace.exclusively(c.entry(), c.entry().review(), () -> save(r, c, submitted, expected));
        });
    }

    private Page save(PageRequest r, ModuleReview c, ReviewForm submitted, String expected) {
        EditableFile<PeerReview> current = c.review(workspace);
        if (!current.readable()) {
            return c.unreadable(current);
        }
        if (!current.hasHash(expected)) {
            return conflict(r, c, submitted, current.hash());
        }
        PeerReview updated = submitted.applyTo(current.value(), c.framework(), c.module());
        String text = current.textOf(updated);
        String file = c.entry().review().toString();
        ReadResult<PeerReview> reread = Workspace.CODEC.read(text, file, current.format(), PeerReview.class);
        AssessmentResult checked = workspace.validate(
                AssessmentFiles.of(c.entry().file()).withReview(c.entry().review()), reread, null);
        if (!checked.isValid()) {
            PeerReview shown = reread.value().orElse(updated);
            FieldErrors errors = FieldErrors.of(
                    checked.problems(),
                    p -> p.location() != null && p.location().source().equals(file),
                    p -> ReviewForm.field(p, shown, c.module()));
            ReviewFormPage.State state =
                    new ReviewFormPage.State(submitted, current.hash(), null, null, checked.problems(), errors);
            return new Page.Html(422, form.render(r, c, state));
        }
        if (!current.replace(text)) {
            return conflict(r, c, submitted, EditableFile.hashOnDisk(c.entry().review()));
        }
        return new Page.Redirect(r.of(c.entry(), "/review/" + c.module().id() + "?saved"));
    }

    private Page conflict(PageRequest r, ModuleReview c, ReviewForm submitted, String hash) {
        String conflict = c.entry().review().getFileName()
                + " has changed on disk since this form was opened (in another tab or a"
                + " text editor), so nothing was saved. Reload the form to see the file as it is now (your entries below are then lost),"
                + " or save again to replace this module's levels and feedback in the changed file with your entries.";
        ReviewFormPage.State state =
                new ReviewFormPage.State(submitted, hash, null, conflict, List.of(), FieldErrors.NONE);
        return new Page.Html(409, form.render(r, c, state));
    }
}
