package io.github.equalityframework.xlsx;

import static io.github.equalityframework.xlsx.Layout.*;

import io.github.equalityframework.io.ControlCharacters;
import io.github.equalityframework.io.ReadLimits;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Award;
import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.EvidencePart;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PeerReviewer;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.ValidatedLevel;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.xlsx.SheetCells.StoredCell;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns the stored cells of a workbook into a self-assessment, recording every problem with its cell
 * and the cell of every value read, so that later problems can be placed too. One per read.
 */
final class SheetInterpreter {
    private static final DateTimeFormatter UK =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** The serial of 10000-01-01, one past Excel's last date. */
    private static final double LAST_EXCEL_SERIAL = 2_958_466;

    private static final String FORMULA =
            "formula not allowed; type the value itself (formulas are never calculated on import)";

    private final String source;
    private final boolean date1904;
    private final Map<String, SheetCells> sheets;
    private final ReadLimits limits;
    private final List<ValidationProblem> problems = new ArrayList<>();
    /** Where each value read came from; turned into a location only when asked (most never are). */
    private final Map<DataPath, Place> places = new HashMap<>();

    private record Place(SheetCells sheet, int row, int column) {}

    private boolean broken;

    SheetInterpreter(String source, boolean date1904, Map<String, SheetCells> sheets, ReadLimits limits) {
        this.source = source;
        this.date1904 = date1904;
        this.sheets = sheets;
        this.limits = limits;
    }

    ReadResult<SelfAssessment> read() {
        SheetCells details = sheets.get(ASSESSMENT);
        if (details == null) {
            return WorkbookReader.failed(
                    source,
                    "not a self-assessment workbook: it has no '" + ASSESSMENT
                            + "' sheet; start from one written by eflg init --format xlsx");
        }
        Map<String, Integer> fields = labels(
                details,
                List.of(
                        ORGANISATION,
                        GSS_CODE,
                        FRAMEWORK,
                        PERIOD_FROM,
                        PERIOD_TO,
                        SCOPE_CHARACTERISTICS,
                        SCOPE_MODULES,
                        PLAN_AGREED));
        Organisation organisation = new Organisation(
                text(
                        details,
                        fields,
                        ORGANISATION,
                        DataPath.root().field("organisation").field("name")),
                text(
                        details,
                        fields,
                        GSS_CODE,
                        DataPath.root().field("organisation").field("gssCode")));
        place(DataPath.root().field("organisation"), details, fields.getOrDefault(ORGANISATION, FIRST_DATA_ROW), 1);
        String framework = text(details, fields, FRAMEWORK, DataPath.root().field("framework"));
        AssessmentPeriod period = new AssessmentPeriod(
                date(
                        details,
                        fields,
                        PERIOD_FROM,
                        DataPath.root().field("period").field("from")),
                date(details, fields, PERIOD_TO, DataPath.root().field("period").field("to")));
        place(DataPath.root().field("period"), details, fields.getOrDefault(PERIOD_FROM, FIRST_DATA_ROW), 1);
        Scope scope = new Scope(
                list(
                        details,
                        fields,
                        SCOPE_CHARACTERISTICS,
                        DataPath.root().field("scope").field("characteristics")),
                list(
                        details,
                        fields,
                        SCOPE_MODULES,
                        DataPath.root().field("scope").field("modules")));
        LocalDate agreedOn = date(
                details,
                fields,
                PLAN_AGREED,
                DataPath.root().field("actionPlan").field("agreedOn"));

        List<Characteristic> local = localCharacteristics();
        List<Claim> claims = claims();
        List<EvidenceItem> evidence = evidence();
        ActionPlan plan = actionPlan(agreedOn);
        PeerReview review = sheets.containsKey(REVIEW) ? peerReview() : null;
        SelfAssessment assessment = broken
                ? null
                : new SelfAssessment(organisation, framework, period, scope, local, claims, evidence, review, plan);
        SourceLocation file = new SourceLocation(source, 0, 0);
        return ReadResult.of(assessment, problems, path -> locate(path, file));
    }

    /** The cell of the nearest value on the path that came from one, else the file. */
    private SourceLocation locate(String path, SourceLocation file) {
        DataPath p = DataPath.parse(path).orElse(DataPath.root());
        for (; ; p = p.parent()) {
            Place at = places.get(p);
            if (at != null) {
                return at(at.sheet(), at.row(), at.column());
            }
            if (p.isRoot()) {
                return file;
            }
        }
    }

    // ---- sheets

    private List<Characteristic> localCharacteristics() {
        List<Characteristic> local = new ArrayList<>();
        SheetCells sheet = sheets.get(LOCAL);
        Map<String, Integer> columns = sheet == null ? null : columns(sheet, LOCAL_COLUMNS);
        if (columns == null) {
            return local;
        }
        for (int row : dataRows(sheet, columns.values())) {
            DataPath path = DataPath.root().field("localCharacteristics").index(local.size());
            place(path, sheet, row, columns.get(ID));
            local.add(new Characteristic(
                    text(sheet, row, columns.get(ID), path.field("id")),
                    text(sheet, row, columns.get(LABEL), path.field("label")),
                    text(sheet, row, columns.get(DESCRIPTION), path.field("description"))));
        }
        return local;
    }

    /** Claims from every module sheet, in workbook order; a row with nothing filled in is no claim. */
    private List<Claim> claims() {
        List<Claim> claims = new ArrayList<>();
        for (SheetCells sheet : sheets.values()) {
            if (NAMED.contains(sheet.name()) || !CRITERION.equals(plain(sheet.get(HEADER_ROW, 0)))) {
                continue;
            }
            Map<String, Integer> columns = columns(sheet, List.of(CRITERION, CLAIMED_LEVEL, NARRATIVE, EVIDENCE_IDS));
            if (columns == null) {
                continue;
            }
            List<Integer> inputs =
                    List.of(columns.get(CLAIMED_LEVEL), columns.get(NARRATIVE), columns.get(EVIDENCE_IDS));
            for (int row : dataRows(sheet, inputs)) {
                DataPath path = DataPath.root().field("claims").index(claims.size());
                place(path, sheet, row, columns.get(CRITERION));
                String criterion = text(sheet, row, columns.get(CRITERION), path.field("criterion"));
                String level = text(sheet, row, columns.get(CLAIMED_LEVEL), path.field("level"));
                if (level == null && sheet.get(row, columns.get(CLAIMED_LEVEL)) == null) {
                    problem(
                            sheet,
                            row,
                            columns.get(CLAIMED_LEVEL),
                            path.field("level"),
                            "choose the level claimed for " + (criterion == null ? "this criterion" : criterion)
                                    + ", or clear its narrative and evidence ids");
                }
                claims.add(new Claim(
                        criterion,
                        level,
                        text(sheet, row, columns.get(NARRATIVE), path.field("narrative")),
                        list(sheet, row, columns.get(EVIDENCE_IDS), path.field("evidence"))));
            }
        }
        return claims;
    }

    private List<EvidenceItem> evidence() {
        List<EvidenceItem> evidence = new ArrayList<>();
        SheetCells sheet = sheets.get(EVIDENCE);
        Map<String, Integer> columns = sheet == null ? null : columns(sheet, EVIDENCE_COLUMNS);
        if (columns == null) {
            return evidence;
        }
        // Every other header names a characteristic, by id.
        Map<Integer, String> characteristicColumns = new LinkedHashMap<>();
        NavigableMap<Integer, StoredCell> headers = sheet.rows().getOrDefault(HEADER_ROW, new java.util.TreeMap<>());
        headers.forEach((column, cell) -> {
            String header = plain(cell);
            if (header != null && !EVIDENCE_COLUMNS.contains(header) && !COUNT.equals(header.strip())) {
                characteristicColumns.put(column, header.strip());
            }
        });
        // Optional: workbooks written before it existed have no Count column.
        Integer countColumn = headers.entrySet().stream()
                .filter(e -> COUNT.equals(Optional.ofNullable(plain(e.getValue()))
                        .map(String::strip)
                        .orElse(null)))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        List<Integer> all = new ArrayList<>(columns.values());
        all.addAll(characteristicColumns.keySet());
        if (countColumn != null) {
            all.add(countColumn);
        }
        for (int row : dataRows(sheet, all)) {
            DataPath path = DataPath.root().field("evidence").index(evidence.size());
            place(path, sheet, row, columns.get(ID));
            List<String> covered = new ArrayList<>();
            for (Map.Entry<Integer, String> c : characteristicColumns.entrySet()) {
                if (yes(sheet, row, c.getKey(), path.field("characteristics").index(covered.size()))) {
                    covered.add(c.getValue());
                }
            }
            DataPath otherPath = path.field("characteristics");
            List<String> other = list(sheet, row, columns.get(OTHER_CHARACTERISTICS), otherPath);
            for (int i = 0; i < other.size(); i++) {
                place(otherPath.index(covered.size() + i), sheet, row, columns.get(OTHER_CHARACTERISTICS));
            }
            covered.addAll(other);
            Count count = countColumn == null ? Count.NONE : count(sheet, row, countColumn, path);
            evidence.add(new EvidenceItem(
                    text(sheet, row, columns.get(ID), path.field("id")),
                    text(sheet, row, columns.get(TITLE), path.field("title")),
                    text(sheet, row, columns.get(KIND), path.field("kind")),
                    date(sheet, row, columns.get(DATE), path.field("date")),
                    text(sheet, row, columns.get(LOCATION), path.field("location")),
                    covered,
                    text(sheet, row, columns.get(OWNER), path.field("owner")),
                    count.count(),
                    count.parts()));
        }
        return evidence;
    }

    /** What a Count cell holds: nothing, a count, or a count with its parts. */
    private record Count(Integer count, List<EvidencePart> parts) {
        static final Count NONE = new Count(null, List.of());
    }

    private static final Pattern COUNT_CELL = Pattern.compile("(\\d{1,9})\\s*(?:\\((.*)\\))?");
    private static final Pattern PART = Pattern.compile("(\\d{1,9})\\s+(\\S.*)");

    /** {@code 23}, or {@code 23 (14 online, 9 in person)}; anything else is a problem at the cell. */
    private Count count(SheetCells sheet, int row, int column, DataPath path) {
        String text = text(sheet, row, column, path.field("count"));
        if (text == null || text.isBlank()) {
            return Count.NONE;
        }
        place(path.field("parts"), sheet, row, column);
        Matcher m = COUNT_CELL.matcher(text.strip());
        List<EvidencePart> parts = new ArrayList<>();
        boolean readable = m.matches();
        if (readable && m.group(2) != null) {
            String[] written = m.group(2).split(",");
            for (int i = 0; i < written.length && readable; i++) {
                Matcher p = PART.matcher(written[i].strip());
                readable = p.matches();
                if (readable) {
                    place(path.field("parts").index(i), sheet, row, column);
                    parts.add(new EvidencePart(p.group(2).strip(), Integer.valueOf(p.group(1))));
                }
            }
        }
        if (!readable) {
            problem(
                    sheet,
                    row,
                    column,
                    path.field("count"),
                    "'" + text.strip() + "' is not a count; write a whole number such as 23, or the count with its "
                            + "parts such as 23 (14 online, 9 in person)");
            return Count.NONE;
        }
        return new Count(Integer.valueOf(m.group(1)), parts);
    }

    /** Mutable while its progress notes are collected from their own sheet. */
    private record ActionDraft(
            DataPath path,
            String id,
            String description,
            String lead,
            LocalDate due,
            String timescale,
            ActionStatus status,
            LocalDate completed,
            List<ProgressNote> progress,
            String nextSteps) {
        PlannedAction build() {
            return new PlannedAction(
                    id,
                    description,
                    lead,
                    List.of(),
                    due,
                    timescale,
                    status,
                    completed,
                    List.of(),
                    progress,
                    nextSteps);
        }
    }

    private record EntryDraft(
            String recommendation,
            String module,
            List<CouncilRole> roles,
            RecommendationResponse response,
            String comment,
            List<ActionDraft> actions) {}

    private ActionPlan actionPlan(LocalDate agreedOn) {
        List<EntryDraft> entries = new ArrayList<>();
        SheetCells sheet = sheets.get(ACTIONS);
        Map<String, Integer> columns = sheet == null
                ? null
                : columns(
                        sheet,
                        ACTION_COLUMNS.stream()
                                .filter(c -> !c.equals(COMPLETED))
                                .toList(),
                        List.of(COMPLETED));
        if (columns != null) {
            List<Integer> entryColumns =
                    ENTRY_COLUMNS.stream().map(columns::get).toList();
            List<Integer> actionColumns = PLANNED_ACTION_COLUMNS.stream()
                    .map(columns::get)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            for (int row : dataRows(sheet, columns.values())) {
                if (!dataRows(sheet, entryColumns, row).isEmpty()) {
                    DataPath path =
                            DataPath.root().field("actionPlan").field("entries").index(entries.size());
                    place(path, sheet, row, columns.get(RECOMMENDATION));
                    entries.add(new EntryDraft(
                            text(sheet, row, columns.get(RECOMMENDATION), path.field("recommendation")),
                            text(sheet, row, columns.get(MODULE), path.field("module")),
                            roles(sheet, row, columns.get(ROLES), path.field("roles")),
                            choice(
                                    sheet,
                                    row,
                                    columns.get(RESPONSE),
                                    path.field("response"),
                                    RecommendationResponse.class),
                            text(sheet, row, columns.get(COMMENT), path.field("comment")),
                            new ArrayList<>()));
                }
                if (dataRows(sheet, actionColumns, row).isEmpty()) {
                    continue;
                }
                if (entries.isEmpty()) {
                    problem(
                            sheet,
                            row,
                            columns.get(RECOMMENDATION),
                            DataPath.root().field("actionPlan").field("entries"),
                            "an action needs a recommendation: fill in the recommendation and response on this row or a row above");
                    continue;
                }
                EntryDraft entry = entries.get(entries.size() - 1);
                DataPath path = DataPath.root()
                        .field("actionPlan")
                        .field("entries")
                        .index(entries.size() - 1)
                        .field("actions")
                        .index(entry.actions().size());
                place(path, sheet, row, columns.get(ACTION_ID));
                entry.actions()
                        .add(new ActionDraft(
                                path,
                                text(sheet, row, columns.get(ACTION_ID), path.field("id")),
                                text(sheet, row, columns.get(ACTION), path.field("description")),
                                text(sheet, row, columns.get(LEAD), path.field("lead")),
                                date(sheet, row, columns.get(DUE), path.field("due")),
                                text(sheet, row, columns.get(TIMESCALE), path.field("timescale")),
                                choice(sheet, row, columns.get(STATUS), path.field("status"), ActionStatus.class),
                                columns.containsKey(COMPLETED)
                                        ? date(sheet, row, columns.get(COMPLETED), path.field("completed"))
                                        : null,
                                new ArrayList<>(),
                                text(sheet, row, columns.get(NEXT_STEPS), path.field("nextSteps"))));
            }
        }
        progressNotes(entries);
        if (agreedOn == null && entries.isEmpty()) {
            return null;
        }
        return new ActionPlan(
                agreedOn,
                entries.stream()
                        .map(e -> new ActionPlanEntry(
                                e.recommendation(),
                                e.module(),
                                e.roles(),
                                e.response(),
                                e.comment(),
                                e.actions().stream().map(ActionDraft::build).toList()))
                        .toList());
    }

    /** The roles listed in a cell, by id or name; each unknown one is reported in the cell and left out. */
    private List<CouncilRole> roles(SheetCells sheet, int row, int column, DataPath path) {
        List<CouncilRole> roles = new ArrayList<>();
        List<String> items = list(sheet, row, column, path);
        for (int i = 0; i < items.size(); i++) {
            CouncilRole role = Roles.parse(items.get(i)).orElse(null);
            if (role == null) {
                problem(sheet, row, column, path.index(i), Roles.unknown(items.get(i), "commas"));
            } else {
                place(path.index(roles.size()), sheet, row, column);
                roles.add(role);
            }
        }
        return roles;
    }

    private void progressNotes(List<EntryDraft> entries) {
        SheetCells sheet = sheets.get(PROGRESS);
        Map<String, Integer> columns = sheet == null ? null : columns(sheet, PROGRESS_COLUMNS);
        if (columns == null) {
            return;
        }
        Map<String, ActionDraft> byId = new LinkedHashMap<>();
        entries.forEach(e -> e.actions().forEach(a -> {
            if (a.id() != null) {
                byId.putIfAbsent(a.id(), a);
            }
        }));
        for (int row : dataRows(sheet, columns.values())) {
            String id = text(sheet, row, columns.get(ACTION_ID), DataPath.root());
            ActionDraft action = id == null ? null : byId.get(id);
            if (action == null) {
                problem(
                        sheet,
                        row,
                        columns.get(ACTION_ID),
                        DataPath.root().field("actionPlan"),
                        id == null
                                ? "a progress note needs the id of its action"
                                : "'" + id + "' is not the id of an action on the " + ACTIONS + " sheet");
                continue;
            }
            DataPath path =
                    action.path().field("progress").index(action.progress().size());
            place(path, sheet, row, columns.get(ACTION_ID));
            action.progress()
                    .add(new ProgressNote(
                            date(sheet, row, columns.get(DATE), path.field("date")),
                            text(sheet, row, columns.get(NOTE), path.field("note")),
                            text(sheet, row, columns.get(REPORTED_TO), path.field("reportedTo"))));
        }
    }

    private PeerReview peerReview() {
        SheetCells sheet = sheets.get(REVIEW);
        DataPath at = DataPath.root().field("peerReview");
        Map<String, Integer> fields = labels(
                sheet,
                List.of(
                        VISIT_FROM,
                        VISIT_TO,
                        SCOPE_CHARACTERISTICS,
                        SCOPE_MODULES,
                        AWARD_LEVEL,
                        AWARDED_ON,
                        AWARD_EXPIRES));
        place(at, sheet, fields.getOrDefault(VISIT_FROM, FIRST_DATA_ROW), 1);
        LocalDate from = date(sheet, fields, VISIT_FROM, at.field("visitFrom"));
        LocalDate to = date(sheet, fields, VISIT_TO, at.field("visitTo"));
        // Optional: workbooks written before reviews recorded a feedback date have no such row.
        Integer feedbackRow = optionalLabel(sheet, FEEDBACK_ON);
        LocalDate feedbackOn = feedbackRow == null ? null : date(sheet, feedbackRow, 1, at.field("feedbackOn"));
        Scope scope = new Scope(
                list(sheet, fields, SCOPE_CHARACTERISTICS, at.field("scope").field("characteristics")),
                list(sheet, fields, SCOPE_MODULES, at.field("scope").field("modules")));
        String awardLevel = text(sheet, fields, AWARD_LEVEL, at.field("award").field("level"));
        LocalDate awardedOn = date(sheet, fields, AWARDED_ON, at.field("award").field("awardedOn"));
        LocalDate expires = date(sheet, fields, AWARD_EXPIRES, at.field("award").field("expiresOn"));
        Award award = awardLevel == null && awardedOn == null && expires == null
                ? null
                : new Award(awardLevel, awardedOn, expires);

        List<PeerReviewer> team = new ArrayList<>();
        SheetCells teamSheet = sheets.get(TEAM);
        Map<String, Integer> columns = teamSheet == null ? null : columns(teamSheet, TEAM_COLUMNS);
        if (columns != null) {
            for (int row : dataRows(teamSheet, columns.values())) {
                DataPath path = at.field("team").index(team.size());
                place(path, teamSheet, row, columns.get(NAME));
                team.add(new PeerReviewer(
                        text(teamSheet, row, columns.get(NAME), path.field("name")),
                        text(teamSheet, row, columns.get(ROLE), path.field("role")),
                        text(teamSheet, row, columns.get(ORGANISATION), path.field("organisation"))));
            }
        }
        List<ValidatedLevel> validated = new ArrayList<>();
        SheetCells levels = sheets.get(VALIDATED);
        columns = levels == null ? null : columns(levels, VALIDATED_COLUMNS);
        if (columns != null) {
            for (int row : dataRows(levels, columns.values())) {
                DataPath path = at.field("validatedLevels").index(validated.size());
                place(path, levels, row, columns.get(CRITERION));
                validated.add(new ValidatedLevel(
                        text(levels, row, columns.get(CRITERION), path.field("criterion")),
                        text(levels, row, columns.get(LEVEL), path.field("level")),
                        text(levels, row, columns.get(RATIONALE), path.field("rationale"))));
            }
        }
        return PeerReview.builder()
                .team(team)
                .visitFrom(from)
                .visitTo(to)
                .feedbackOn(feedbackOn)
                .scope(scope)
                .validatedLevels(validated)
                .feedback(feedback(at))
                .award(award)
                .build();
    }

    private List<ModuleFeedback> feedback(DataPath at) {
        SheetCells sheet = sheets.get(FEEDBACK);
        Map<String, Integer> columns = sheet == null ? null : columns(sheet, FEEDBACK_COLUMNS);
        if (columns == null) {
            return List.of();
        }
        Map<String, List<List<?>>> byModule = new LinkedHashMap<>(); // strengths, areas, recommendations
        for (int row : dataRows(sheet, columns.values())) {
            String module = text(sheet, row, columns.get(MODULE), DataPath.root());
            String key = module == null ? "" : module;
            int index = new ArrayList<>(byModule.keySet()).indexOf(key);
            if (index < 0) {
                index = byModule.size();
                byModule.put(
                        key,
                        List.of(new ArrayList<String>(), new ArrayList<String>(), new ArrayList<Recommendation>()));
                place(at.field("feedback").index(index), sheet, row, columns.get(MODULE));
                place(at.field("feedback").index(index).field("module"), sheet, row, columns.get(MODULE));
            }
            DataPath path = at.field("feedback").index(index);
            List<List<?>> lists = byModule.get(key);
            String typeText = text(sheet, row, columns.get(TYPE), DataPath.root());
            String type = typeText == null
                    ? null
                    : typeText.strip()
                            .toLowerCase(Locale.ROOT)
                            .replace('-', ' ')
                            .replace('_', ' ');
            int kind = type == null ? -1 : FEEDBACK_TYPES.indexOf(type);
            if (kind < 0) {
                problem(
                        sheet,
                        row,
                        columns.get(TYPE),
                        path,
                        (typeText == null ? "the type is missing" : "unknown type '" + typeText + "'")
                                + "; expected one of: " + String.join(", ", FEEDBACK_TYPES));
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) lists.get(kind);
            DataPath item = path.field(List.of("strengths", "areasToDevelop", "recommendations")
                            .get(kind))
                    .index(list.size());
            if (kind < 2) {
                list.add(text(sheet, row, columns.get(TEXT), item));
            } else {
                place(item, sheet, row, columns.get(RECOMMENDATION_ID));
                list.add(new Recommendation(
                        text(sheet, row, columns.get(RECOMMENDATION_ID), item.field("id")),
                        text(sheet, row, columns.get(TEXT), item.field("text"))));
            }
        }
        List<ModuleFeedback> feedback = new ArrayList<>();
        byModule.forEach((module, lists) -> feedback.add(new ModuleFeedback(
                module.isEmpty() ? null : module, cast(lists.get(0)), cast(lists.get(1)), cast(lists.get(2)))));
        return feedback;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<?> list) {
        return (List<T>) list;
    }

    // ---- structure

    /** The columns of a table by header; null (and a problem) when one is missing. */
    private Map<String, Integer> columns(SheetCells sheet, List<String> required) {
        return columns(sheet, required, List.of());
    }

    /** The columns by header; {@code optional} ones (added in later versions) are absent from older workbooks. */
    private Map<String, Integer> columns(SheetCells sheet, List<String> required, List<String> optional) {
        Map<String, Integer> found = new LinkedHashMap<>();
        NavigableMap<Integer, StoredCell> headers = sheet.rows().getOrDefault(HEADER_ROW, new java.util.TreeMap<>());
        headers.forEach((column, cell) -> {
            String header = plain(cell);
            if (header != null && (required.contains(header.strip()) || optional.contains(header.strip()))) {
                found.putIfAbsent(header.strip(), column);
            }
        });
        List<String> missing =
                required.stream().filter(h -> !found.containsKey(h)).toList();
        if (!missing.isEmpty()) {
            broken = true;
            problem(
                    sheet,
                    HEADER_ROW,
                    0,
                    DataPath.root(),
                    "the header row (row " + (HEADER_ROW + 1) + ") has no column "
                            + missing.stream().map(h -> "'" + h + "'").collect(Collectors.joining(", "))
                            + "; start from a workbook written by eflg init --format xlsx");
            return null;
        }
        return found;
    }

    /** The rows of the Assessment or Peer review sheet by the label in column A. */
    /** The row whose column A holds this label, or null when there is none. */
    private static Integer optionalLabel(SheetCells sheet, String label) {
        for (var row : sheet.rows().tailMap(FIRST_DATA_ROW, true).entrySet()) {
            String text = plain(row.getValue().get(0));
            if (text != null && text.strip().equals(label)) {
                return row.getKey();
            }
        }
        return null;
    }

    private Map<String, Integer> labels(SheetCells sheet, List<String> required) {
        Map<String, Integer> rows = new HashMap<>();
        for (var row : sheet.rows().tailMap(FIRST_DATA_ROW, true).entrySet()) {
            String label = plain(row.getValue().get(0));
            if (label != null && required.contains(label.strip())) {
                rows.putIfAbsent(label.strip(), row.getKey());
            }
        }
        List<String> missing =
                required.stream().filter(l -> !rows.containsKey(l)).toList();
        if (!missing.isEmpty()) {
            broken = true;
            problem(
                    sheet,
                    FIRST_DATA_ROW,
                    0,
                    DataPath.root(),
                    "column A has no row "
                            + missing.stream().map(l -> "'" + l + "'").collect(Collectors.joining(", "))
                            + "; start from a workbook written by eflg init --format xlsx");
        }
        return rows;
    }

    /** The data rows with something in at least one of the columns. */
    private static List<Integer> dataRows(SheetCells sheet, java.util.Collection<Integer> columns) {
        List<Integer> rows = new ArrayList<>();
        for (var row : sheet.rows().tailMap(FIRST_DATA_ROW, true).entrySet()) {
            if (columns.stream().anyMatch(c -> row.getValue().get(c) != null)) {
                rows.add(row.getKey());
            }
        }
        return rows;
    }

    private static List<Integer> dataRows(SheetCells sheet, java.util.Collection<Integer> columns, int row) {
        return columns.stream().filter(c -> sheet.get(row, c) != null).toList();
    }

    /** A header or label: the text, or null. */
    private static String plain(StoredCell cell) {
        return cell == null || cell.formula() || cell.type() != SheetCells.Type.TEXT ? null : cell.value();
    }

    // ---- values

    private void place(DataPath path, SheetCells sheet, int row, int column) {
        places.putIfAbsent(path, new Place(sheet, row, column));
    }

    private SourceLocation at(SheetCells sheet, int row, int column) {
        return new SourceLocation(source + ":" + sheet.name() + "!" + SheetCells.ref(row, column), 0, 0);
    }

    private void problem(SheetCells sheet, int row, int column, DataPath path, String message) {
        problems.add(new ValidationProblem(path.toString(), message, at(sheet, row, column)));
    }

    private String text(SheetCells sheet, Map<String, Integer> labels, String label, DataPath path) {
        Integer row = labels.get(label);
        return row == null ? null : text(sheet, row, 1, path);
    }

    private LocalDate date(SheetCells sheet, Map<String, Integer> labels, String label, DataPath path) {
        Integer row = labels.get(label);
        return row == null ? null : date(sheet, row, 1, path);
    }

    private List<String> list(SheetCells sheet, Map<String, Integer> labels, String label, DataPath path) {
        Integer row = labels.get(label);
        return row == null ? List.of() : list(sheet, row, 1, path);
    }

    /** The cell's value as text, as the spreadsheet shows it unformatted; null when blank. */
    private String text(SheetCells sheet, int row, int column, DataPath path) {
        if (!path.isRoot()) {
            place(path, sheet, row, column);
        }
        StoredCell cell = usable(sheet, row, column, path);
        if (cell == null) {
            return null;
        }
        return switch (cell.type()) {
            case TEXT, DATE_TEXT -> cell.value();
            case NUMBER -> number(cell.value());
            case BOOLEAN -> "1".equals(cell.value()) || "true".equalsIgnoreCase(cell.value()) ? "TRUE" : "FALSE";
            case ERROR -> null;
        };
    }

    /** The cell, or null when it is blank or holds something that cannot be read (reported). */
    private StoredCell usable(SheetCells sheet, int row, int column, DataPath path) {
        StoredCell cell = sheet.get(row, column);
        if (cell == null) {
            return null;
        }
        if (cell.formula()) {
            problem(sheet, row, column, path, FORMULA);
            return null;
        }
        if (cell.type() == SheetCells.Type.ERROR) {
            problem(sheet, row, column, path, "the cell shows the error " + cell.value() + "; type a value");
            return null;
        }
        if (cell.type() == SheetCells.Type.TEXT) {
            // Office writes control characters as _x001B_ escapes, which the workbook's text decodes.
            int refused = ControlCharacters.firstRefused(cell.value());
            if (refused >= 0) {
                problem(sheet, row, column, path, ControlCharacters.problem(refused));
            }
            String kept = ControlCharacters.normalised(cell.value());
            return kept.equals(cell.value()) ? cell : new StoredCell(cell.type(), kept, false);
        }
        return cell;
    }

    private static String number(String lexical) {
        try {
            BigDecimal number = new BigDecimal(lexical).stripTrailingZeros();
            // 1E+999999999 written out would be a billion digits: keep such a number as it was stored.
            return Math.abs(number.scale()) > 100 ? lexical : number.toPlainString();
        } catch (NumberFormatException e) {
            return lexical;
        }
    }

    private LocalDate date(SheetCells sheet, int row, int column, DataPath path) {
        place(path, sheet, row, column);
        StoredCell cell = usable(sheet, row, column, path);
        if (cell == null) {
            return null;
        }
        String shown = cell.type() == SheetCells.Type.NUMBER ? number(cell.value()) : cell.value();
        LocalDate date = null;
        try {
            switch (cell.type()) {
                case NUMBER -> {
                    double serial = Double.parseDouble(cell.value());
                    if (!(serial >= 1 && serial < LAST_EXCEL_SERIAL)) {
                        // 1e308 would wrap round to 1899; past 9999-12-31 Excel has no dates at all.
                        return implausible(sheet, row, column, path, shown);
                    }
                    if (DateUtil.isValidExcelDate(serial)) {
                        date = DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
                    }
                }
                case TEXT -> {
                    String text = cell.value().strip();
                    date = text.contains("/") ? LocalDate.parse(text, UK) : LocalDate.parse(text);
                }
                case DATE_TEXT ->
                    date = LocalDate.parse(
                            cell.value().substring(0, Math.min(10, cell.value().length())));
                default -> {}
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // reported below
        }
        if (date != null) {
            return date.isBefore(limits.earliestDate()) || date.isAfter(limits.latestDate())
                    ? implausible(sheet, row, column, path, shown)
                    : date;
        }
        problem(
                sheet,
                row,
                column,
                path,
                "'" + shown + "' is not a valid date; expected a date cell or a real calendar"
                        + " date as YYYY-MM-DD, e.g. 2024-03-31");
        return null;
    }

    /** The same words as for a YAML or JSON date outside the {@link ReadLimits} range; null. */
    private LocalDate implausible(SheetCells sheet, int row, int column, DataPath path, String shown) {
        problem(
                sheet,
                row,
                column,
                path,
                "'" + shown + "' is outside the range of plausible dates (" + limits.earliestDate() + " to "
                        + limits.latestDate() + "); check the year");
        return null;
    }

    /** Ids separated by commas (or semicolons or line breaks), spaces around them dropped. */
    private List<String> list(SheetCells sheet, int row, int column, DataPath path) {
        String text = text(sheet, row, column, path);
        if (text == null) {
            return List.of();
        }
        List<String> items = Arrays.stream(text.split("[,;\\n\\r]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        for (int i = 0; i < items.size(); i++) {
            place(path.index(i), sheet, row, column);
        }
        return items;
    }

    /** A characteristic column: yes (or x, y, true) or blank (or no). */
    private boolean yes(SheetCells sheet, int row, int column, DataPath path) {
        StoredCell cell = sheet.get(row, column);
        if (cell == null) {
            return false;
        }
        place(path, sheet, row, column);
        String text = text(sheet, row, column, path);
        if (text == null) {
            return false;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (List.of(YES, "y", "x", "true", "\u2713").contains(value)) {
            return true;
        }
        if (List.of("", "no", "n", "false").contains(value)) {
            return false;
        }
        problem(
                sheet,
                row,
                column,
                path,
                "'" + text + "' is not yes or blank; mark the characteristics the evidence covers" + " with yes");
        return false;
    }

    private <E extends Enum<E>> E choice(SheetCells sheet, int row, int column, DataPath path, Class<E> type) {
        String text = text(sheet, row, column, path);
        if (text == null) {
            return null;
        }
        Optional<E> chosen = Choices.parse(text, type);
        if (chosen.isEmpty()) {
            problem(sheet, row, column, path, Choices.unknown(text, type));
        }
        return chosen.orElse(null);
    }
}
