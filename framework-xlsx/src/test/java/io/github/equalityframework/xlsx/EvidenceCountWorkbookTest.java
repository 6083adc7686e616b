package io.github.equalityframework.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.EvidencePart;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The evidence sheet's Count column: written, read back, optional in older workbooks, and checked. */
class EvidenceCountWorkbookTest {
    private static final List<EvidencePart> PARTS =
            List.of(new EvidencePart("online", 14), new EvidencePart("in person", 9));

    /** Anytown with its first item counting 23 consultations in two parts and its second counting 4 reports. */
    static SelfAssessment counted() {
        SelfAssessment a = AnytownRoundTripTest.anytown();
        List<EvidenceItem> evidence = new ArrayList<>(a.evidence());
        evidence.set(0, withCount(evidence.get(0), 23, PARTS));
        evidence.set(1, withCount(evidence.get(1), 4, List.of()));
        return new SelfAssessment(
                a.organisation(),
                a.framework(),
                a.period(),
                a.scope(),
                a.localCharacteristics(),
                a.claims(),
                evidence,
                a.peerReview(),
                a.actionPlan());
    }

    private static EvidenceItem withCount(EvidenceItem e, int count, List<EvidencePart> parts) {
        return new EvidenceItem(
                e.id(), e.title(), e.kind(), e.date(), e.location(), e.characteristics(), e.owner(), count, parts);
    }

    private static final byte[] COUNTED = new WorkbookWriter(AnytownRoundTripTest.LGA).write(counted());

    private static ReadResult<SelfAssessment> read(byte[] workbook) {
        return new WorkbookReader().read(new ByteArrayInputStream(workbook), "anytown.xlsx");
    }

    /** The column headed Count on the evidence sheet's header row (row 2). */
    private static int countColumn(XSSFWorkbook book) {
        Row header = book.getSheet("Evidence").getRow(1);
        for (Cell cell : header) {
            if ("Count".equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no Count column");
    }

    private static String countRef(int row) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(COUNTED))) {
            return CellReference.convertNumToColString(countColumn(book)) + row;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> problems(Consumer<XSSFWorkbook> change) {
        ReadResult<SelfAssessment> read = read(Workbooks.edit(COUNTED, change));
        List<ValidationProblem> found = read.value()
                .map(a -> read.place(new SelfAssessmentValidator(AnytownRoundTripTest.LGA).validate(a)))
                .orElse(read.problems());
        return found.stream().map(ValidationProblem::format).toList();
    }

    @Test
    void countsAndTheirPartsSurviveTheWorkbook() {
        ReadResult<SelfAssessment> read = read(COUNTED);

        assertEquals(List.of(), read.problems());
        assertEquals(
                Canonical.of(counted(), AnytownRoundTripTest.LGA).evidence(),
                read.value().orElseThrow().evidence());
    }

    @Test
    void theCountCellShowsWhatTheReportsShow() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(COUNTED))) {
            int column = countColumn(book);
            assertEquals(
                    "23 (14 online, 9 in person)",
                    book.getSheet("Evidence").getRow(2).getCell(column).getStringCellValue());
            assertEquals(
                    4.0, book.getSheet("Evidence").getRow(3).getCell(column).getNumericCellValue());
        }
    }

    @Test
    void aWorkbookWithoutTheCountColumnStillReadsWithoutCounts() {
        byte[] old = Workbooks.edit(COUNTED, book -> {
            int column = countColumn(book);
            for (Row row : book.getSheet("Evidence")) {
                Cell cell = row.getCell(column);
                if (cell != null) {
                    row.removeCell(cell);
                }
            }
        });

        ReadResult<SelfAssessment> read = read(old);
        assertEquals(List.of(), read.problems());
        assertEquals(
                Canonical.of(AnytownRoundTripTest.anytown(), AnytownRoundTripTest.LGA).evidence().stream()
                        .map(e -> new EvidenceItem(
                                e.id(), e.title(), e.kind(), e.date(), e.location(), e.characteristics(), e.owner()))
                        .toList(),
                read.value().orElseThrow().evidence());
    }

    @Test
    void aCountCellThatIsNotACountIsPlacedInIt() {
        String ref = countRef(3);

        assertEquals(
                List.of("anytown.xlsx:Evidence!" + ref + ": evidence[0].count: 'lots (online)' is not a count; write "
                        + "a whole number such as 23, or the count with its parts such as 23 (14 online, 9 in person)"),
                problems(b -> Workbooks.cell(b, "Evidence", ref).setCellValue("lots (online)")));
    }

    @Test
    void partsThatDoNotAddUpAreReportedAtTheCountCell() {
        String ref = countRef(3);

        assertEquals(
                List.of("anytown.xlsx:Evidence!" + ref + ": evidence[0].count: the count is 25 but its parts add up "
                        + "to 23 (14 + 9); correct the count or the parts"),
                problems(b -> Workbooks.cell(b, "Evidence", ref).setCellValue("25 (14 online, 9 in person)")));
    }

    @Test
    void aPartLabelWithACommaCannotBeWritten() {
        SelfAssessment a = counted();
        List<EvidenceItem> evidence = new ArrayList<>(a.evidence());
        evidence.set(0, withCount(evidence.get(0), 23, List.of(new EvidencePart("online, by video", 23))));
        SelfAssessment bad = new SelfAssessment(
                a.organisation(),
                a.framework(),
                a.period(),
                a.scope(),
                a.localCharacteristics(),
                a.claims(),
                evidence,
                a.peerReview(),
                a.actionPlan());

        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new WorkbookWriter(AnytownRoundTripTest.LGA).write(bad));
        assertEquals(
                "evidence[0].parts[0].label: 'online, by video' cannot be written in the Count cell: a part's label "
                        + "must not be blank or contain a comma or a line break",
                e.getMessage());
    }
}
