package io.github.equalityframework.xlsx;

import io.github.equalityframework.io.ReadLimits;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The read limits of a workbook, the same as for YAML and JSON where they mean the same thing (the
 * longest text value, the most text in a document, the range of plausible dates) and two of its own:
 * the rows of a sheet and the cells of a workbook that hold something. A workbook's XML is counted as
 * it is unpacked, so a sheet of a million empty rows stops at the limit instead of being read whole.
 * One per read; not thread-safe.
 */
final class WorkbookLimits {
    /** Far beyond any self-assessment workbook: the largest real evidence register has a few hundred rows. */
    static final int MAX_ROWS = 10_000;
    /** Twenty columns over every row of five sheets at the row limit. */
    static final int MAX_CELLS = 1_000_000;
    /** Markup around the most text allowed: a generous 16 times the text. */
    static final long MAX_XML_BYTES = 16L * ReadLimits.DEFAULT_MAX_DOCUMENT_SIZE;

    final int maxRows;
    final int maxCells;
    final int maxCellLength;
    final long maxText;
    final long maxXmlBytes;
    final ReadLimits limits;
    private int cells;
    private long text;
    private long xml;

    WorkbookLimits(ReadLimits limits, int maxRows, int maxCells, long maxXmlBytes) {
        this.limits = limits;
        this.maxRows = maxRows;
        this.maxCells = maxCells;
        this.maxCellLength = limits.maxStringLength();
        this.maxText = limits.maxDocumentSize();
        this.maxXmlBytes = maxXmlBytes;
    }

    static WorkbookLimits defaults() {
        return new WorkbookLimits(ReadLimits.DEFAULTS, MAX_ROWS, MAX_CELLS, MAX_XML_BYTES);
    }

    /** Counts characters of text read at a place ({@code Sheet!C12}, or null for the shared text). */
    void text(int length, String where) {
        text += length;
        if (text > maxText) {
            throw new Reached(where, "the workbook holds more than the limit of " + maxText + " characters of text");
        }
    }

    /** Counts a cell that holds something. */
    void cell(String where) {
        if (++cells > maxCells) {
            throw new Reached(
                    where, "the workbook has more than the limit of " + maxCells + " cells with something in them");
        }
    }

    String cellTooLong() {
        return "the cell holds more than the limit of " + maxCellLength + " characters";
    }

    String tooManyRows() {
        return "the sheet has more than the limit of " + maxRows + " rows with something in them";
    }

    /** A part of the workbook, counted as it is unpacked. */
    InputStream counted(InputStream part) {
        return new FilterInputStream(part) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }
        };
    }

    private void count(int bytes) {
        xml += bytes;
        if (xml > maxXmlBytes) {
            throw new Reached(
                    null,
                    "the workbook unpacks to more than the limit of " + maxXmlBytes / (1024 * 1024)
                            + " MiB of XML; save it again from a spreadsheet program, without empty formatted rows");
        }
    }

    /**
     * A limit reached, or a part too damaged to read on, at a cell ({@code Sheet!C12}), a sheet, or in the
     * workbook as a whole ({@code where} null).
     */
    static final class Reached extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String where;

        Reached(String where, String message) {
            super(message, null, false, false);
            this.where = where;
        }
    }
}
