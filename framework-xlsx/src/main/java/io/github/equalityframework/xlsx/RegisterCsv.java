package io.github.equalityframework.xlsx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.problem.ValidationProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The evidence register and the action plan as CSV, for councils that keep them in other tools.
 *
 * <p>Export neutralises spreadsheet formula injection: a value that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return (after any apostrophes) gets an apostrophe in front,
 * so that a spreadsheet shows it as text instead of running it; import takes that one apostrophe off
 * again, so the round trip is exact. Problems on import are placed as {@code file:line:column}, the
 * column being the field's number; a quote never closed, or text after a closing quote, is such a problem,
 * and then nothing is read. The action plan's progress notes are not part of its CSV. Stateless
 * and safe to share between threads.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RegisterCsv {
    private static final List<String> EVIDENCE =
            List.of("id", "title", "kind", "date", "location", "characteristics", "owner");
    private static final List<String> ACTIONS = List.of(
            "recommendation",
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
            "next steps");
    /** The entry's fields come first; the action's from here. */
    private static final int FIRST_ACTION_FIELD = ACTIONS.indexOf("action id");

    /** Every record a list of text fields, the first one the header; RFC 4180 quoting. */
    private static final ObjectReader CSV = CsvMapper.builder().build().reader().with(CsvSchema.emptySchema());

    private static final Pattern NEUTRALISED = Pattern.compile("^'+[=+\\-@\\t\\r]");
    private static final Pattern DANGEROUS = Pattern.compile("^'*[=+\\-@\\t\\r]");

    /** A CSV reader and writer; it holds no state. */
    public RegisterCsv() {}

    /**
     * The evidence register as CSV: a header and a line per item; characteristics separated by {@code ;}.
     *
     * @param evidence the register
     * @return the CSV text, lines ending in CRLF as RFC 4180 has them
     */
    public String writeEvidence(List<EvidenceItem> evidence) {
        StringBuilder out = new StringBuilder();
        line(out, EVIDENCE);
        for (EvidenceItem e : evidence) {
            line(
                    out,
                    Arrays.asList(
                            e.id(),
                            e.title(),
                            e.kind(),
                            e.date() == null ? null : e.date().toString(),
                            e.location(),
                            String.join("; ", e.characteristics()),
                            e.owner()));
        }
        return out.toString();
    }

    /**
     * The action plan as CSV: a line per action, its recommendation, module, roles, response and comment on
     * every line (an entry without actions has a line of its own); roles as their ids separated by {@code ;},
     * an action's timescale as its due date ({@code YYYY-MM-DD}) and its period in words, either may be empty.
     *
     * @param plan the action plan
     * @return the CSV text
     */
    public String writeActionPlan(ActionPlan plan) {
        StringBuilder out = new StringBuilder();
        line(out, ACTIONS);
        for (ActionPlanEntry entry : plan.entries()) {
            List<PlannedAction> actions =
                    entry.actions().isEmpty() ? Arrays.asList((PlannedAction) null) : entry.actions();
            for (PlannedAction a : actions) {
                List<String> values = new ArrayList<>(Arrays.asList(
                        entry.recommendation(),
                        entry.module(),
                        Roles.write(entry.roles(), "; "),
                        entry.response() == null ? null : WorkbookWriter.lower(entry.response()),
                        entry.comment()));
                if (a == null) {
                    values.addAll(java.util.Collections.nCopies(ACTIONS.size() - FIRST_ACTION_FIELD, null));
                } else {
                    values.addAll(Arrays.asList(
                            a.id(),
                            a.description(),
                            a.lead(),
                            a.due() == null ? null : a.due().toString(),
                            a.timescale(),
                            a.status() == null ? null : WorkbookWriter.lower(a.status()),
                            a.nextSteps()));
                }
                line(out, values);
            }
        }
        return out.toString();
    }

    /**
     * Reads an evidence register written by {@link #writeEvidence} or by another tool with the same header.
     *
     * @param csv    the CSV text
     * @param source the name to report problems under
     * @return the register and every problem found
     */
    public ReadResult<List<EvidenceItem>> readEvidence(String csv, String source) {
        Table table = Table.parse(csv, source, EVIDENCE);
        List<EvidenceItem> items = new ArrayList<>();
        for (Row row : table.rows) {
            String path = "evidence[" + items.size() + "]";
            table.place(path, row, 0);
            String characteristics = row.get("characteristics");
            List<String> ids = characteristics == null
                    ? List.of()
                    : Arrays.stream(characteristics.split(";"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
            items.add(new EvidenceItem(
                    table.text(row, "id", path + ".id"),
                    table.text(row, "title", path + ".title"),
                    table.text(row, "kind", path + ".kind"),
                    table.date(row, "date", path + ".date"),
                    table.text(row, "location", path + ".location"),
                    ids,
                    table.text(row, "owner", path + ".owner")));
        }
        return table.result(table.broken ? null : items);
    }

    /**
     * Reads an action plan written by {@link #writeActionPlan}: consecutive lines with the same
     * recommendation, module, roles, response and comment are one entry. Roles may be given by id or by
     * name ({@code Community leader}), separated by {@code ;} or {@code ,}.
     *
     * @param csv      the CSV text
     * @param source   the name to report problems under
     * @param agreedOn when the plan was agreed (not part of the CSV), may be {@code null}
     * @return the plan and every problem found
     */
    public ReadResult<ActionPlan> readActionPlan(String csv, String source, LocalDate agreedOn) {
        Table table = Table.parse(csv, source, ACTIONS);
        List<Draft> entries = new ArrayList<>();
        List<PlannedAction> actions = null;
        List<String> previous = null;
        for (Row row : table.rows) {
            List<String> key = ACTIONS.subList(0, FIRST_ACTION_FIELD).stream()
                    .map(row::get)
                    .toList();
            if (actions == null || !key.equals(previous)) {
                String path = "actionPlan.entries[" + entries.size() + "]";
                table.place(path, row, 0);
                actions = new ArrayList<>();
                entries.add(new Draft(
                        table.text(row, "recommendation", path + ".recommendation"),
                        table.text(row, "module", path + ".module"),
                        table.roles(row, "roles", path + ".roles"),
                        table.choice(row, "response", path + ".response", RecommendationResponse.class),
                        table.text(row, "comment", path + ".comment"),
                        actions));
                previous = key;
            }
            boolean hasAction =
                    ACTIONS.subList(FIRST_ACTION_FIELD, ACTIONS.size()).stream().anyMatch(h -> row.get(h) != null);
            if (hasAction) {
                String path = "actionPlan.entries[" + (entries.size() - 1) + "].actions[" + actions.size() + "]";
                table.place(path, row, FIRST_ACTION_FIELD);
                actions.add(new PlannedAction(
                        table.text(row, "action id", path + ".id"),
                        table.text(row, "action", path + ".description"),
                        table.text(row, "lead", path + ".lead"),
                        table.date(row, "due", path + ".due"),
                        table.text(row, "timescale", path + ".timescale"),
                        table.choice(row, "status", path + ".status", ActionStatus.class),
                        List.of(),
                        table.text(row, "next steps", path + ".nextSteps")));
            }
        }
        List<ActionPlanEntry> done = entries.stream()
                .map(e -> new ActionPlanEntry(
                        e.recommendation(), e.module(), e.roles(), e.response(), e.comment(), e.actions()))
                .toList();
        return table.result(table.broken ? null : new ActionPlan(agreedOn, done));
    }

    /** An entry whose actions are still being read (the model's entry copies its list when made). */
    private record Draft(
            String recommendation,
            String module,
            List<CouncilRole> roles,
            RecommendationResponse response,
            String comment,
            List<PlannedAction> actions) {}

    // ---- writing

    private static void line(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(values.get(i)));
        }
        out.append("\r\n");
    }

    /** A value as a CSV field: neutralised if a spreadsheet would run it, quoted when it must be. */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = DANGEROUS.matcher(value).find() ? "'" + value : value;
        boolean quote = safe.contains(",")
                || safe.contains("\"")
                || safe.contains("\n")
                || safe.contains("\r")
                || !safe.equals(safe.strip());
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    // ---- reading

    /** One data line: its fields by header and where each started. */
    private record Row(Map<String, String> values, Map<String, int[]> at) {
        String get(String header) {
            return values.get(header);
        }
    }

    /** A parsed CSV file, the problems found and where each value came from. */
    private static final class Table {
        private final String source;
        private final List<String> headers;
        private final List<Row> rows = new ArrayList<>();
        private final List<ValidationProblem> problems = new ArrayList<>();
        private final Map<String, SourceLocation> places = new HashMap<>();
        private boolean broken;

        private Table(String source, List<String> headers) {
            this.source = source;
            this.headers = headers;
        }

        static Table parse(String csv, String source, List<String> expected) {
            Table table = new Table(source, expected);
            List<List<String>> records = new ArrayList<>();
            List<List<int[]>> starts = new ArrayList<>();
            String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
            if (!table.read(text, records, starts)) {
                return table;
            }
            if (records.isEmpty()) {
                table.fail(1, 1, "the file is empty; the first line must be the header: " + String.join(",", expected));
                return table;
            }
            List<String> header = records.get(0).stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            List<String> missing =
                    expected.stream().filter(h -> !header.contains(h)).toList();
            if (!missing.isEmpty()) {
                table.fail(
                        1,
                        1,
                        "the header has no column "
                                + missing.stream().map(h -> "'" + h + "'").collect(Collectors.joining(", "))
                                + "; expected: " + String.join(",", expected));
                return table;
            }
            for (int r = 1; r < records.size(); r++) {
                List<String> record = records.get(r);
                if (record.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                Map<String, int[]> at = new HashMap<>();
                for (String h : expected) {
                    int index = header.indexOf(h);
                    String value = index < record.size() ? record.get(index) : "";
                    values.put(h, value.isEmpty() ? null : unneutralise(value));
                    at.put(
                            h,
                            index < record.size()
                                    ? starts.get(r).get(index)
                                    : starts.get(r).get(0));
                }
                table.rows.add(new Row(values, at));
            }
            return table;
        }

        /**
         * Reads the records of the text into {@code records}, with the line and field number each field starts
         * at; false, with the problem, when the CSV is broken: a quote never closed, or text after a closing
         * quote. Reading stops there, since every record after it would be misread.
         */
        private boolean read(String text, List<List<String>> records, List<List<int[]>> starts) {
            try (JsonParser parser = CSV.createParser(text)) {
                List<String> fields = new ArrayList<>();
                List<int[]> at = new ArrayList<>();
                int line = 1; // where the next field starts
                for (JsonToken token = next(parser, line, fields.size() + 1);
                        token != null;
                        token = next(parser, line, fields.size() + 1)) {
                    if (token == JsonToken.VALUE_STRING) {
                        fields.add(parser.getString());
                        at.add(new int[] {parser.currentTokenLocation().getLineNr(), fields.size()});
                    } else if (token == JsonToken.END_ARRAY) {
                        records.add(fields);
                        starts.add(at);
                        fields = new ArrayList<>();
                        at = new ArrayList<>();
                    }
                    line = parser.currentLocation().getLineNr();
                }
                return true;
            } catch (BrokenCsv e) {
                return false;
            }
        }

        /** The next token; a broken value is reported at its line, and ends the reading. */
        private JsonToken next(JsonParser parser, int line, int field) {
            try {
                return parser.nextToken();
            } catch (JacksonException e) {
                String reason = e.getOriginalMessage();
                if (reason.startsWith("Missing closing quote")) {
                    fail(
                            line,
                            field,
                            "the quote that opens this value is never closed, so the rest of the file would be one"
                                    + " value; end the value with a quote, and write a quote inside it twice (\"\")");
                } else if (reason.contains("Expected column separator")) {
                    fail(
                            e.getLocation().getLineNr(),
                            field,
                            "text after the closing quote of a value; quote the whole value, and write a quote"
                                    + " inside it twice (\"\")");
                } else {
                    fail(line, field, "the CSV cannot be read here: " + reason);
                }
                throw new BrokenCsv();
            }
        }

        /** Ends the reading of a broken file, its problem recorded. */
        private static final class BrokenCsv extends RuntimeException {
            BrokenCsv() {
                super(null, null, false, false);
            }
        }

        private void fail(int line, int column, String message) {
            broken = true;
            problems.add(new ValidationProblem("", message, new SourceLocation(source, line, column)));
        }

        void place(String path, Row row, int headerIndex) {
            int[] at = row.at().get(headers.get(headerIndex));
            places.putIfAbsent(path, new SourceLocation(source, at[0], at[1]));
        }

        private SourceLocation at(Row row, String header) {
            int[] at = row.at().get(header);
            return new SourceLocation(source, at[0], at[1]);
        }

        String text(Row row, String header, String path) {
            places.putIfAbsent(path, at(row, header));
            return row.get(header);
        }

        LocalDate date(Row row, String header, String path) {
            String value = text(row, header, path);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                problems.add(new ValidationProblem(
                        path,
                        "'" + value + "' is not a valid date; expected a real calendar date as"
                                + " YYYY-MM-DD, e.g. 2024-03-31",
                        at(row, header)));
                return null;
            }
        }

        /** Roles by id or name, separated by semicolons or commas; each unknown one is reported and left out. */
        List<CouncilRole> roles(Row row, String header, String path) {
            String value = text(row, header, path);
            if (value == null) {
                return List.of();
            }
            List<String> items = Arrays.stream(value.split("[;,]"))
                    .map(String::strip)
                    .filter(r -> !r.isEmpty())
                    .toList();
            List<CouncilRole> roles = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                CouncilRole role = Roles.parse(items.get(i)).orElse(null);
                if (role == null) {
                    problems.add(new ValidationProblem(
                            path + "[" + i + "]", Roles.unknown(items.get(i), "semicolons"), at(row, header)));
                } else {
                    places.putIfAbsent(path + "[" + roles.size() + "]", at(row, header));
                    roles.add(role);
                }
            }
            return roles;
        }

        <E extends Enum<E>> E choice(Row row, String header, String path, Class<E> type) {
            String value = text(row, header, path);
            if (value == null) {
                return null;
            }
            Optional<E> chosen = Choices.parse(value, type);
            if (chosen.isEmpty()) {
                problems.add(new ValidationProblem(path, Choices.unknown(value, type), at(row, header)));
            }
            return chosen.orElse(null);
        }

        <T> ReadResult<T> result(T value) {
            SourceLocation file = new SourceLocation(source, 0, 0);
            return ReadResult.of(value, problems, path -> {
                for (String p = path; ; p = parent(p)) {
                    SourceLocation at = places.get(p);
                    if (at != null) {
                        return at;
                    }
                    if (p.isEmpty()) {
                        return file;
                    }
                }
            });
        }

        private static String parent(String path) {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            return cut <= 0 ? "" : path.substring(0, cut);
        }
    }

    /** Takes off the apostrophe that export put in front of a value a spreadsheet would run. */
    static String unneutralise(String value) {
        return NEUTRALISED.matcher(value).find() ? value.substring(1) : value;
    }
}
