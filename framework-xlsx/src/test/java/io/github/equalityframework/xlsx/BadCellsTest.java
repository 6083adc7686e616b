package io.github.equalityframework.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What a person sees for each kind of mistake in a filled-in workbook: the cell, the data path and what is wrong. */
class BadCellsTest {
    private static final String M1 = "m1 Understanding and working wi";
    private static final byte[] ANYTOWN =
            new WorkbookWriter(AnytownRoundTripTest.LGA).write(AnytownRoundTripTest.anytown());

    /** Every problem, as printed, after the same edit: reading problems and validation problems, placed. */
    private static List<String> problems(Consumer<XSSFWorkbook> change) {
        return problems(Workbooks.edit(ANYTOWN, change));
    }

    private static List<String> problems(byte[] workbook) {
        ReadResult<SelfAssessment> read = new WorkbookReader().read(new ByteArrayInputStream(workbook), "anytown.xlsx");
        List<ValidationProblem> found = read.value()
                .map(a -> read.place(new SelfAssessmentValidator(AnytownRoundTripTest.LGA).validate(a)))
                .orElse(read.problems());
        return found.stream().map(ValidationProblem::format).toList();
    }

    @Test
    void aLevelNotOnTheScaleIsPlacedInItsCell() {
        assertEquals(
                List.of("anytown.xlsx:" + M1 + "!F4: claims[1].level: 'achievd' is not a level on the scale of"
                        + " lga-eflg-2021; did you mean 'achieving'?"),
                problems(b -> Workbooks.cell(b, M1, "F4").setCellValue("achievd")));
    }

    @Test
    void evidenceNotInTheRegisterIsPlacedInTheEvidenceCell() {
        assertEquals(
                List.of("anytown.xlsx:" + M1 + "!H3: claims[0].evidence[1]: 'ev-99' is not in the evidence register"),
                problems(b -> Workbooks.cell(b, M1, "H3").setCellValue("ev-02, ev-99, ev-04, ev-05, ev-06")));
    }

    @Test
    void aControlCharacterEscapedInACellIsRefusedInItsCell() {
        // Office writes a control character in a cell as _x001B_, which reading decodes.
        byte[] marked = Workbooks.edit(ANYTOWN, b -> Workbooks.cell(b, M1, "G3").setCellValue("ESCAPE]0;title"));
        String strings = new String(Workbooks.entry(marked, "xl/sharedStrings.xml"), StandardCharsets.UTF_8);
        byte[] escaped = Workbooks.rezip(
                marked,
                Map.of(
                        "xl/sharedStrings.xml",
                        strings.replace("ESCAPE", "_x001B_").getBytes(StandardCharsets.UTF_8)));

        assertEquals(
                List.of("anytown.xlsx:" + M1 + "!G3: claims[0].narrative: control character U+001B in a value; only"
                        + " tab and newline are allowed"),
                problems(escaped));
    }

    @Test
    void carriageReturnsInACellBecomeNewlines() {
        byte[] edited = Workbooks.edit(ANYTOWN, b -> Workbooks.cell(b, M1, "G3").setCellValue("one\r\ntwo\rthree"));

        ReadResult<SelfAssessment> read = new WorkbookReader().read(new ByteArrayInputStream(edited), "a.xlsx");

        assertEquals(List.of(), read.problems());
        assertEquals(
                "one\ntwo\nthree", read.value().orElseThrow().claims().get(0).narrative());
    }

    @Test
    void aNarrativeWithoutALevelAsksForTheLevel() {
        assertEquals(
                List.of("anytown.xlsx:" + M1 + "!F3: claims[0].level: choose the level claimed for m1/c1, or clear"
                        + " its narrative and evidence ids"),
                problems(b -> Workbooks.cell(b, M1, "F3").setBlank()));
    }

    @Test
    void aDateTypedAsTextThatIsNotADateIsReported() {
        assertEquals(
                List.of("anytown.xlsx:Evidence!D4: evidence[1].date: '31.03.2024' is not a valid date; expected a date"
                        + " cell or a real calendar date as YYYY-MM-DD, e.g. 2024-03-31"),
                problems(b -> Workbooks.cell(b, "Evidence", "D4").setCellValue("31.03.2024")));
    }

    @Test
    void aDateSerialOutsideThePlausibleRangeIsReportedInItsCell() {
        String range = " is outside the range of plausible dates (1900-01-01 to 2100-12-31); check the year";
        assertEquals(
                List.of("anytown.xlsx:Evidence!D3: evidence[0].date: '1.0E308'" + range),
                problems(b -> Workbooks.cell(b, "Evidence", "D3").setCellValue(1e308)));
        assertEquals(
                List.of("anytown.xlsx:Evidence!D3: evidence[0].date: '2958466'" + range),
                problems(b -> Workbooks.cell(b, "Evidence", "D3").setCellValue(2958466)));
        assertEquals(
                List.of("anytown.xlsx:Evidence!D3: evidence[0].date: '80000'" + range),
                problems(b -> Workbooks.cell(b, "Evidence", "D3").setCellValue(80000)));
        assertEquals(
                List.of("anytown.xlsx:Evidence!D3: evidence[0].date: '31/12/9999'" + range),
                problems(b -> Workbooks.cell(b, "Evidence", "D3").setCellValue("31/12/9999")));
    }

    @Test
    void datesTypedAsIsoOrUkTextAndNumbersTypedInTextCellsAreRead() {
        byte[] edited = Workbooks.edit(ANYTOWN, b -> {
            Workbooks.cell(b, "Evidence", "D3").setCellValue("2022-06-16");
            Workbooks.cell(b, "Evidence", "D4").setCellValue("14/2/2023");
            Workbooks.cell(b, "Evidence", "F3").setCellValue(2021);
        });
        SelfAssessment read = new WorkbookReader()
                .read(new ByteArrayInputStream(edited), "a.xlsx")
                .value()
                .orElseThrow();
        assertEquals(LocalDate.of(2022, 6, 16), read.evidence().get(0).date());
        assertEquals(LocalDate.of(2023, 2, 14), read.evidence().get(1).date());
        assertEquals("2021", read.evidence().get(0).owner());
    }

    @Test
    void aFormulaIsNeverCalculated() {
        assertEquals(
                List.of("anytown.xlsx:" + M1 + "!G3: claims[0].narrative: formula not allowed; type the value itself"
                        + " (formulas are never calculated on import)"),
                problems(b -> Workbooks.cell(b, M1, "G3").setCellFormula("CONCATENATE(\"a\",\"b\")")));
    }

    @Test
    void anUnknownStatusListsTheStatuses() {
        assertEquals(
                List.of("anytown.xlsx:Action plan!K3: actionPlan.entries[0].actions[0].status: unknown value 'done';"
                        + " expected one of: not_started, on_track, at_risk, overdue, complete"),
                problems(b -> Workbooks.cell(b, "Action plan", "K3").setCellValue("done")));
    }

    @Test
    void statusesAndResponsesAsTheirLabelsAreRead() {
        byte[] edited = Workbooks.edit(ANYTOWN, b -> {
            Workbooks.cell(b, "Action plan", "K3").setCellValue("On track");
            Workbooks.cell(b, "Action plan", "D3").setCellValue("Different approach");
        });
        SelfAssessment read = new WorkbookReader()
                .read(new ByteArrayInputStream(edited), "a.xlsx")
                .value()
                .orElseThrow();
        assertEquals(
                "ON_TRACK",
                read.actionPlan().entries().get(0).actions().get(0).status().name());
        assertEquals(
                "DIFFERENT_APPROACH",
                read.actionPlan().entries().get(0).response().name());
    }

    @Test
    void anUnknownRoleIsPlacedInItsCellWithTheRolesAllowed() {
        assertEquals(
                List.of("anytown.xlsx:Action plan!C3: actionPlan.entries[0].roles[1]: unknown role 'councillor';"
                        + " expected one or more of: community_leader, employer, service_provider (or their names:"
                        + " community leader, employer, service provider), separated by commas"),
                problems(b -> Workbooks.cell(b, "Action plan", "C3").setCellValue("community_leader, councillor")));
    }

    @Test
    void anUnknownModuleIsPlacedInItsCellWithTheModulesAllowed() {
        assertEquals(
                List.of("anytown.xlsx:Action plan!B5: actionPlan.entries[1].module: 'housing' is not a module of"
                        + " lga-eflg-2021; expected one of: m1, m2, m3, m4"),
                problems(b -> Workbooks.cell(b, "Action plan", "B5").setCellValue("housing")));
    }

    @Test
    void rolesAsTheirNamesAndTimescalesInWordsAreRead() {
        byte[] edited = Workbooks.edit(ANYTOWN, b -> {
            Workbooks.cell(b, "Action plan", "C3").setCellValue("Community leader; EMPLOYER,\nservice-provider");
            Workbooks.cell(b, "Action plan", "I3").setBlank();
            Workbooks.cell(b, "Action plan", "J3").setCellValue("by the end of 2025");
        });
        SelfAssessment read = new WorkbookReader()
                .read(new ByteArrayInputStream(edited), "a.xlsx")
                .value()
                .orElseThrow();
        ActionPlanEntry entry = read.actionPlan().entries().get(0);
        assertEquals(
                List.of(CouncilRole.COMMUNITY_LEADER, CouncilRole.EMPLOYER, CouncilRole.SERVICE_PROVIDER),
                entry.roles());
        assertEquals(null, entry.actions().get(0).due());
        assertEquals("by the end of 2025", entry.actions().get(0).timescale());
    }

    @Test
    void anActionWithNeitherDueDateNorTimescaleIsValidAndADayThatDoesNotExistIsPlacedInItsCell() {
        // No timescale is a warning of the plan checks, not a problem of the workbook.
        assertEquals(List.of(), problems(b -> {
            Workbooks.cell(b, "Action plan", "I3").setBlank();
            Workbooks.cell(b, "Action plan", "J3").setBlank();
        }));
        List<String> impossible = problems(b -> {
            Workbooks.cell(b, "Action plan", "I3").setBlank();
            Workbooks.cell(b, "Action plan", "J3").setCellValue("by 31 February 2026");
        });
        assertEquals(1, impossible.size(), impossible.toString());
        assertTrue(
                impossible
                        .get(0)
                        .startsWith("anytown.xlsx:Action plan!J3: actionPlan.entries[0].actions[0].timescale: "),
                impossible.get(0));
        assertTrue(impossible.get(0).contains("February 2026"), impossible.get(0));
    }

    @Test
    void theModuleAndStatusCellsOfferTheFrameworksModulesAndTheCurrentStatuses() throws java.io.IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ANYTOWN))) {
            var validations = book.getSheet("Action plan").getDataValidations();
            var lists = book.getSheet("Lists");
            java.util.Map<String, List<String>> offered = new java.util.TreeMap<>();
            for (var v : validations) {
                String formula = v.getValidationConstraint().getFormula1();
                if (formula == null || !formula.startsWith("Lists!")) {
                    continue;
                }
                var range = new org.apache.poi.ss.util.AreaReference(formula, book.getSpreadsheetVersion());
                List<String> values = new java.util.ArrayList<>();
                for (var ref : range.getAllReferencedCells()) {
                    var row = lists.getRow(ref.getRow());
                    values.add(
                            row == null || row.getCell(ref.getCol()) == null
                                    ? ""
                                    : row.getCell(ref.getCol()).getStringCellValue());
                }
                offered.put(
                        org.apache.poi.ss.util.CellReference.convertNumToColString(
                                v.getRegions().getCellRangeAddress(0).getFirstColumn()),
                        values);
            }
            assertEquals(List.of("m1", "m2", "m3", "m4"), offered.get("B"));
            assertEquals(
                    List.of("accepted", "different_approach", "already_completed", "not_accepted"), offered.get("D"));
            assertEquals(List.of("not_started", "on_track", "at_risk", "overdue", "complete"), offered.get("K"));
        }
    }

    @Test
    void aCharacteristicMarkOtherThanYesIsReported() {
        assertEquals(
                List.of("anytown.xlsx:Evidence!H3: evidence[0].characteristics[0]: 'maybe' is not yes or blank;"
                        + " mark the characteristics the evidence covers with yes"),
                problems(b -> Workbooks.cell(b, "Evidence", "H3").setCellValue("maybe")));
    }

    @Test
    void aProgressNoteForAnActionThatDoesNotExistIsReported() {
        assertEquals(
                List.of(
                        "anytown.xlsx:Progress!A3: actionPlan: 'A9.9' is not the id of an action on the Action plan sheet"),
                problems(b -> Workbooks.cell(b, "Progress", "A3").setCellValue("A9.9")));
    }

    @Test
    void anActionWithoutARecommendationAboveItIsReportedAndItsProgressNotesWithIt() {
        String orphan = "'A1.1' is not the id of an action on the Action plan sheet";
        String noRecommendation = "actionPlan.entries: an action needs a recommendation: fill in the recommendation and"
                + " response on this row or a row above";
        // Both actions of R1 lose it (the second row continued the first), and their notes their action.
        assertEquals(
                List.of(
                        "anytown.xlsx:Progress!A3: actionPlan: " + orphan,
                        "anytown.xlsx:Progress!A4: actionPlan: " + orphan,
                        "anytown.xlsx:Progress!A5: actionPlan: " + orphan.replace("A1.1", "A1.2"),
                        "anytown.xlsx:Action plan!A3: " + noRecommendation,
                        "anytown.xlsx:Action plan!A4: " + noRecommendation),
                problems(b -> {
                    for (String column :
                            List.of("A", "B", "C", "D", "E")) { // recommendation, module, roles, response, comment
                        Workbooks.cell(b, "Action plan", column + "3").setBlank();
                    }
                }));
    }

    @Test
    void aRenamedHeaderMakesTheWorkbookUnreadableAndSaysHowToRecover() {
        assertEquals(
                List.of("anytown.xlsx:Evidence!A2: the header row (row 2) has no column 'Date'; start from a workbook"
                        + " written by eflg init --format xlsx"),
                problems(b -> Workbooks.cell(b, "Evidence", "D2").setCellValue("When")));
    }

    @Test
    void aSpreadsheetThatIsNotASelfAssessmentIsRefused() {
        byte[] other = Workbooks.edit(ANYTOWN, b -> b.setSheetName(b.getSheetIndex("Assessment"), "Summary"));
        List<ValidationProblem> problems = new WorkbookReader()
                .read(new ByteArrayInputStream(other), "other.xlsx")
                .problems();
        assertEquals(
                List.of("other.xlsx: not a self-assessment workbook: it has no 'Assessment' sheet; start from one"
                        + " written by eflg init --format xlsx"),
                problems.stream().map(ValidationProblem::format).toList());
        assertTrue(problems.get(0).path().isEmpty());
    }
}
