package io.github.equalityframework.cli.serve;

import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.model.ActionStatus;
import java.util.List;
import java.util.Locale;

/**
 * The form under one action of the plan page: its status (with the checks' warnings about it), completion date, a
 * new dated progress note, where it was reported, and the next steps. Field ids end in {@link ActionAt#suffix()}.
 */
final class PlanActionForm {
    private PlanActionForm() {}

    /**
     * @param hash     the plan file's hash when the page was made, sent back with the form
     * @param values   what the fields show: the action as the file has it, or as the form was sent
     * @param errors   the problems of a refused save of this form
     * @param warnings the checks' findings about the action
     */
    static void write(
            HtmlWriter h,
            PageRequest r,
            ServedFolder.Entry e,
            String hash,
            ActionAt at,
            PlanForm values,
            FieldErrors errors,
            List<String> warnings) {
        String n = at.suffix();
        h.open("form", "method", "post", "action", r.of(e, "/plan"), "novalidate", "", "id", "update" + n)
                .line();
        h.open("input", "type", "hidden", "name", "csrf", "value", r.csrf())
                .open("input", "type", "hidden", "name", "hash", "value", hash)
                .open("input", "type", "hidden", "name", "action", "value", values.action())
                .line();
        h.open("fieldset").element("legend", "Update action " + values.action()).line();
        status(h, "status" + n, values, errors, warnings);
        FormFields.hinted(
                h,
                "completed" + n,
                "completed",
                "Completed on",
                "As YYYY-MM-DD, when the status is complete; today unless it was completed on another day. The"
                        + " progress report judges on time or late from this date.",
                values.completed(),
                errors);
        FormFields.hinted(
                h,
                "date" + n,
                "date",
                "Date of the progress note",
                "As YYYY-MM-DD; today unless the progress was reported on another day.",
                values.date(),
                errors);
        String noteId = "note" + n;
        FormFields.field(h, noteId, "Progress note", errors);
        h.element(
                        "p",
                        "What happened; added after the earlier notes. Leave it empty to add no note.",
                        "class",
                        "hint",
                        "id",
                        noteId + "-hint")
                .line();
        FormFields.textarea(h, noteId, "note", values.note(), noteId + "-hint", errors);
        FormFields.closeField(h);
        String reportedId = "reported" + n;
        FormFields.field(h, reportedId, "Reported to (optional)", errors);
        FormFields.input(h, reportedId, "reported-to", values.reportedTo(), null, errors);
        FormFields.closeField(h);
        String nextId = "next" + n;
        FormFields.field(h, nextId, "Next steps", errors);
        FormFields.textarea(h, nextId, "next-steps", values.nextSteps(), null, errors);
        FormFields.closeField(h);
        FormFields.savingKeeps(h, e.plan());
        h.open("button", "type", "submit")
                .text("Save action " + values.action())
                .close("button")
                .line();
        h.close("fieldset").line().close("form").line();
    }

    /** The status: one of the statuses, or the one the file holds when it is none of them. */
    private static void status(HtmlWriter h, String id, PlanForm values, FieldErrors errors, List<String> warnings) {
        FormFields.field(h, id, "Status", errors);
        for (int k = 0; k < warnings.size(); k++) {
            h.element("p", warnings.get(k), "class", "warning", "id", id + "-warning-" + k)
                    .line();
        }
        String describedBy = FormFields.describedBy(id, null, errors);
        for (int k = 0; k < warnings.size(); k++) {
            describedBy = (describedBy == null ? "" : describedBy + " ") + id + "-warning-" + k;
        }
        h.open(
                "select",
                "id",
                id,
                "name",
                "status",
                "aria-describedby",
                describedBy,
                "aria-invalid",
                FormFields.invalid(id, errors));
        boolean known = false;
        for (ActionStatus s : ActionStatus.values()) {
            String value = s.name().toLowerCase(Locale.ROOT);
            known |= value.equals(values.status());
            h.element(
                    "option",
                    Workspace.words(s.name()),
                    "value",
                    value,
                    "selected",
                    value.equals(values.status()) ? "" : null);
        }
        if (!known) {
            h.element("option", values.status(), "value", values.status(), "selected", "");
        }
        h.close("select").line();
        FormFields.closeField(h);
    }
}
