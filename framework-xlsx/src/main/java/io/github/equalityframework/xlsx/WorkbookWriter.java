package io.github.equalityframework.xlsx;

import static io.github.equalityframework.xlsx.Layout.*;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.EvidencePart;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.ModuleFeedback;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apiguardian.api.API;

/**
 * Writes a self-assessment as a workbook to fill in: an instructions sheet, the assessment's details,
 * one sheet per framework module with a row per criterion (its level descriptors, the claimed level as
 * a drop-down, the narrative and the evidence ids), the evidence register (kinds and characteristics
 * as drop-downs, dates as date cells), local characteristics, the action plan and its progress notes,
 * and the peer review when there is one. The structure is locked; the cells to fill in are not.
 *
 * <p>{@link WorkbookReader} reads the workbook back into the same self-assessment: claims in the
 * framework's order and each evidence item's characteristics in the order of the register's columns.
 * The same assessment always gives the same bytes. Immutable and safe to share between threads.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WorkbookWriter {
    private static final int CHAR = 256; // POI column widths are in 1/256 of a character
    private final Catalogue catalogue;

    /**
     * A writer that takes frameworks, characteristics and evidence kinds from a catalogue.
     *
     * @param catalogue the installed frameworks, characteristics and evidence kinds
     */
    public WorkbookWriter(Catalogue catalogue) {
        this.catalogue = java.util.Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * A self-assessment with nothing filled in yet, for a blank workbook.
     *
     * @param framework    the framework edition
     * @param organisation the organisation's name
     * @param today        the date that decides the period: the last complete April-to-March year
     * @return the blank self-assessment
     */
    public static SelfAssessment blank(FrameworkDefinition framework, String organisation, LocalDate today) {
        int endYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        return SelfAssessment.builder()
                .organisation(new io.github.equalityframework.model.Organisation(organisation, null))
                .framework(framework.id())
                .period(new io.github.equalityframework.model.AssessmentPeriod(
                        LocalDate.of(endYear - 1, 4, 1), LocalDate.of(endYear, 3, 31)))
                .build();
    }

    /**
     * The workbook for a self-assessment.
     *
     * @param assessment the self-assessment; its framework must be in the catalogue
     * @return the bytes of the .xlsx file
     * @throws IllegalArgumentException when the framework is not installed, a claim is for a criterion
     *                                  the framework does not have or repeats one, or an id cannot be
     *                                  listed in a cell (it contains a comma or a line break, or starts
     *                                  or ends with a space)
     */
    public byte[] write(SelfAssessment assessment) {
        FrameworkDefinition framework = catalogue
                .framework(assessment.framework())
                .orElseThrow(() -> new IllegalArgumentException(
                        "framework: '" + assessment.framework() + "' is not an installed framework"));
        checkClaims(assessment, framework);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new Sheets(workbook, framework, assessment).writeAll();
            var core = workbook.getProperties().getCoreProperties();
            Date fixed = Date.from(StableZip.TIME.toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setCreator("eflg");
            core.setTitle("Self-assessment against " + framework.title() + " " + framework.edition());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return StableZip.normalise(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the workbook to a file atomically: the file is either left as it was or replaced whole.
     *
     * @param assessment the self-assessment
     * @param file       where to write it
     */
    public void write(SelfAssessment assessment, Path file) {
        ModelCodec.writeAtomically(file, write(assessment));
    }

    private static void checkClaims(SelfAssessment assessment, FrameworkDefinition framework) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < assessment.claims().size(); i++) {
            Claim claim = assessment.claims().get(i);
            DataPath path = DataPath.root().field("claims").index(i);
            if (framework.criterion(claim.criterion()).isEmpty()) {
                throw new IllegalArgumentException(
                        path.field("criterion") + ": '" + claim.criterion() + "' is not a criterion of "
                                + framework.id() + "; a workbook has a row for each of its criteria only");
            }
            if (!seen.add(claim.criterion())) {
                throw new IllegalArgumentException(path.field("criterion") + ": a second claim for '"
                        + claim.criterion() + "'; a workbook has one row per criterion");
            }
            listable(path.field("evidence"), claim.evidence());
        }
        listable(
                DataPath.root().field("scope").field("characteristics"),
                assessment.scope().characteristics());
        listable(
                DataPath.root().field("scope").field("modules"),
                assessment.scope().modules());
        if (assessment.peerReview() != null) {
            listable(
                    DataPath.root().field("peerReview").field("scope").field("characteristics"),
                    assessment.peerReview().scope().characteristics());
            listable(
                    DataPath.root().field("peerReview").field("scope").field("modules"),
                    assessment.peerReview().scope().modules());
        }
        checkPlan(assessment.actionPlan());
    }

    /**
     * Refuses what the action plan sheet cannot hold yet, rather than drop it: the council's own objectives, roles
     * of an action, revised dates, and a plan's title, status or adopting body stay in YAML or JSON.
     */
    private static void checkPlan(ActionPlan plan) {
        if (plan == null) {
            return;
        }
        String keep = "; the workbook cannot hold it yet: keep this plan in YAML or JSON";
        if (plan.title() != null || plan.status() != null || plan.adoptedBy() != null) {
            throw new IllegalArgumentException("actionPlan: the plan has a title, status or adoptedBy" + keep);
        }
        for (int i = 0; i < plan.entries().size(); i++) {
            ActionPlanEntry entry = plan.entries().get(i);
            DataPath path = DataPath.root().field("actionPlan").field("entries").index(i);
            if (entry.answersObjective() || entry.text() != null) {
                throw new IllegalArgumentException(path + ": one of the council's own objectives" + keep);
            }
            for (int j = 0; j < entry.actions().size(); j++) {
                PlannedAction action = entry.actions().get(j);
                if (!action.roles().isEmpty() || !action.revisions().isEmpty()) {
                    throw new IllegalArgumentException(path.field("actions").index(j) + ": the action has "
                            + (action.roles().isEmpty() ? "revised dates" : "roles of its own") + keep);
                }
            }
        }
    }

    /** Ids listed in one cell are separated by commas, and spaces around them are not kept. */
    static void listable(DataPath path, List<String> ids) {
        listable(path.toString(), ids);
    }

    /** As {@link #listable(DataPath, List)}, for a list that is not at one path: {@code what[i]} names the id. */
    static void listable(String what, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null
                    || id.isBlank()
                    || id.contains(",")
                    || id.contains("\n")
                    || id.contains("\r")
                    || !id.equals(id.strip())) {
                throw new IllegalArgumentException(what + "[" + i + "]: '" + id
                        + "' cannot be listed in a cell: an id in a list must not be blank, contain a comma or a line break,"
                        + " or start or end with a space");
            }
        }
    }

    /** One write of one workbook. */
    private final class Sheets {
        private final XSSFWorkbook workbook;
        private final FrameworkDefinition framework;
        private final SelfAssessment assessment;
        private final CellStyle title;
        private final CellStyle header;
        private final CellStyle fixed;
        private final CellStyle input;
        private final CellStyle inputDate;
        private final List<String> levels;
        private final List<String> kinds;
        private final List<String> modules;
        private final List<String> characteristics;

        Sheets(XSSFWorkbook workbook, FrameworkDefinition framework, SelfAssessment assessment) {
            this.workbook = workbook;
            this.framework = framework;
            this.assessment = assessment;
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = style(true, false);
            title.setFont(big);
            header = style(true, true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            fixed = style(true, true);
            input = style(false, true);
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            inputDate = style(false, false);
            inputDate.cloneStyleFrom(input);
            inputDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            inputDate.setWrapText(false);
            levels = Stream.concat(
                            framework.scale().levels().stream().map(MaturityLevel::id),
                            Stream.of(MaturityLevel.NOT_ASSESSED.id()))
                    .toList();
            kinds = catalogue.evidenceKindsFor(framework.id()).stream()
                    .map(EvidenceKind::id)
                    .toList();
            modules = framework.modules().stream().map(FrameworkModule::id).toList();
            Set<String> ids = new LinkedHashSet<>();
            catalogue.characteristicsFor(assessment).forEach(c -> ids.add(c.id()));
            characteristics = List.copyOf(ids);
        }

        private CellStyle style(boolean locked, boolean wrap) {
            CellStyle s = workbook.createCellStyle();
            s.setLocked(locked);
            s.setWrapText(wrap);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }

        void writeAll() {
            instructions();
            details();
            for (FrameworkModule module : framework.modules()) {
                module(module);
            }
            evidence();
            table(
                    LOCAL,
                    "Local characteristics: those the council adds for itself (ids in lower case joined by hyphens)",
                    LOCAL_COLUMNS,
                    new int[] {28, 40, 70},
                    assessment.localCharacteristics().stream()
                            .map(c -> row(c.id(), c.label(), c.description()))
                            .toList(),
                    new String[3][]);
            actionPlan();
            progress();
            if (assessment.peerReview() != null) {
                peerReview(assessment.peerReview());
            }
            lists();
            workbook.lockStructure();
        }

        // ---- sheets

        private void instructions() {
            XSSFSheet sheet = workbook.createSheet(INSTRUCTIONS);
            sheet.setColumnWidth(0, 110 * CHAR);
            List<String> lines = new ArrayList<>(List.of(
                    "Self-assessment against " + framework.title() + " " + framework.edition() + " (" + framework.id()
                            + ")",
                    "Fill in the yellow cells; the grey headers and the framework's text are locked.",
                    "Assessment: the organisation, its GSS code, the period and what is in scope (ids separated by commas;"
                            + " leave blank for everything).",
                    "One sheet per module: for each criterion choose the level you believe you have reached (or not-assessed),"
                            + " explain it in the narrative, and list the ids of its evidence, separated by commas."
                            + " Leave the level blank for a criterion you do not claim.",
                    "Evidence: one row per document or data set: a unique id, its title, its kind (from the list), its date,"
                            + " where to find it and who owns it; mark each characteristic it covers with 'yes'."
                            + " Ids of characteristics without a column go in 'Other characteristics', separated by commas.",
                    "Action plan: one row per action; write the recommendation, its module, roles and your response on the"
                            + " first row of each recommendation and leave them blank on the rows of its further actions."
                            + " Module: a module id from the list. Roles: the roles it concerns, separated by commas: "
                            + Roles.ACCEPTED + "."
                            + " Give each action a due date (a date cell), a timescale in words (e.g. by March 2026), or both;"
                            + " its status from the list: "
                            + Arrays.stream(ActionStatus.values())
                                    .map(WorkbookWriter::lower)
                                    .collect(java.util.stream.Collectors.joining(", "))
                            + "."
                            + " Progress: dated notes on each action, by its action id.",
                    "Dates are date cells (e.g. 2024-03-31). Formulas are not read: type values.",
                    "Check it with eflg import FILE.xlsx --out FILE.yaml, or score it with eflg assess FILE.xlsx;"
                            + " every problem is reported as FILE.xlsx:Sheet!C12: path: message.",
                    "",
                    "Levels:"));
            for (MaturityLevel level : framework.scale().levels()) {
                lines.add("  " + level.id() + " - " + level.label()
                        + (level.strapline() == null ? "" : ": " + level.strapline()));
            }
            lines.add("  " + MaturityLevel.NOT_ASSESSED.id() + " - " + MaturityLevel.NOT_ASSESSED.label());
            lines.add("");
            lines.add("Modules:");
            framework
                    .modules()
                    .forEach(m -> lines.add("  " + m.id() + " " + m.title() + " - sheet '" + sheetName(m) + "'"));
            for (int i = 0; i < lines.size(); i++) {
                set(sheet.createRow(i), 0, lines.get(i), i == 0 ? title : fixed);
            }
            protect(sheet);
        }

        private void details() {
            XSSFSheet sheet = workbook.createSheet(ASSESSMENT);
            Scope scope = assessment.scope();
            Object[][] rows = {
                {ORGANISATION, assessment.organisation().name(), "The organisation's name"},
                {GSS_CODE, assessment.organisation().gssCode(), "The ONS/GSS code of a local authority, e.g. E07000123"
                },
                {FRAMEWORK, assessment.framework(), "The framework edition (fixed)"},
                {PERIOD_FROM, assessment.period().from(), "First day of the period assessed"},
                {PERIOD_TO, assessment.period().to(), "Last day of the period assessed"},
                {
                    SCOPE_CHARACTERISTICS,
                    String.join(", ", scope.characteristics()),
                    "Blank for all; else ids separated by commas"
                },
                {SCOPE_MODULES, String.join(", ", scope.modules()), "Blank for all; else module ids separated by commas"
                },
                {
                    PLAN_AGREED,
                    assessment.actionPlan() == null
                            ? null
                            : assessment.actionPlan().agreedOn(),
                    "When the action plan was agreed"
                },
            };
            keyValues(sheet, "The self-assessment", rows, FRAMEWORK);
        }

        private void keyValues(XSSFSheet sheet, String heading, Object[][] rows, String lockedField) {
            titleRow(sheet, heading, 3);
            headerRow(sheet, List.of(FIELD, VALUE, NOTES));
            widths(sheet, 28, 60, 60);
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(FIRST_DATA_ROW + i);
                set(row, 0, (String) rows[i][0], header);
                boolean editable = !rows[i][0].equals(lockedField);
                Object value = rows[i][1];
                if (value instanceof LocalDate date) {
                    Cell cell = row.createCell(1);
                    cell.setCellValue(date);
                    cell.setCellStyle(inputDate);
                } else {
                    set(row, 1, (String) value, editable ? input : fixed);
                }
                set(row, 2, (String) rows[i][2], fixed);
            }
            sheet.createFreezePane(0, FIRST_DATA_ROW);
            protect(sheet);
        }

        private void module(FrameworkModule module) {
            XSSFSheet sheet = workbook.createSheet(sheetName(module));
            List<MaturityLevel> scale = framework.scale().levels();
            List<String> headers = new ArrayList<>(List.of(CRITERION, TITLE));
            scale.forEach(l -> headers.add(l.label()));
            headers.addAll(List.of(CLAIMED_LEVEL, NARRATIVE, EVIDENCE_IDS));
            titleRow(sheet, module.id() + " " + module.title(), headers.size());
            headerRow(sheet, headers);
            int levelColumn = 2 + scale.size();
            sheet.setColumnWidth(0, 10 * CHAR);
            sheet.setColumnWidth(1, 30 * CHAR);
            for (int i = 0; i < scale.size(); i++) {
                sheet.setColumnWidth(2 + i, 40 * CHAR);
            }
            sheet.setColumnWidth(levelColumn, 16 * CHAR);
            sheet.setColumnWidth(levelColumn + 1, 60 * CHAR);
            sheet.setColumnWidth(levelColumn + 2, 24 * CHAR);
            int r = FIRST_DATA_ROW;
            for (Criterion criterion : module.criteria()) {
                Row row = sheet.createRow(r++);
                set(row, 0, criterion.id(), fixed);
                set(row, 1, criterion.title(), fixed);
                for (int i = 0; i < scale.size(); i++) {
                    set(
                            row,
                            2 + i,
                            criterion
                                    .descriptor(scale.get(i).id())
                                    .map(d -> d.text())
                                    .orElse(null),
                            fixed);
                }
                Claim claim = assessment.claim(criterion.id()).orElse(null);
                set(row, levelColumn, claim == null ? null : claim.level(), input);
                set(row, levelColumn + 1, claim == null ? null : claim.narrative(), input);
                set(row, levelColumn + 2, claim == null ? null : String.join(", ", claim.evidence()), input);
            }
            if (r > FIRST_DATA_ROW) {
                dropDown(
                        sheet,
                        FIRST_DATA_ROW,
                        r - 1,
                        levelColumn,
                        listRange(0, levels.size()),
                        "Choose a level: " + String.join(", ", levels));
            }
            sheet.createFreezePane(2, FIRST_DATA_ROW);
            protect(sheet);
        }

        private void evidence() {
            XSSFSheet sheet = workbook.createSheet(EVIDENCE);
            List<String> headers = new ArrayList<>(EVIDENCE_COLUMNS);
            headers.addAll(characteristics);
            headers.add(COUNT);
            int countColumn = headers.size() - 1;
            titleRow(
                    sheet,
                    "The evidence register: one row per document or data set; mark the characteristics it covers with yes",
                    headers.size());
            headerRow(sheet, headers);
            widths(sheet, 12, 50, 22, 12, 45, 28, 24);
            int first = EVIDENCE_COLUMNS.size();
            for (int c = 0; c < characteristics.size(); c++) {
                sheet.setColumnWidth(first + c, 14 * CHAR);
            }
            sheet.setColumnWidth(countColumn, 28 * CHAR);
            inputColumns(sheet, headers.size(), Set.of(3));
            int r = FIRST_DATA_ROW;
            for (EvidenceItem item : assessment.evidence()) {
                Row row = sheet.createRow(r++);
                set(row, 0, item.id(), input);
                set(row, 1, item.title(), input);
                set(row, 2, item.kind(), input);
                date(row, 3, item.date());
                set(row, 4, item.location(), input);
                set(row, 5, item.owner(), input);
                List<String> other = item.characteristics().stream()
                        .filter(c -> !characteristics.contains(c))
                        .toList();
                listable("evidence characteristics", other);
                set(row, 6, String.join(", ", other), input);
                for (String c : item.characteristics()) {
                    int index = characteristics.indexOf(c);
                    if (index >= 0) {
                        set(row, first + index, YES, input);
                    }
                }
                count(row, countColumn, item, DataPath.root().field("evidence").index(r - FIRST_DATA_ROW - 1));
            }
            int last = r + SPARE_ROWS;
            dropDown(sheet, FIRST_DATA_ROW, last, 2, listRange(1, kinds.size()), "Choose a kind from the list");
            if (!characteristics.isEmpty()) {
                dropDown(
                        sheet,
                        FIRST_DATA_ROW,
                        last,
                        first,
                        first + characteristics.size() - 1,
                        listRange(2, 1),
                        "Type yes, or leave blank");
            }
            dateCheck(sheet, FIRST_DATA_ROW, last, 3);
            sheet.createFreezePane(1, FIRST_DATA_ROW);
            protect(sheet);
        }

        private void actionPlan() {
            XSSFSheet sheet = workbook.createSheet(ACTIONS);
            titleRow(
                    sheet,
                    "The action plan: one row per action; the recommendation, module, roles and response on the first"
                            + " row of each",
                    ACTION_COLUMNS.size());
            headerRow(sheet, ACTION_COLUMNS);
            int module = ACTION_COLUMNS.indexOf(MODULE);
            int response = ACTION_COLUMNS.indexOf(RESPONSE);
            int due = ACTION_COLUMNS.indexOf(DUE);
            int status = ACTION_COLUMNS.indexOf(STATUS);
            widths(sheet, 40, 10, 30, 20, 36, 10, 50, 24, 12, 20, 14, 12, 40);
            int completed = ACTION_COLUMNS.indexOf(COMPLETED);
            inputColumns(sheet, ACTION_COLUMNS.size(), Set.of(due, completed));
            int r = FIRST_DATA_ROW;
            ActionPlan plan = assessment.actionPlan();
            for (ActionPlanEntry entry : plan == null ? List.<ActionPlanEntry>of() : plan.entries()) {
                Row row = sheet.createRow(r++);
                set(row, 0, entry.recommendation(), input);
                set(row, module, entry.module(), input);
                set(row, module + 1, Roles.write(entry.roles(), ", "), input);
                set(row, response, entry.response() == null ? null : lower(entry.response()), input);
                set(row, response + 1, entry.comment(), input);
                for (int a = 0; a < entry.actions().size(); a++) {
                    if (a > 0) {
                        row = sheet.createRow(r++);
                    }
                    PlannedAction action = entry.actions().get(a);
                    int c = ENTRY_COLUMNS.size();
                    set(row, c++, action.id(), input);
                    set(row, c++, action.description(), input);
                    set(row, c++, action.lead(), input);
                    date(row, c++, action.due());
                    set(row, c++, action.timescale(), input);
                    set(row, c++, action.status() == null ? null : lower(action.status()), input);
                    date(row, c++, action.completed());
                    set(row, c, action.nextSteps(), input);
                }
            }
            int last = r + SPARE_ROWS;
            dropDown(
                    sheet,
                    FIRST_DATA_ROW,
                    last,
                    module,
                    listRange(5, modules.size()),
                    "Choose a module: " + String.join(", ", modules));
            dropDown(
                    sheet,
                    FIRST_DATA_ROW,
                    last,
                    response,
                    listRange(3, RecommendationResponse.values().length),
                    "Choose a response from the list");
            dropDown(
                    sheet,
                    FIRST_DATA_ROW,
                    last,
                    status,
                    listRange(4, ActionStatus.values().length),
                    "Choose a status from the list");
            dateCheck(sheet, FIRST_DATA_ROW, last, due);
            sheet.createFreezePane(0, FIRST_DATA_ROW);
            protect(sheet);
        }

        private void progress() {
            List<String[]> rows = new ArrayList<>();
            List<LocalDate> dates = new ArrayList<>();
            if (assessment.actionPlan() != null) {
                assessment.actionPlan().actions().forEach(action -> {
                    for (ProgressNote note : action.progress()) {
                        rows.add(row(action.id(), null, note.note(), note.reportedTo()));
                        dates.add(note.date());
                    }
                });
            }
            XSSFSheet sheet = table(
                    PROGRESS,
                    "Progress notes on the actions, by action id, oldest first",
                    PROGRESS_COLUMNS,
                    new int[] {10, 12, 70, 24},
                    rows,
                    null);
            for (int i = 0; i < dates.size(); i++) {
                date(sheet.getRow(FIRST_DATA_ROW + i), 1, dates.get(i));
            }
            dateCheck(sheet, FIRST_DATA_ROW, FIRST_DATA_ROW + rows.size() + SPARE_ROWS, 1);
        }

        private void peerReview(PeerReview review) {
            Object[][] rows = {
                {VISIT_FROM, review.visitFrom(), "First day of the on-site visit"},
                {VISIT_TO, review.visitTo(), "Last day of the on-site visit"},
                {FEEDBACK_ON, review.feedbackOn(), "The day the peers gave their feedback (letter or report), if known"
                },
                {SCOPE_CHARACTERISTICS, String.join(", ", review.scope().characteristics()), "Blank for all"},
                {SCOPE_MODULES, String.join(", ", review.scope().modules()), "Blank for all"},
                {AWARD_LEVEL, review.award() == null ? null : review.award().level(), "The level awarded, if any"},
                {AWARDED_ON, review.award() == null ? null : review.award().awardedOn(), "When it was awarded"},
                {
                    AWARD_EXPIRES,
                    review.award() == null ? null : review.award().expiresOn(),
                    "When re-accreditation is due"
                },
            };
            keyValues(workbook.createSheet(REVIEW), "The peer challenge", rows, null);
            table(
                    TEAM,
                    "The peer team",
                    TEAM_COLUMNS,
                    new int[] {30, 30, 40},
                    review.team().stream()
                            .map((PeerReviewer p) -> row(p.name(), p.role(), p.organisation()))
                            .toList(),
                    null);
            table(
                    VALIDATED,
                    "The levels the peers validated",
                    VALIDATED_COLUMNS,
                    new int[] {12, 16, 70},
                    review.validatedLevels().stream()
                            .map((ValidatedLevel v) -> row(v.criterion(), v.level(), v.rationale()))
                            .toList(),
                    new String[][] {null, levels.toArray(String[]::new), null});
            List<String[]> feedback = new ArrayList<>();
            for (ModuleFeedback f : review.feedback()) {
                f.strengths().forEach(s -> feedback.add(row(f.module(), STRENGTH, null, s)));
                f.areasToDevelop().forEach(s -> feedback.add(row(f.module(), AREA_TO_DEVELOP, null, s)));
                for (Recommendation rec : f.recommendations()) {
                    feedback.add(row(f.module(), FEEDBACK_TYPES.get(2), rec.id(), rec.text()));
                }
            }
            table(
                    FEEDBACK,
                    "The peers' feedback per module: strengths, areas to develop and recommendations",
                    FEEDBACK_COLUMNS,
                    new int[] {10, 18, 18, 80},
                    feedback,
                    new String[][] {null, FEEDBACK_TYPES.toArray(String[]::new), null, null});
        }

        /** A sheet of text columns, all editable, with explicit drop-downs where {@code choices} has them. */
        private XSSFSheet table(
                String name,
                String heading,
                List<String> headers,
                int[] widths,
                List<String[]> rows,
                String[][] choices) {
            XSSFSheet sheet = workbook.createSheet(name);
            titleRow(sheet, heading, headers.size());
            headerRow(sheet, headers);
            widths(sheet, widths);
            inputColumns(sheet, headers.size(), Set.of());
            int r = FIRST_DATA_ROW;
            for (String[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    set(row, c, values[c], input);
                }
            }
            if (choices != null) {
                for (int c = 0; c < choices.length; c++) {
                    if (choices[c] != null) {
                        DataValidationHelper helper = sheet.getDataValidationHelper();
                        add(
                                sheet,
                                helper.createExplicitListConstraint(choices[c]),
                                FIRST_DATA_ROW,
                                r + SPARE_ROWS,
                                c,
                                c,
                                "Choose from the list: " + String.join(", ", choices[c]));
                    }
                }
            }
            sheet.createFreezePane(0, FIRST_DATA_ROW);
            protect(sheet);
            return sheet;
        }

        /** The hidden sheet the drop-downs take their values from (an explicit list is limited to 255 characters). */
        private void lists() {
            XSSFSheet sheet = workbook.createSheet(LISTS);
            List<List<String>> columns = List.of(
                    levels,
                    kinds,
                    List.of(YES),
                    Arrays.stream(RecommendationResponse.values())
                            .map(WorkbookWriter::lower)
                            .toList(),
                    Arrays.stream(ActionStatus.values())
                            .map(WorkbookWriter::lower)
                            .toList(),
                    modules);
            int height = columns.stream().mapToInt(List::size).max().orElse(0);
            for (int r = 0; r < height; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < columns.size(); c++) {
                    if (r < columns.get(c).size()) {
                        row.createCell(c).setCellValue(columns.get(c).get(r));
                    }
                }
            }
            workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.HIDDEN);
            protect(sheet);
        }

        // ---- cells and ranges

        private String listRange(int column, int size) {
            String letter = String.valueOf((char) ('A' + column));
            return LISTS + "!$" + letter + "$1:$" + letter + "$" + Math.max(size, 1);
        }

        private void dropDown(XSSFSheet sheet, int firstRow, int lastRow, int column, String range, String prompt) {
            dropDown(sheet, firstRow, lastRow, column, column, range, prompt);
        }

        private void dropDown(
                XSSFSheet sheet,
                int firstRow,
                int lastRow,
                int firstColumn,
                int lastColumn,
                String range,
                String prompt) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            add(sheet, helper.createFormulaListConstraint(range), firstRow, lastRow, firstColumn, lastColumn, prompt);
        }

        private void dateCheck(XSSFSheet sheet, int firstRow, int lastRow, int column) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidationConstraint dates = helper.createDateConstraint(
                    DataValidationConstraint.OperatorType.BETWEEN, "DATE(1900,1,1)", "DATE(2999,12,31)", "yyyy-mm-dd");
            add(sheet, dates, firstRow, lastRow, column, column, "Enter a date, e.g. 2024-03-31");
        }

        private void add(
                XSSFSheet sheet,
                DataValidationConstraint constraint,
                int firstRow,
                int lastRow,
                int firstColumn,
                int lastColumn,
                String message) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation validation = helper.createValidation(
                    constraint, new CellRangeAddressList(firstRow, lastRow, firstColumn, lastColumn));
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox("Not allowed here", message);
            validation.setEmptyCellAllowed(true);
            validation.setSuppressDropDownArrow(true); // for list constraints POI means "show the arrow"
            sheet.addValidationData(validation);
        }

        private void titleRow(XSSFSheet sheet, String text, int columns) {
            Row row = sheet.createRow(TITLE_ROW);
            row.setHeightInPoints(22);
            set(row, 0, text, title);
            if (columns > 1) {
                sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, Math.min(columns, 6) - 1));
            }
        }

        private void headerRow(XSSFSheet sheet, List<String> headers) {
            Row row = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < headers.size(); c++) {
                set(row, c, headers.get(c), header);
            }
        }

        /** Cells typed into later in these columns are editable; dates get the date format. */
        private void inputColumns(XSSFSheet sheet, int columns, Set<Integer> dateColumns) {
            for (int c = 0; c < columns; c++) {
                sheet.setDefaultColumnStyle(c, dateColumns.contains(c) ? inputDate : input);
            }
        }

        private void widths(XSSFSheet sheet, int... characters) {
            for (int c = 0; c < characters.length; c++) {
                sheet.setColumnWidth(c, characters[c] * CHAR);
            }
        }

        private void set(Row row, int column, String text, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(style);
            if (text != null && !text.isEmpty()) {
                cell.setCellValue(OoxmlText.encode(text));
            }
        }

        /** A count alone as a number; with its parts as the text the reports show, e.g. 23 (14 online, 9 in person). */
        private void count(Row row, int column, EvidenceItem item, DataPath path) {
            if (item.count() == null) {
                set(row, column, null, input);
                return;
            }
            if (item.parts().isEmpty()) {
                Cell cell = row.createCell(column);
                cell.setCellStyle(input);
                cell.setCellValue(item.count());
                return;
            }
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < item.parts().size(); i++) {
                EvidencePart part = item.parts().get(i);
                String label = part.label();
                if (label == null
                        || label.isBlank()
                        || label.contains(",")
                        || label.contains("\n")
                        || label.contains("\r")) {
                    throw new IllegalArgumentException(
                            path.field("parts").index(i).field("label") + ": '" + label
                                    + "' cannot be written in the Count cell: a part's label must not be blank or contain a "
                                    + "comma or a line break");
                }
                parts.add(part.count() + " " + label.strip());
            }
            set(row, column, item.count() + " (" + String.join(", ", parts) + ")", input);
        }

        private void date(Row row, int column, LocalDate date) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(inputDate);
            if (date != null) {
                cell.setCellValue(date);
            }
        }

        private void protect(XSSFSheet sheet) {
            sheet.enableLocking();
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            sheet.lockInsertRows(false);
        }
    }

    private static String[] row(String... values) {
        return values;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** A sheet name from the module's id and title: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(FrameworkModule module) {
        String name = WorkbookUtil.createSafeSheetName(module.id() + " " + module.title(), ' ');
        if (name.length() > 31) {
            name = name.substring(0, 31);
        }
        name = name.strip();
        return Layout.NAMED.contains(name) ? name + " (module)" : name;
    }
}
