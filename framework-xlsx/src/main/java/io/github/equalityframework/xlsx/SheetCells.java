package io.github.equalityframework.xlsx;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;

/**
 * The cells of one worksheet as stored: no formula is evaluated and no formatting applied.
 *
 * @param name the sheet's name
 * @param rows the non-empty cells by 0-based row, then 0-based column
 */
record SheetCells(String name, NavigableMap<Integer, NavigableMap<Integer, StoredCell>> rows) {

    /** What a cell holds, as stored in the file. */
    enum Type {
        TEXT,
        NUMBER,
        BOOLEAN,
        ERROR,
        DATE_TEXT
    }

    /**
     * One stored cell.
     *
     * @param type    what kind of value
     * @param value   the text, the number's lexical form, {@code 1}/{@code 0}, or the error code
     * @param formula whether the cell holds a formula (its value is then only a cached result)
     */
    record StoredCell(Type type, String value, boolean formula) {}

    SheetCells(String name) {
        this(name, new TreeMap<>());
    }

    void put(int row, int column, StoredCell cell) {
        rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, cell);
    }

    StoredCell get(int row, int column) {
        Map<Integer, StoredCell> cells = rows.get(row);
        return cells == null ? null : cells.get(column);
    }

    /** {@code C12} for row 11, column 2. */
    static String ref(int row, int column) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }
}
