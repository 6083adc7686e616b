package io.github.equalityframework.xlsx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.problem.DataPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The action plan as CSV, one line per planned action, read and written as {@link RegisterCsv} reads and writes
 * the evidence register (the same reader and writer, formula injection neutralised, problems placed as
 * {@code file:line:column}). An action's latest progress note is on its line; earlier notes, revisions, the
 * completion date, an action's own roles and the plan's title and status are not, and
 * {@link #keepingWhatTheCsvHasNoColumnFor} takes them from the plan the CSV was exported from. Stateless and safe
 * to share between threads.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ActionPlanCsv {
    private static final List<String> ACTIONS = List.of(
            "recommendation",
            "objective",
            "module",
            "roles",
            "response",
            "comment",
            "action id",
            "action",
            "lead",
            "due",
            "timescale",
            "status",
            "progress date",
            "progress",
            "next steps");
    /** Plans written before these columns existed are read as having none of them. */
    private static final List<String> OPTIONAL = List.of("objective", "progress date", "progress");
    /** The entry's fields come first; the action's from here. */
    private static final int FIRST_ACTION_FIELD = ACTIONS.indexOf("action id");

    /** A CSV reader and writer; it holds no state. */
    public ActionPlanCsv() {}

    /**
     * The action plan as CSV: a line per action, its recommendation (or objective), module, roles, response and
     * comment on every line (an entry without actions has a line of its own); roles as their ids separated by
     * {@code ;}, an action's timescale as its due date ({@code YYYY-MM-DD}) and its period in words, either may be
     * empty, and its latest progress note as a date and the note.
     *
     * @param plan the action plan
     * @return the CSV text, lines ending in CRLF as RFC 4180 has them
     */
    public String write(ActionPlan plan) {
        StringBuilder out = new StringBuilder();
        CsvTable.line(out, ACTIONS);
        for (ActionPlanEntry entry : plan.entries()) {
            List<PlannedAction> actions =
                    entry.actions().isEmpty() ? Arrays.asList((PlannedAction) null) : entry.actions();
            for (PlannedAction a : actions) {
                List<String> values = new ArrayList<>(Arrays.asList(
                        entry.recommendation(),
                        entry.objective(),
                        entry.module(),
                        Roles.write(entry.roles(), "; "),
                        entry.response() == null ? null : WorkbookWriter.lower(entry.response()),
                        entry.comment()));
                if (a == null) {
                    values.addAll(Collections.nCopies(ACTIONS.size() - FIRST_ACTION_FIELD, null));
                } else {
                    ProgressNote latest = a.progress().isEmpty()
                            ? null
                            : a.progress().get(a.progress().size() - 1);
                    values.addAll(Arrays.asList(
                            a.id(),
                            a.description(),
                            a.lead(),
                            a.due() == null ? null : a.due().toString(),
                            a.timescale(),
                            a.status() == null ? null : WorkbookWriter.lower(a.status()),
                            latest == null || latest.date() == null
                                    ? null
                                    : latest.date().toString(),
                            latest == null ? null : latest.note(),
                            a.nextSteps()));
                }
                CsvTable.line(out, values);
            }
        }
        return out.toString();
    }

    /**
     * Reads an action plan written by {@link #write}: consecutive lines with the same recommendation, objective,
     * module, roles, response and comment are one entry. Roles may be given by id or by name ({@code Community
     * leader}), separated by {@code ;} or {@code ,}. An action's progress date and note become its one progress
     * note.
     *
     * @param csv      the CSV text
     * @param source   the name to report problems under
     * @param agreedOn when the plan was agreed (not part of the CSV), may be {@code null}
     * @return the plan and every problem found
     */
    public ReadResult<ActionPlan> read(String csv, String source, LocalDate agreedOn) {
        CsvTable.Table table = CsvTable.Table.parse(csv, source, ACTIONS, OPTIONAL);
        List<Draft> entries = new ArrayList<>();
        List<PlannedAction> actions = null;
        List<String> previous = null;
        for (CsvTable.Row row : table.rows) {
            List<String> key = ACTIONS.subList(0, FIRST_ACTION_FIELD).stream()
                    .map(row::get)
                    .toList();
            if (actions == null || !key.equals(previous)) {
                DataPath path =
                        DataPath.root().field("actionPlan").field("entries").index(entries.size());
                table.place(path, row, 0);
                actions = new ArrayList<>();
                entries.add(new Draft(
                        table.text(row, "recommendation", path.field("recommendation")),
                        table.text(row, "objective", path.field("objective")),
                        table.text(row, "module", path.field("module")),
                        table.roles(row, "roles", path.field("roles")),
                        table.choice(row, "response", path.field("response"), RecommendationResponse.class),
                        table.text(row, "comment", path.field("comment")),
                        actions));
                previous = key;
            }
            boolean hasAction =
                    ACTIONS.subList(FIRST_ACTION_FIELD, ACTIONS.size()).stream().anyMatch(h -> row.get(h) != null);
            if (hasAction) {
                DataPath path = DataPath.root()
                        .field("actionPlan")
                        .field("entries")
                        .index(entries.size() - 1)
                        .field("actions")
                        .index(actions.size());
                table.place(path, row, FIRST_ACTION_FIELD);
                LocalDate noted = table.date(
                        row, "progress date", path.field("progress").index(0).field("date"));
                String note = table.text(
                        row, "progress", path.field("progress").index(0).field("note"));
                actions.add(new PlannedAction(
                        table.text(row, "action id", path.field("id")),
                        table.text(row, "action", path.field("description")),
                        table.text(row, "lead", path.field("lead")),
                        table.date(row, "due", path.field("due")),
                        table.text(row, "timescale", path.field("timescale")),
                        table.choice(row, "status", path.field("status"), ActionStatus.class),
                        noted == null && note == null ? List.of() : List.of(new ProgressNote(noted, note, null)),
                        table.text(row, "next steps", path.field("nextSteps"))));
            }
        }
        List<ActionPlanEntry> done = entries.stream()
                .map(e -> new ActionPlanEntry(
                        e.recommendation(),
                        e.objective(),
                        null,
                        e.module(),
                        e.roles(),
                        e.response(),
                        e.comment(),
                        e.actions()))
                .toList();
        return table.result(table.broken ? null : new ActionPlan(agreedOn, done));
    }

    /**
     * The plan read from CSV with what the CSV has no column for taken from the plan it was exported from: the
     * plan's title, status, adoption and agreement; an entry's text (matched by recommendation and objective); an
     * action's own roles, completion date, revisions and earlier progress notes (matched by action id). A progress
     * note on the CSV line that is not the action's latest is added after the others, so a note written in a
     * spreadsheet joins the action's history; a blank one leaves the history as it was.
     *
     * @param read     the plan read from CSV
     * @param exported the plan it was exported from, may be {@code null} (then {@code read} is returned)
     * @return the plan to keep
     */
    public static ActionPlan keepingWhatTheCsvHasNoColumnFor(ActionPlan read, ActionPlan exported) {
        if (exported == null) {
            return read;
        }
        Map<List<String>, ActionPlanEntry> entries = new HashMap<>();
        Map<String, PlannedAction> actions = new HashMap<>();
        for (ActionPlanEntry e : exported.entries()) {
            entries.putIfAbsent(Arrays.asList(e.recommendation(), e.objective()), e);
            e.actions().forEach(a -> actions.putIfAbsent(a.id(), a));
        }
        List<ActionPlanEntry> merged = new ArrayList<>();
        for (ActionPlanEntry e : read.entries()) {
            ActionPlanEntry before = entries.get(Arrays.asList(e.recommendation(), e.objective()));
            List<PlannedAction> kept = e.actions().stream()
                    .map(a -> keeping(a, actions.get(a.id())))
                    .toList();
            merged.add(e.toBuilder()
                    .text(before == null ? e.text() : before.text())
                    .actions(kept)
                    .build());
        }
        return exported.withEntries(merged);
    }

    private static PlannedAction keeping(PlannedAction read, PlannedAction before) {
        if (before == null) {
            return read;
        }
        List<ProgressNote> progress = new ArrayList<>(before.progress());
        if (!read.progress().isEmpty()) {
            ProgressNote note = read.progress().get(0);
            ProgressNote latest = progress.isEmpty() ? null : progress.get(progress.size() - 1);
            boolean same = latest != null
                    && Objects.equals(latest.date(), note.date())
                    && Objects.equals(latest.note(), note.note());
            if (!same) {
                progress.add(note);
            }
        }
        return read.toBuilder()
                .roles(before.roles())
                .completed(before.completed())
                .revisions(before.revisions())
                .progress(progress)
                .build();
    }

    /** An entry whose actions are still being read (the model's entry copies its list when made). */
    private record Draft(
            String recommendation,
            String objective,
            String module,
            List<CouncilRole> roles,
            RecommendationResponse response,
            String comment,
            List<PlannedAction> actions) {}
}
