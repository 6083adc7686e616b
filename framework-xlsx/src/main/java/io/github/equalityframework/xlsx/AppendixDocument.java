package io.github.equalityframework.xlsx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.io.ControlCharacters;
import io.github.equalityframework.report.CommitteeAppendix;
import io.github.equalityframework.report.CommitteeAppendix.Action;
import io.github.equalityframework.report.CommitteeAppendix.Item;
import io.github.equalityframework.report.CommitteeAppendix.Module;
import io.github.equalityframework.report.render.AppendixText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.apiguardian.api.API;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The committee appendix ({@link CommitteeAppendix}) as a Word document (.docx) an officer can paste into the
 * committee report template: the title and the date as Heading 1 and a paragraph, each module a Heading 2, each
 * recommendation or objective a Heading 3, and its actions in a table (the "Table Grid" style, its header row repeated
 * on every page, the status today shaded in its RAG colour as well as written). A4 landscape, since seven columns
 * need the width. The same appendix gives the same bytes: the document's dates are the report's date and every zip
 * entry is dated alike.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AppendixDocument {
    /** Word's own style ids and names, so that Word and LibreOffice treat them as their built-in headings. */
    private static final String STYLES = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>\
            <w:sz w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>\
            <w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1D4F91"/><w:sz w:val="36"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/>\
            <w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="1D4F91"/><w:sz w:val="30"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/>\
            <w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr>\
            <w:rPr><w:b/><w:sz w:val="18"/></w:rPr></w:style>
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
            <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>\
            <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>\
            </w:tblCellMar></w:tblPr></w:style>
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>\
            <w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblBorders>\
            <w:top w:val="single" w:sz="4" w:space="0" w:color="767676"/>\
            <w:left w:val="single" w:sz="4" w:space="0" w:color="767676"/>\
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="767676"/>\
            <w:right w:val="single" w:sz="4" w:space="0" w:color="767676"/>\
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="767676"/>\
            <w:insideV w:val="single" w:sz="4" w:space="0" w:color="767676"/></w:tblBorders>\
            <w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/>\
            <w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
            </w:styles>""";

    /** Header row fill, as the HTML reports' table headers. */
    private static final String HEADER_FILL = "E8EDF5";

    /** Relative widths of the seven columns: action, lead, roles, timescale, status, progress, next steps. */
    private static final int[] WIDTHS = {22, 10, 9, 15, 11, 19, 14};

    /** A4 landscape in twentieths of a point, with 2 cm margins. */
    private static final int PAGE_WIDTH = 16838;

    private static final int PAGE_HEIGHT = 11906;
    private static final int MARGIN = 1134;

    private final AppendixText words;
    /** The language of a run of the council's own text on a Welsh document, or null on an English one. */
    private final String written;

    private AppendixDocument(AppendixText words) {
        this.words = words;
        this.written = words.messages().language().equals(Locale.UK) ? null : "en-GB";
    }

    /**
     * The appendix as the bytes of a .docx file.
     *
     * @param appendix the appendix
     * @param language the language of the words the product writes (English, or Welsh)
     * @throws UncheckedIOException if the document cannot be written (not expected: it is written in memory)
     */
    public static byte[] docx(CommitteeAppendix appendix, Locale language) {
        return new AppendixDocument(AppendixText.of(language)).write(appendix);
    }

    private byte[] write(CommitteeAppendix appendix) {
        try (XWPFDocument doc = new XWPFDocument()) {
            // A Welsh document is in Welsh by default; the council's own text is marked English run by run.
            String styles =
                    written == null ? STYLES : STYLES.replace("<w:lang w:val=\"en-GB\"/>", "<w:lang w:val=\"cy-GB\"/>");
            doc.createStyles().setStyles(StylesDocument.Factory.parse(styles).getStyles());
            page(doc);
            heading(doc, 1, words.title(appendix));
            paragraph(doc, words.intro(appendix));
            if (appendix.modules().isEmpty()) {
                paragraph(doc, words.empty());
            }
            for (Module module : appendix.modules()) {
                heading(doc, 2, words.heading(module));
                for (Item item : module.items()) {
                    item(doc, item);
                }
            }
            var core = doc.getProperties().getCoreProperties();
            Date day = Date.from(appendix.asOf().atStartOfDay().toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(day));
            core.setModified(Optional.of(day));
            core.setCreator("eflg");
            core.setTitle(words.title(appendix));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            return StableZip.normalise(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Word document: " + e.getMessage(), e);
        } catch (XmlException e) {
            throw new IllegalStateException("the appendix's own styles do not parse", e);
        }
    }

    private void item(XWPFDocument doc, Item item) {
        heading(doc, 3, words.heading(item));
        english(labelled(doc, words.textLabel(item), words.text(item)));
        labelled(doc, words.label("response"), words.response(item));
        if (item.comment() != null) {
            english(labelled(doc, words.commentLabel(item), item.comment()));
        }
        if (!item.roles().isEmpty()) {
            labelled(doc, words.label("roles"), words.roles(item.roles()));
        }
        labelled(doc, words.label("state"), words.state(item));
        if (item.actions().isEmpty()) {
            paragraph(doc, words.noActions());
            return;
        }
        XWPFParagraph caption = doc.createParagraph();
        caption.setStyle("Caption");
        caption.createRun().setText(safe(words.caption(item)));
        List<String> columns = words.columns();
        XWPFTable table = doc.createTable(1 + item.actions().size(), columns.size());
        table.setStyleID("TableGrid");
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor(HEADER_FILL);
            cell.setWidth(WIDTHS[c] + "%");
            XWPFRun run = cell.getParagraphs().get(0).createRun();
            run.setBold(true);
            run.setText(safe(columns.get(c)));
        }
        for (int r = 0; r < item.actions().size(); r++) {
            Action action = item.actions().get(r);
            XWPFTableRow row = table.getRow(r + 1);
            XWPFParagraph first = row.getCell(0).getParagraphs().get(0);
            XWPFRun id = first.createRun();
            id.setBold(true);
            id.setText(safe(action.id()));
            XWPFRun description = first.createRun();
            description.setText(" " + safe(action.description()));
            english(description);
            cell(row.getCell(1), List.of(action.lead())).forEach(this::english);
            cell(row.getCell(2), List.of(words.roles(item, action)));
            cell(row.getCell(3), words.timescale(action));
            cell(row.getCell(4), List.of(words.status(action)));
            row.getCell(4).setColor(AppendixText.colour(action.today()));
            cell(row.getCell(5), words.notes(action)).forEach(this::english);
            cell(row.getCell(6), List.of(words.nextSteps(action))).forEach(this::english);
            for (int c = 0; c < columns.size(); c++) {
                row.getCell(c).setWidth(WIDTHS[c] + "%");
            }
        }
        // A paragraph after the table, so that two tables never run together.
        doc.createParagraph();
    }

    /** Text in a cell: a paragraph per line; gives the runs written. */
    private static List<XWPFRun> cell(XWPFTableCell cell, List<String> lines) {
        List<XWPFRun> runs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            XWPFRun run = p.createRun();
            run.setText(safe(lines.get(i)));
            runs.add(run);
        }
        return runs;
    }

    /** Marks a run of the council's own text as English on a Welsh document (run language, for spelling and speech). */
    private void english(XWPFRun run) {
        if (written != null) {
            run.setLang(written);
        }
    }

    /**
     * User text on one line, as in the Markdown appendix: line breaks become spaces, and any other control character
     * (which XML 1.0 cannot carry) and bidirectional override is written out as its code.
     */
    static String safe(String text) {
        return text == null
                ? ""
                : ControlCharacters.forTerminal(
                        text.replaceAll("\\s*\\R\\s*", " ").strip());
    }

    private static void heading(XWPFDocument doc, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        p.createRun().setText(safe(text));
    }

    private static void paragraph(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        p.createRun().setText(safe(text));
    }

    /** A bold label and its text; gives the text's run. */
    private static XWPFRun labelled(XWPFDocument doc, String label, String text) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun bold = p.createRun();
        bold.setBold(true);
        bold.setText(safe(label) + ": ");
        XWPFRun run = p.createRun();
        run.setText(safe(text));
        return run;
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
    }
}
