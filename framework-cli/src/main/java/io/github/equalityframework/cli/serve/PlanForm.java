package io.github.equalityframework.cli.serve;

import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.problem.ValidationProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The update form of one action on the plan page of {@code eflg serve}: its status, a new dated progress note and
 * the next steps. What it changes is applied to the plan's document rather than to the model, so that a value
 * the model cannot hold (a date such as 2025-02-30) reaches the reader and gets the CLI's own message.
 *
 * @param action     the id of the action
 * @param status     the status as written in the file, e.g. {@code on_track}
 * @param completed  the completion date as typed; kept only when the status is complete, and today when left empty
 * @param date       the new note's date as typed
 * @param note       the new note; blank adds none
 * @param reportedTo where the new note was reported, may be blank
 * @param nextSteps  the next steps; blank removes them
 */
record PlanForm(
        String action, String status, String completed, String date, String note, String reportedTo, String nextSteps) {
    private static final String COMPLETE = "complete";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern ACTION = Pattern.compile(
            "^entries\\[(\\d{1,9})]\\.actions\\[(\\d{1,9})](?:\\.(status|completed|nextSteps|progress\\[(\\d{1,9})]\\.(date|note|reportedTo)))?");

    /** The form as the plan has it: a note dated today, still to be written. */
    static PlanForm of(PlannedAction action, LocalDate today) {
        return new PlanForm(
                action.id(),
                action.status() == null ? "" : action.status().name().toLowerCase(Locale.ROOT),
                action.completed() != null ? action.completed().toString() : today.toString(),
                today.toString(),
                "",
                "",
                action.nextSteps() == null ? "" : action.nextSteps());
    }

    /**
     * The form as submitted: fields {@code action}, {@code status}, {@code completed}, {@code date}, {@code note},
     * {@code reported-to}, {@code next-steps}. A complete action is completed today unless another day is given; an
     * action not complete has no completion date.
     */
    static PlanForm of(Map<String, List<String>> form, LocalDate today) {
        String status = first(form, "status").strip();
        String completed = first(form, "completed").strip();
        return new PlanForm(
                first(form, "action"),
                status,
                !status.equals(COMPLETE) ? "" : completed.isEmpty() ? today.toString() : completed,
                first(form, "date").strip(),
                normalise(first(form, "note")),
                normalise(first(form, "reported-to")),
                normalise(first(form, "next-steps")));
    }

    /**
     * The plan's document (as JSON, which the codec reads with its YAML rules) with the form applied to the action
     * {@code at}; a new note goes after the others, since notes are kept oldest first.
     */
    String applyTo(ActionPlan plan, ActionAt at, ModelCodec codec) {
        JsonNode root = JSON.readTree(codec.write(plan, Format.JSON));
        ObjectNode action =
                (ObjectNode) root.get("entries").get(at.entry()).get("actions").get(at.action());
        set(action, "status", status);
        set(action, "completed", completed);
        set(action, "nextSteps", nextSteps);
        if (addsNote()) {
            JsonNode existing = action.get("progress");
            ArrayNode notes = existing instanceof ArrayNode a ? a : action.putArray("progress");
            ObjectNode added = notes.addObject();
            set(added, "date", date);
            set(added, "note", note);
            set(added, "reportedTo", reportedTo);
        }
        return JSON.writeValueAsString(root);
    }

    /**
     * What the form says that no file could be refused for but cannot be true: a completion after today. Paths are
     * within the plan file.
     */
    List<ValidationProblem> refusals(LocalDate today, ActionAt at) {
        try {
            LocalDate day = LocalDate.parse(completed);
            if (day.isAfter(today)) {
                return List.of(ValidationProblem.at(
                        at.path() + ".completed",
                        "the completion date " + day + " is after today (" + today
                                + "): give the day the action was completed"));
            }
        } catch (java.time.format.DateTimeParseException notADate) {
            // the reader refuses it with its own message
        }
        return List.of();
    }

    boolean addsNote() {
        return !note.isEmpty();
    }

    /**
     * The id of the form field a problem of the plan (a path within the plan file) is about, or {@code null} when it
     * is about none of the form's fields for the action {@code at}; {@code notes} is how many progress notes the
     * action has with the form applied. Field ids end in {@link ActionAt#suffix()}: {@code status},
     * {@code date}, {@code note}, {@code reported}, {@code next}; a problem with the action as a whole goes to its status.
     */
    String field(ValidationProblem problem, ActionAt at, int notes) {
        Matcher m = ACTION.matcher(problem.path());
        if (!m.find() || Integer.parseInt(m.group(1)) != at.entry() || Integer.parseInt(m.group(2)) != at.action()) {
            return null;
        }
        String suffix = at.suffix();
        if (m.group(3) == null) {
            return m.end() == problem.path().length() ? "status" + suffix : null;
        }
        if (m.group(4) != null) {
            boolean added = addsNote() && Integer.parseInt(m.group(4)) == notes - 1;
            return !added
                    ? null
                    : switch (m.group(5)) {
                        case "date" -> "date" + suffix;
                        case "note" -> "note" + suffix;
                        default -> "reported" + suffix;
                    };
        }
        return switch (m.group(3)) {
                    case "status" -> "status";
                    case "completed" -> "completed";
                    default -> "next";
                }
                + suffix;
    }

    private static void set(ObjectNode node, String name, String value) {
        if (value.isEmpty()) {
            node.remove(name);
        } else {
            node.put(name, value);
        }
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    /** Browsers send CR LF line ends; the YAML files use LF. */
    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
