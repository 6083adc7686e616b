package io.github.equalityframework.cli.serve;

import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.problem.ValidationProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts the review and plan forms share: a labelled field with its errors, text boxes, what saving keeps, and
 * the boxes above a form that say it was saved, not saved, or why.
 */
final class FormFields {
    private FormFields() {}

    /** Opens a field: its label and the errors about it. {@link #closeField} ends it. */
    static void field(HtmlWriter h, String id, String label, FieldErrors errors) {
        h.open("div", "class", errors.has(id) ? "invalid" : null)
                .element("label", label, "for", id)
                .line();
        for (String message : errors.messages(id)) {
            // The validator's messages about a value ("is required", "must not be blank") read after the field's name.
            String shown = message.startsWith("is ") || message.startsWith("must ") ? label + " " + message : message;
            h.element("p", "Error: " + shown, "class", "error", "id", id + "-error")
                    .line();
        }
    }

    static void closeField(HtmlWriter h) {
        h.close("div").line();
    }

    static void textarea(HtmlWriter h, String id, String name, String value, String hint, FieldErrors errors) {
        // A newline after the start tag is dropped by HTML parsers, so text that starts with one keeps it.
        h.open(
                        "textarea",
                        "id",
                        id,
                        "name",
                        name,
                        "rows",
                        "3",
                        "aria-describedby",
                        describedBy(id, hint, errors),
                        "aria-invalid",
                        invalid(id, errors))
                .line()
                .text(value)
                .close("textarea")
                .line();
    }

    /** A one-line text box. */
    static void input(HtmlWriter h, String id, String name, String value, String hint, FieldErrors errors) {
        h.open(
                "input",
                "type",
                "text",
                "id",
                id,
                "name",
                name,
                "value",
                value,
                "aria-describedby",
                describedBy(id, hint, errors),
                "aria-invalid",
                invalid(id, errors));
    }

    /** A labelled one-line field with its hint and any error, as the plan form asks for its dates. */
    static void hinted(
            HtmlWriter h, String id, String name, String label, String hint, String value, FieldErrors errors) {
        field(h, id, label, errors);
        h.element("p", hint, "class", "hint", "id", id + "-hint").line();
        input(h, id, name, value, id + "-hint", errors);
        closeField(h);
    }

    /** A list of text boxes, one per item and an empty one to add another. */
    static void list(
            HtmlWriter h, String heading, String name, String itemLabel, List<String> items, FieldErrors errors) {
        h.element("h2", heading).line();
        h.element("p", "One per box; leave a box empty to remove it. Save to get another empty box.", "class", "hint")
                .line();
        List<String> shown = new ArrayList<>(items);
        shown.add("");
        for (int i = 0; i < shown.size(); i++) {
            String id = name + "-" + i;
            field(
                    h,
                    id,
                    i < items.size() ? itemLabel + " " + (i + 1) : "New " + itemLabel.toLowerCase(Locale.ROOT),
                    errors);
            textarea(h, id, name, shown.get(i), null, errors);
            closeField(h);
        }
    }

    static String describedBy(String id, String hint, FieldErrors errors) {
        String error = errors.has(id) ? id + "-error" : null;
        return hint == null ? error : error == null ? hint : hint + " " + error;
    }

    static String invalid(String id, FieldErrors errors) {
        return errors.has(id) ? "true" : null;
    }

    /**
     * Says before saving what a save keeps (a reviewer who also edits the file in a text editor must know): only
     * what the form changes is rewritten, comments and layout elsewhere stay as they are.
     */
    static void savingKeeps(HtmlWriter h, Path file) {
        h.element(
                        "p",
                        "Saving changes only what you edit here in " + file.getFileName()
                                + ": comments and layout everywhere else in it are kept.",
                        "class",
                        "hint")
                .line();
    }

    /** The box that says the file was saved. */
    static void notice(HtmlWriter h, String notice) {
        if (notice != null) {
            h.open("div", "class", "notice", "role", "status")
                    .element("p", notice)
                    .close("div")
                    .line();
        }
    }

    /** The box that says nothing was saved because the file changed, with a link to reload it. */
    static void conflict(HtmlWriter h, String conflict, String reload, String href) {
        if (conflict != null) {
            h.open("div", "class", "summary", "role", "alert")
                    .element("h2", "Not saved: the file has changed")
                    .line()
                    .element("p", conflict)
                    .open("p")
                    .element("a", reload, "href", href)
                    .close("p")
                    .line()
                    .close("div")
                    .line();
        }
    }

    /**
     * The box that says nothing was saved because of problems, listed as {@code option} of eflg assess reports them;
     * a problem with a field of the form links to it, so that the keyboard gets there in one step.
     */
    static void problems(HtmlWriter h, String option, List<ValidationProblem> problems, FieldErrors errors) {
        if (problems.isEmpty()) {
            return;
        }
        h.open("div", "class", "summary", "role", "alert", "tabindex", "-1")
                .element("h2", "Not saved: there is a problem")
                .line();
        h.element("p", "eflg assess " + option + " would report these (file:line:column: path: message):")
                .open("ul", "class", "problems");
        for (ValidationProblem p : problems) {
            if (errors.fieldOf().containsKey(p)) {
                h.open("li")
                        .element("a", p.format(), "href", "#" + errors.fieldOf().get(p))
                        .close("li")
                        .line();
            } else {
                h.element("li", p.format());
            }
        }
        h.close("ul").line().close("div").line();
    }
}
