package io.github.equalityframework.cli.serve;

import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.spi.CriterionResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review form of one module: a validated level and rationale per criterion (beside the claimed and evidenced
 * levels), the module's strengths, areas to develop and recommendations. {@link ReviewSave} saves it.
 */
final class ReviewFormPage {
    /**
     * What the form shows beyond the module: its values, the review file's hash, and what saving found.
     *
     * @param values   the fields' values: the review's, or the form's as sent
     * @param hash     the review file's hash, sent back with the form
     * @param notice   that the file was saved, or null
     * @param conflict why nothing was saved because the file changed, or null
     * @param problems what a refused save found
     * @param errors   those problems by field
     */
    record State(
            ReviewForm values,
            String hash,
            String notice,
            String conflict,
            List<ValidationProblem> problems,
            FieldErrors errors) {}

    private final Workspace workspace;

    ReviewFormPage(Workspace workspace) {
        this.workspace = workspace;
    }

    Page show(PageRequest r, String name, String moduleId) {
        return ModuleReview.with(workspace, name, moduleId, 200, c -> {
            EditableFile<PeerReview> review = c.review(workspace);
            if (!review.readable()) {
                return c.unreadable(review);
            }
            String notice = r.query().containsKey("saved")
                    ? "Saved " + c.entry().review().getFileName() + "."
                    : null;
            State state = new State(
                    ReviewForm.of(review.value(), c.module()),
                    review.hash(),
                    notice,
                    null,
                    List.of(),
                    FieldErrors.NONE);
            return new Page.Html(200, render(r, c, state));
        });
    }

    String render(PageRequest r, ModuleReview c, State state) {
        SelfAssessment a = c.assessment();
        FrameworkModule m = c.module();
        String title = "Review of " + m.title();
        HtmlWriter h = Layout.page((state.problems().isEmpty() && state.conflict() == null ? "" : "Error: ") + title
                + ", " + a.organisation().name());
        Layout.crumbs(h, r.base(), c.entry(), "Review of " + m.id());
        h.open("main", "id", "main").line();
        h.element("h1", title).line();
        h.element(
                        "p",
                        a.organisation().name() + ", " + c.framework().title() + " "
                                + c.framework().edition() + ". Saved to "
                                + c.entry().review().getFileName() + ", which eflg assess --review reads.")
                .line();
        FormFields.notice(h, state.notice());
        String here = r.of(c.entry(), "/review/" + m.id());
        FormFields.conflict(h, state.conflict(), "Reload the form from the file", here);
        FormFields.problems(h, "--review", state.problems(), state.errors());
        h.open("form", "method", "post", "action", here, "novalidate", "").line();
        h.open("input", "type", "hidden", "name", "csrf", "value", r.csrf())
                .open("input", "type", "hidden", "name", "hash", "value", state.hash())
                .line();
        levels(h, c, state.values(), state.errors());
        FieldErrors errors = state.errors();
        FormFields.list(h, "Strengths", "strength", "Strength", state.values().strengths(), errors);
        FormFields.list(
                h, "Areas to develop", "area", "Area to develop", state.values().areas(), errors);
        recommendations(h, state.values().recommendations(), errors);
        FormFields.savingKeeps(h, c.entry().review());
        h.open("button", "type", "submit")
                .text("Save the review of this module")
                .close("button")
                .line();
        h.close("form").line();
        h.close("main").line();
        return h.end();
    }

    /** A level and rationale per criterion, with what was claimed and evidenced. */
    private static void levels(HtmlWriter h, ModuleReview c, ReviewForm values, FieldErrors errors) {
        Map<String, CriterionResult> results = new LinkedHashMap<>();
        c.report().criteria().forEach(cr -> results.put(cr.criterion(), cr));
        SelfAssessment a = c.assessment();
        h.element("h2", "Validated levels").line();
        List<Criterion> criteria = c.module().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion cr = criteria.get(i);
            CriterionResult result = results.get(cr.id());
            Claim claim = a.claim(cr.id()).orElse(null);
            h.open("fieldset").element("legend", cr.id() + " " + cr.title()).line();
            h.open("p", "class", "hint", "id", "context-" + i)
                    .text("Claimed: " + (claim == null ? "no claim" : Workspace.label(c.framework(), claim.level()))
                            + ". Evidenced: "
                            + (result == null || result.evidenced() == null
                                    ? "no rule scores it"
                                    : Workspace.label(c.framework(), result.evidenced()))
                            + ". Evidence linked: "
                            + (claim == null ? 0 : claim.evidence().size()) + ".")
                    .close("p")
                    .line();
            level(h, c, cr, i, values.levels().getOrDefault(cr.id(), ""), errors);
            String rationaleId = "rationale-" + i;
            FormFields.field(h, rationaleId, "Rationale", errors);
            FormFields.textarea(
                    h,
                    rationaleId,
                    "rationale." + cr.id(),
                    values.rationales().getOrDefault(cr.id(), ""),
                    null,
                    errors);
            FormFields.closeField(h);
            h.close("fieldset").line();
        }
    }

    /** The level of the i-th criterion: one of the scale's, or the one the file holds when it is none of them. */
    private static void level(HtmlWriter h, ModuleReview c, Criterion cr, int i, String chosen, FieldErrors errors) {
        String levelId = "level-" + i;
        FormFields.field(h, levelId, "Validated level", errors);
        h.open(
                "select",
                "id",
                levelId,
                "name",
                "level." + cr.id(),
                "aria-describedby",
                FormFields.describedBy(levelId, "context-" + i, errors),
                "aria-invalid",
                FormFields.invalid(levelId, errors));
        h.element("option", "Not validated", "value", "", "selected", chosen.isEmpty() ? "" : null);
        for (MaturityLevel level : c.framework().scale().levels()) {
            h.element(
                    "option",
                    level.label(),
                    "value",
                    level.id(),
                    "selected",
                    level.id().equals(chosen) ? "" : null);
        }
        if (!chosen.isEmpty() && c.framework().scale().level(chosen).isEmpty()) {
            h.element("option", chosen, "value", chosen, "selected", "");
        }
        h.close("select").line();
        FormFields.closeField(h);
    }

    /** The recommendations, and an empty one to add another. */
    private static void recommendations(HtmlWriter h, List<Recommendation> given, FieldErrors errors) {
        h.element("h2", "Recommendations").line();
        h.element(
                        "p",
                        "Each needs an id that is unique in the review, such as R3, and the recommendation. Leave both empty to remove one.",
                        "class",
                        "hint")
                .line();
        List<Recommendation> recs = new ArrayList<>(given);
        recs.add(null);
        for (int i = 0; i < recs.size(); i++) {
            Recommendation rec = recs.get(i);
            h.open("fieldset")
                    .element("legend", rec == null ? "New recommendation" : "Recommendation " + (i + 1))
                    .line();
            String idField = "rec-id-" + i;
            FormFields.field(h, idField, "Id", errors);
            FormFields.input(h, idField, "rec-id", rec == null ? "" : rec.id(), null, errors);
            FormFields.closeField(h);
            String textField = "rec-text-" + i;
            FormFields.field(h, textField, "Recommendation", errors);
            FormFields.textarea(h, textField, "rec-text", rec == null ? "" : rec.text(), null, errors);
            FormFields.closeField(h);
            h.close("fieldset").line();
        }
    }
}
