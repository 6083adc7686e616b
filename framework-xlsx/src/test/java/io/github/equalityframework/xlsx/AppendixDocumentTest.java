package io.github.equalityframework.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.report.CommitteeAppendix;
import io.github.equalityframework.report.CommitteeAppendix.Action;
import io.github.equalityframework.report.CommitteeAppendix.Change;
import io.github.equalityframework.report.CommitteeAppendix.Item;
import io.github.equalityframework.report.CommitteeAppendix.Module;
import io.github.equalityframework.report.CommitteeAppendix.Target;
import io.github.equalityframework.report.CouncilProgress.Kind;
import io.github.equalityframework.report.CouncilProgress.State;
import io.github.equalityframework.report.CouncilProgress.StatusToday;
import io.github.equalityframework.report.CouncilProgress.Timeliness;
import io.github.equalityframework.report.render.AppendixText;
import io.github.equalityframework.report.render.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The committee appendix in Word: real headings, a table style and header rows repeated on every page, the status today
 * in words on its RAG colour, the same bytes every time; and LibreOffice Writer opens it and reads the same text.
 */
class AppendixDocumentTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    static final String HOSTILE = "<w:p/> & \u0007bell\nsecond line";

    static CommitteeAppendix appendix() {
        Action overdue = new Action(
                "A1.1",
                "Refresh the community profile " + HOSTILE,
                "Policy and Performance Manager",
                List.of(),
                new Target("Q3 2025/26", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)),
                List.of(new Change(
                        new Target("Mar-26", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                        LocalDate.of(2026, 1, 13),
                        "Supplier delay")),
                StatusToday.OVERDUE,
                ActionStatus.ON_TRACK,
                Timeliness.OVERDUE,
                null,
                List.of(new ProgressNote(LocalDate.of(2026, 7, 14), "Fields specified", "Cabinet")),
                "Test the fix in December");
        Item item = new Item(
                Kind.RECOMMENDATION,
                LocalDate.of(2024, 12, 3),
                "R1",
                "Refresh the community profile",
                null,
                List.of(CouncilRole.COMMUNITY_LEADER),
                RecommendationResponse.ACCEPTED,
                null,
                State.OPEN,
                null,
                List.of(overdue));
        Item objective = new Item(
                Kind.OBJECTIVE,
                null,
                "EO1",
                "Know our communities",
                null,
                List.of(),
                null,
                null,
                State.OPEN,
                null,
                List.of());
        return new CommitteeAppendix(
                "Brookfield District Council",
                "Equality Framework for Local Government 2021",
                AS_OF,
                false,
                List.of(new Module("m1", "Understanding and working with your communities", List.of(item, objective))));
    }

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    @Test
    void headingsUseWordsOwnHeadingStylesOneTwoAndThree() throws IOException {
        try (XWPFDocument doc = open(AppendixDocument.docx(appendix(), Messages.ENGLISH))) {
            List<String> headings = doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(p -> p.getStyle() + ": " + p.getText())
                    .toList();
            assertEquals(
                    List.of(
                            "Heading1: Equality action plan: progress of Brookfield District Council",
                            "Heading2: m1 Understanding and working with your communities",
                            "Heading3: Recommendation R1, peer challenge of 3 December 2024",
                            "Heading3: Objective EO1"),
                    headings);
            for (int level = 1; level <= 3; level++) {
                assertEquals(
                        "heading " + level,
                        doc.getStyles().getStyle("Heading" + level).getName());
            }
            XWPFParagraph intro = doc.getParagraphs().get(1);
            assertEquals(
                    "Equality Framework for Local Government 2021. Status today is judged on 30 November 2026."
                            + " Progress gives the latest note of each action.",
                    intro.getText());
        }
    }

    @Test
    void actionTablesHaveATableStyleAndAHeaderRowRepeatedOnEveryPage() throws IOException {
        try (XWPFDocument doc = open(AppendixDocument.docx(appendix(), Messages.ENGLISH))) {
            assertEquals(1, doc.getTables().size(), "the objective has no actions");
            XWPFTable table = doc.getTables().get(0);
            assertEquals("TableGrid", table.getStyleID());
            assertEquals("Table Grid", doc.getStyles().getStyle("TableGrid").getName());
            XWPFTableRow header = table.getRow(0);
            assertTrue(header.isRepeatHeader(), "header row repeated");
            assertEquals(
                    List.of("Action", "Lead", "Roles", "Timescale", "Status today", "Progress", "Next steps"),
                    header.getTableCells().stream().map(c -> c.getText()).toList());
            XWPFTableRow row = table.getRow(1);
            assertTrue(!row.isRepeatHeader(), "only the header repeats");
            assertEquals("Overdue (stated: on track)", row.getCell(4).getText());
            assertEquals(
                    AppendixText.colour(StatusToday.OVERDUE), row.getCell(4).getColor());
            assertEquals(
                    "Q3 2025/26 (1 October 2025 to 31 December 2025)"
                            + "Revised to Mar-26 (1 March 2026 to 31 March 2026), agreed 13 January 2026: Supplier delay",
                    row.getCell(3).getText());
            assertEquals(
                    "Actions for Recommendation R1, peer challenge of 3 December 2024",
                    doc.getParagraphs().stream()
                            .filter(p -> "Caption".equals(p.getStyle()))
                            .findFirst()
                            .orElseThrow()
                            .getText());
            assertEquals(
                    STPageOrientation.LANDSCAPE,
                    doc.getDocument().getBody().getSectPr().getPgSz().getOrient());
        }
    }

    @Test
    void userTextStaysTextOnOneLineWithControlCharactersWrittenOut() throws IOException {
        try (XWPFDocument doc = open(AppendixDocument.docx(appendix(), Messages.ENGLISH))) {
            assertEquals(
                    "A1.1 Refresh the community profile <w:p/> & \\u0007bell second line",
                    doc.getTables().get(0).getRow(1).getCell(0).getText());
        }
    }

    @Test
    void theSameAppendixGivesTheSameBytesDatedByTheReportDate() throws IOException {
        byte[] first = AppendixDocument.docx(appendix(), Messages.ENGLISH);
        assertArrayEquals(first, AppendixDocument.docx(appendix(), Messages.ENGLISH));
        try (XWPFDocument doc = open(first)) {
            var core = doc.getProperties().getCoreProperties();
            assertEquals(
                    AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC),
                    core.getCreated().toInstant());
            assertEquals(
                    AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC),
                    core.getModified().toInstant());
            assertEquals("Equality action plan: progress of Brookfield District Council", core.getTitle());
        }
    }

    @Test
    void welshWordsComeFromTheWelshBundle() throws IOException {
        try (XWPFDocument doc = open(AppendixDocument.docx(appendix(), Messages.WELSH));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertTrue(text.getText().contains("Statws heddiw"), text.getText());
            assertTrue(text.getText().contains("30 Tachwedd 2026"), text.getText());
        }
    }

    @Test
    void aWelshDocumentIsWelshByDefaultWithTheCouncilsOwnTextInEnglishRuns() throws IOException {
        try (XWPFDocument doc = open(AppendixDocument.docx(appendix(), Messages.WELSH))) {
            assertEquals(
                    "cy-GB",
                    doc.getStyles()
                            .getCtStyles()
                            .getDocDefaults()
                            .getRPrDefault()
                            .getRPr()
                            .getLangArray(0)
                            .getVal());
            XWPFTableRow row = doc.getTables().get(0).getRow(1);
            List<XWPFRun> first = row.getCell(0).getParagraphs().get(0).getRuns();
            assertEquals("A1.1", first.get(0).text());
            assertNull(first.get(0).getLang(), "the id is not English text");
            assertTrue(
                    first.get(1).text().startsWith(" Refresh the community profile"),
                    first.get(1).text());
            assertEquals("en-GB", first.get(1).getLang());
            XWPFRun lead = row.getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertEquals("Policy and Performance Manager", lead.text());
            assertEquals("en-GB", lead.getLang());
            XWPFRun status = row.getCell(4).getParagraphs().get(0).getRuns().get(0);
            assertNull(status.getLang(), "the product's Welsh words take the document's language: " + status.text());
        }
    }

    @Test
    void anEnglishDocumentMarksNoRunWithALanguageOfItsOwn() throws IOException {
        try (XWPFDocument doc = open(AppendixDocument.docx(appendix(), Messages.ENGLISH))) {
            assertEquals(
                    "en-GB",
                    doc.getStyles()
                            .getCtStyles()
                            .getDocDefaults()
                            .getRPrDefault()
                            .getRPr()
                            .getLangArray(0)
                            .getVal());
            List<String> marked = new java.util.ArrayList<>();
            doc.getParagraphs()
                    .forEach(p -> p.getRuns().stream()
                            .filter(r -> r.getLang() != null)
                            .forEach(r -> marked.add(r.text())));
            doc.getTables()
                    .forEach(t -> t.getRows()
                            .forEach(r -> r.getTableCells()
                                    .forEach(c -> c.getParagraphs()
                                            .forEach(p -> p.getRuns().stream()
                                                    .filter(run -> run.getLang() != null)
                                                    .forEach(run -> marked.add(run.text()))))));
            assertEquals(List.of(), marked);
        }
    }

    /** Writer, headless as .ci/run installs it, opens the document and reads back its headings and an action row. */
    @Test
    void libreOfficeWriterOpensTheDocumentAndReadsItsHeadingsAndActions(@TempDir Path dir) throws Exception {
        LibreOffice.assumeInstalled();
        Path docx = dir.resolve("appendix.docx");
        Files.write(docx, AppendixDocument.docx(appendix(), Messages.ENGLISH));
        List<String> lines = LibreOffice.text(docx, dir).lines().toList();
        assertEquals("Equality action plan: progress of Brookfield District Council", lines.get(0));
        assertTrue(lines.contains("m1 Understanding and working with your communities"), lines.toString());
        assertTrue(lines.contains("Recommendation R1, peer challenge of 3 December 2024"), lines.toString());
        assertTrue(lines.contains("Objective EO1"), lines.toString());
        // Writer writes each cell on a line of its own.
        int row = lines.indexOf("Policy and Performance Manager");
        assertTrue(row > 0, lines.toString());
        assertEquals(
                List.of(
                        "Policy and Performance Manager",
                        "Community leader",
                        "Q3 2025/26 (1 October 2025 to 31 December 2025)",
                        "Revised to Mar-26 (1 March 2026 to 31 March 2026), agreed 13 January 2026: Supplier delay",
                        "Overdue (stated: on track)",
                        "14 July 2026, Cabinet: Fields specified",
                        "Test the fix in December"),
                lines.subList(row, row + 7));
    }
}
