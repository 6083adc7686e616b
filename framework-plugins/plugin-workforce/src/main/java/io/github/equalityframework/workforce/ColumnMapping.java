package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

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
@API(status = EXPERIMENTAL, since = "0.1")
public final class ColumnMapping {
    private static final ColumnMapping DEFAULTS = new ColumnMapping(new EnumMap<>(Column.class), List.of());

    /** The line of a mapping file that names the ethnic minorities. */
    static final String ETHNIC_MINORITIES = "ethnic_minorities";

    private final Map<Column, String> headers;
    private final List<String> ethnicMinorities;

    private ColumnMapping(Map<Column, String> renamed, List<String> ethnicMinorities) {
        this.ethnicMinorities = List.copyOf(ethnicMinorities);
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
        return new ColumnMapping(renamed, ethnicMinorities);
    }

    /**
     * A mapping like this one whose file counts these ethnic groups as the ethnic minorities (for
     * {@link WorkforceAnalysis.Builder#ethnicMinorities(List)}); empty for every group but the reference group.
     */
    public ColumnMapping withEthnicMinorities(List<String> groups) {
        return new ColumnMapping(headers, groups.stream().map(String::strip).toList());
    }

    /** The ethnic groups the council counts as the ethnic minorities; empty for every group but the reference. */
    public List<String> ethnicMinorities() {
        return ethnicMinorities;
    }

    /**
     * A mapping from the text of a mapping file: one {@code column = header} per line, the column by its
     * default header ({@code employee_id}, {@code hourly_pay}, ...), blank lines and lines starting with
     * {@code #} ignored; columns not named keep their default header. A line {@code ethnic_minorities = Asian;
     * Black; Mixed} names the groups counted as the ethnic minorities (by default every group but the reference).
     *
     * <pre>
     * # HR system export
     * employee_id = Pseudo ID
     * hourly_pay = Hourly rate (GPG)
     * </pre>
     *
     * @param source names the file in messages
     * @throws IllegalArgumentException naming the file and line of the first problem
     */
    public static ColumnMapping parse(String text, String source) {
        ColumnMapping mapping = DEFAULTS;
        Map<Column, Integer> seen = new EnumMap<>(Column.class);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + ": line " + (i + 1) + ": ";
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException(where + "write column = header, e.g. employee_id = Pseudo ID");
            }
            String name = line.substring(0, equals).strip();
            String header = line.substring(equals + 1).strip();
            if (name.equalsIgnoreCase(ETHNIC_MINORITIES)) {
                List<String> groups = new ArrayList<>();
                for (String group : header.split(";")) {
                    if (!group.isBlank()) {
                        groups.add(group.strip());
                    }
                }
                if (groups.isEmpty()) {
                    throw new IllegalArgumentException(
                            where + "name the ethnic minorities' groups, e.g. ethnic_minorities = Asian; Black; Mixed");
                }
                mapping = mapping.withEthnicMinorities(groups);
                continue;
            }
            Column column = null;
            for (Column c : Column.values()) {
                if (c.defaultHeader().equalsIgnoreCase(name)) {
                    column = c;
                }
            }
            if (column == null) {
                List<String> names = new ArrayList<>();
                for (Column c : Column.values()) {
                    names.add(c.defaultHeader());
                }
                throw new IllegalArgumentException(
                        where + "'" + name + "' is not a column; the columns are " + String.join(", ", names));
            }
            if (header.isEmpty()) {
                throw new IllegalArgumentException(where + "the header of " + column.defaultHeader() + " is blank");
            }
            if (seen.containsKey(column)) {
                throw new IllegalArgumentException(
                        where + column.defaultHeader() + " is already mapped on line " + seen.get(column));
            }
            seen.put(column, i + 1);
            mapping = mapping.with(column, header);
        }
        return mapping;
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
        return o instanceof ColumnMapping other
                && headers.equals(other.headers)
                && ethnicMinorities.equals(other.ethnicMinorities);
    }

    @Override
    public int hashCode() {
        return headers.hashCode() * 31 + ethnicMinorities.hashCode();
    }

    @Override
    public String toString() {
        return headers.toString();
    }
}
