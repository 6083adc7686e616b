package io.github.equalityframework.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the XML parts of a workbook: shared strings, worksheets and the workbook's date system.
 * Streaming keeps memory small for large registers; nothing is evaluated, formulas are only noted.
 */
final class XlsxParts {
    private XlsxParts() {}

    /**
     * The shared text of a workbook; an entry longer than a cell may be is kept cut short and marked, to
     * be reported at the cell that uses it.
     */
    record SharedStrings(List<String> strings, java.util.BitSet tooLong) {
        static final SharedStrings NONE = new SharedStrings(List.of(), new java.util.BitSet());
    }

    static SharedStrings sharedStrings(InputStream in, WorkbookLimits limits) throws IOException, SAXException {
        List<String> strings = new ArrayList<>();
        java.util.BitSet tooLong = new java.util.BitSet();
        parse(in, new DefaultHandler() {
            private StringBuilder text;
            private boolean inT;
            private int phonetic;

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                switch (local) {
                    case "si" -> text = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> inT = phonetic == 0 && text != null;
                    default -> {}
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                switch (local) {
                    case "si" -> {
                        if (strings.size() == limits.maxCells) {
                            throw new WorkbookLimits.Reached(
                                    null,
                                    "the workbook's shared text has more than the limit of " + limits.maxCells
                                            + " entries");
                        }
                        strings.add(OoxmlText.decode(text.toString()));
                        text = null;
                    }
                    case "rPh" -> phonetic--;
                    case "t" -> inT = false;
                    default -> {}
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inT) {
                    limits.text(length, null);
                    if (text.length() + length > limits.maxCellLength) {
                        tooLong.set(strings.size());
                    } else {
                        text.append(ch, start, length);
                    }
                }
            }
        });
        return new SharedStrings(strings, tooLong);
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
    static boolean date1904(InputStream workbookXml) throws IOException, SAXException {
        boolean[] found = {false};
        parse(workbookXml, new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                if (local.equals("workbookPr")) {
                    String value = atts.getValue("date1904");
                    found[0] = "1".equals(value) || "true".equals(value);
                }
            }
        });
        return found[0];
    }

    static SheetCells sheet(String name, InputStream in, SharedStrings shared, WorkbookLimits limits)
            throws IOException, SAXException {
        SheetCells sheet = new SheetCells(name);
        parse(in, new DefaultHandler() {
            private int rowsWithCells;
            private int lastRowWithCells = -1;

            private int row = -1;
            private int column = -1;
            private String type;
            private boolean formula;
            private StringBuilder text;
            private boolean capture;
            private int phonetic;
            private String value;
            private String inline;

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                switch (local) {
                    case "row" -> {
                        String r = atts.getValue("r");
                        row = r == null ? row + 1 : whole(r, 0, r.length(), "row number", name) - 1;
                        column = -1;
                    }
                    case "c" -> {
                        String r = atts.getValue("r");
                        if (r == null) {
                            column++;
                        } else {
                            // A1-style: letters for the column, digits for the row (parsed by hand: this runs per
                            // cell).
                            int c = 0;
                            int i = 0;
                            for (; i < r.length() && Character.isLetter(r.charAt(i)); i++) {
                                c = c * 26 + (Character.toUpperCase(r.charAt(i)) - 'A' + 1);
                            }
                            column = c - 1;
                            row = whole(r, i, r.length(), "cell reference", name) - 1;
                        }
                        type = atts.getValue("t");
                        formula = false;
                        value = null;
                        inline = null;
                    }
                    case "f" -> formula = true;
                    case "v" -> {
                        text = new StringBuilder();
                        capture = true;
                    }
                    case "is" -> text = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> capture = phonetic == 0 && text != null;
                    default -> {}
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                switch (local) {
                    case "v" -> {
                        value = text.toString();
                        capture = false;
                        text = null;
                    }
                    case "t" -> capture = false;
                    case "is" -> {
                        inline = text.toString();
                        text = null;
                    }
                    case "rPh" -> phonetic--;
                    case "c" -> cell();
                    default -> {}
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (capture && text != null) {
                    limits.text(length, where());
                    if (text.length() + length > limits.maxCellLength) {
                        throw new WorkbookLimits.Reached(where(), limits.cellTooLong());
                    }
                    text.append(ch, start, length);
                }
            }

            /** A whole number the XML must hold; a workbook without one is damaged, and the message says where. */
            private int whole(String text, int from, int to, String what, String at) {
                // at: the sheet, or the cell when its reference is known
                try {
                    int n = Integer.parseInt(text, from, to, 10);
                    if (n >= (at.indexOf('!') >= 0 ? 0 : 1)) {
                        return n;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new WorkbookLimits.Reached(
                        at,
                        "the sheet's XML has '" + text + "' where a " + what
                                + " belongs; the workbook is damaged: save it again from a spreadsheet program");
            }

            private String where() {
                return name + "!" + SheetCells.ref(Math.max(row, 0), Math.max(column, 0));
            }

            private void cell() {
                SheetCells.StoredCell cell;
                String t = type == null ? "n" : type;
                switch (t) {
                    case "s" -> {
                        int index = value == null
                                ? -1
                                : whole(value.strip(), 0, value.strip().length(), "shared text's number", where());
                        if (index < 0 || index >= shared.strings().size()) {
                            throw new IllegalStateException("cell " + SheetCells.ref(row, column)
                                    + " refers to shared string " + value + ", which does not exist");
                        }
                        if (shared.tooLong().get(index)) {
                            throw new WorkbookLimits.Reached(where(), limits.cellTooLong());
                        }
                        cell = new SheetCells.StoredCell(
                                SheetCells.Type.TEXT, shared.strings().get(index), formula);
                    }
                    case "inlineStr" ->
                        cell = inline == null
                                ? null
                                : new SheetCells.StoredCell(SheetCells.Type.TEXT, OoxmlText.decode(inline), formula);
                    case "str" ->
                        cell = new SheetCells.StoredCell(
                                SheetCells.Type.TEXT, OoxmlText.decode(value == null ? "" : value), formula);
                    case "b" ->
                        cell = value == null
                                ? null
                                : new SheetCells.StoredCell(SheetCells.Type.BOOLEAN, value.strip(), formula);
                    case "e" ->
                        cell = new SheetCells.StoredCell(
                                SheetCells.Type.ERROR, value == null ? "#VALUE!" : value, formula);
                    case "d" ->
                        cell = value == null
                                ? null
                                : new SheetCells.StoredCell(SheetCells.Type.DATE_TEXT, value.strip(), formula);
                    default ->
                        cell = value == null || value.isBlank()
                                ? null
                                : new SheetCells.StoredCell(SheetCells.Type.NUMBER, value.strip(), formula);
                }
                if (cell == null && formula) {
                    cell = new SheetCells.StoredCell(SheetCells.Type.TEXT, "", true);
                }
                if (cell != null
                        && !(cell.type() == SheetCells.Type.TEXT && cell.value().isEmpty() && !formula)) {
                    if (row != lastRowWithCells) {
                        lastRowWithCells = row;
                        if (++rowsWithCells > limits.maxRows) {
                            throw new WorkbookLimits.Reached(where(), limits.tooManyRows());
                        }
                    }
                    limits.cell(where());
                    sheet.put(row, column, cell);
                }
            }
        });
        return sheet;
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser: " + e.getMessage(), e);
        }
    }
}
