package io.github.equalityframework.workforce;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which CSV header holds each {@link Column}, for files laid out differently from the default. Headers
 * match ignoring case and surrounding spaces. Immutable.
 *
 * <pre>{@code
 * ColumnMapping hr = ColumnMapping.defaults()
 *         .with(Column.EMPLOYEE_ID, "Pseudo ID")
 *         .with(Column.HOURLY_PAY, "Hourly rate (GPG)")
 *         .with(Column.FULL_PAY_RELEVANT, "FPRE");
 * }</pre>
 */
public final class ColumnMapping {
    private static final ColumnMapping DEFAULTS = new ColumnMapping(new EnumMap<>(Column.class));

    private final Map<Column, String> headers;

    private ColumnMapping(Map<Column, String> renamed) {
        EnumMap<Column, String> all = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            all.put(column, renamed.getOrDefault(column, column.defaultHeader()));
        }
        this.headers = Collections.unmodifiableMap(all);
    }

    /** Every column under its default header ({@code employee_id}, {@code sex}, ...). */
    public static ColumnMapping defaults() {
        return DEFAULTS;
    }

    /** A mapping like this one in which {@code column} is read from {@code header}. */
    public ColumnMapping with(Column column, String header) {
        Objects.requireNonNull(column, "column");
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException("the header of column " + column + " must not be blank");
        }
        EnumMap<Column, String> renamed = new EnumMap<>(headers);
        renamed.put(column, header.strip());
        return new ColumnMapping(renamed);
    }

    /** The header a column is read from. */
    public String header(Column column) {
        return headers.get(column);
    }

    /** Whether a header cell names this column. */
    boolean matches(Column column, String headerCell) {
        return normalise(headers.get(column)).equals(normalise(headerCell));
    }

    private static String normalise(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping other && headers.equals(other.headers);
    }

    @Override
    public int hashCode() {
        return headers.hashCode();
    }

    @Override
    public String toString() {
        return headers.toString();
    }
}
