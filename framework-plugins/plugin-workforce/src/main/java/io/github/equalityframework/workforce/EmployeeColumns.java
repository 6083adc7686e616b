package io.github.equalityframework.workforce;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Employees stored as columns of primitives, not as one object per row: a code per sex and disability status, a
 * code into one dictionary for the ethnic group, grade, contract and working pattern, each amount as a long and its
 * scale (exact: the figures are decimal), and two flags. A million employees cost about 40 bytes each besides
 * their id, against a record, its strings and two decimals each. As a list it is read-only and gives each
 * employee as a new {@link EmployeeRecord} equal to the one added; the analysis reads the columns themselves.
 * Filled by one thread while reading, then only read: safe to share once built.
 */
final class EmployeeColumns extends AbstractList<EmployeeRecord> implements RandomAccess {
    private static final byte RELEVANT = 1;
    private static final byte FULL_PAY = 2;
    private static final byte HAS_HOURLY = 4;
    /** The scale of an amount kept in {@link #wide} because its digits do not fit a long. */
    private static final byte WIDE = Byte.MIN_VALUE;

    private static final Sex[] SEXES = Sex.values();
    private static final DisabilityStatus[] DISABILITIES = DisabilityStatus.values();

    private int size;
    private String[] ids = new String[1024];
    private byte[] sex = new byte[1024];
    private byte[] disability = new byte[1024];
    private byte[] flags = new byte[1024];
    private int[] ethnicGroup = new int[1024];
    private int[] grade = new int[1024];
    private int[] contract = new int[1024];
    private int[] workingPattern = new int[1024];
    private long[] hourly = new long[1024];
    private byte[] hourlyScale = new byte[1024];
    private long[] bonus = new long[1024];
    private byte[] bonusScale = new byte[1024];
    /** Amounts too long for a long, by row and column (0 hourly, 1 bonus): none in a real file. */
    private final Map<Long, BigDecimal> wide = new HashMap<>();

    private final List<String> values = new ArrayList<>();
    private final Map<String, Integer> codes = new HashMap<>();

    /** The records as columns; a list that is columns already is returned as it is. */
    static EmployeeColumns of(List<EmployeeRecord> employees) {
        if (employees instanceof EmployeeColumns columns) {
            return columns;
        }
        EmployeeColumns columns = new EmployeeColumns();
        employees.forEach(columns::append);
        return columns;
    }

    /** Adds an employee; only while the columns are being filled, before anyone reads them. */
    void append(EmployeeRecord e) {
        if (size == ids.length) {
            grow();
        }
        int row = size++;
        ids[row] = e.id();
        sex[row] = (byte) e.sex().ordinal();
        disability[row] = (byte) e.disability().ordinal();
        flags[row] = (byte) ((e.relevant() ? RELEVANT : 0)
                | (e.fullPayRelevant() ? FULL_PAY : 0)
                | (e.hourlyPay() != null ? HAS_HOURLY : 0));
        ethnicGroup[row] = code(e.ethnicGroup());
        grade[row] = code(e.grade());
        contract[row] = code(e.contract());
        workingPattern[row] = code(e.workingPattern());
        if (e.hourlyPay() != null) {
            hourlyScale[row] = store(row, 0, e.hourlyPay(), hourly);
        }
        bonusScale[row] = store(row, 1, e.bonusPay(), bonus);
    }

    private byte store(int row, int column, BigDecimal amount, long[] unscaled) {
        if (amount.unscaledValue().bitLength() < 64 && amount.scale() >= 0 && amount.scale() < Byte.MAX_VALUE) {
            unscaled[row] = amount.unscaledValue().longValue();
            return (byte) amount.scale();
        }
        wide.put((long) row << 1 | column, amount);
        return WIDE;
    }

    /** The dictionary code of a text value, or -1 for none; each different value is kept once. */
    private int code(String value) {
        if (value == null) {
            return -1;
        }
        Integer known = codes.get(value);
        if (known != null) {
            return known;
        }
        values.add(value);
        codes.put(value, values.size() - 1);
        return values.size() - 1;
    }

    private void grow() {
        int length = ids.length * 2;
        ids = Arrays.copyOf(ids, length);
        sex = Arrays.copyOf(sex, length);
        disability = Arrays.copyOf(disability, length);
        flags = Arrays.copyOf(flags, length);
        ethnicGroup = Arrays.copyOf(ethnicGroup, length);
        grade = Arrays.copyOf(grade, length);
        contract = Arrays.copyOf(contract, length);
        workingPattern = Arrays.copyOf(workingPattern, length);
        hourly = Arrays.copyOf(hourly, length);
        hourlyScale = Arrays.copyOf(hourlyScale, length);
        bonus = Arrays.copyOf(bonus, length);
        bonusScale = Arrays.copyOf(bonusScale, length);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public EmployeeRecord get(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException(row);
        }
        return new EmployeeRecord(
                ids[row],
                sex(row),
                ethnicGroup(row),
                disability(row),
                grade(row),
                hourlyPay(row),
                bonusPay(row),
                relevant(row),
                fullPayRelevant(row),
                text(contract[row]),
                text(workingPattern[row]));
    }

    private String text(int code) {
        return code < 0 ? null : values.get(code);
    }

    Sex sex(int row) {
        return SEXES[sex[row]];
    }

    DisabilityStatus disability(int row) {
        return DISABILITIES[disability[row]];
    }

    String ethnicGroup(int row) {
        return text(ethnicGroup[row]);
    }

    String grade(int row) {
        return text(grade[row]);
    }

    boolean relevant(int row) {
        return (flags[row] & RELEVANT) != 0;
    }

    boolean fullPayRelevant(int row) {
        return (flags[row] & FULL_PAY) != 0;
    }

    boolean paidBonus(int row) {
        return bonusScale[row] == WIDE ? wide.get((long) row << 1 | 1).signum() > 0 : bonus[row] > 0;
    }

    /** The hourly pay, or {@code null}. */
    BigDecimal hourlyPay(int row) {
        if ((flags[row] & HAS_HOURLY) == 0) {
            return null;
        }
        return hourlyScale[row] == WIDE ? wide.get((long) row << 1) : BigDecimal.valueOf(hourly[row], hourlyScale[row]);
    }

    BigDecimal bonusPay(int row) {
        return bonusScale[row] == WIDE
                ? wide.get((long) row << 1 | 1)
                : BigDecimal.valueOf(bonus[row], bonusScale[row]);
    }

    /**
     * The relevant employees' rows ranked by hourly pay (those without last), equal pay in row order: the one ranking
     * every figure is then worked out from. Amounts of one scale, as a file has them, are ranked as longs.
     */
    int[] relevantByPay() {
        int count = 0;
        int scale = -1;
        boolean oneScale = true;
        for (int row = 0; row < size; row++) {
            if (relevant(row)) {
                count++;
                if ((flags[row] & HAS_HOURLY) != 0) {
                    oneScale &= hourlyScale[row] != WIDE && (scale < 0 || hourlyScale[row] == scale);
                    scale = hourlyScale[row];
                }
            }
        }
        Integer[] order = new Integer[count];
        int next = 0;
        for (int row = 0; row < size; row++) {
            if (relevant(row)) {
                order[next++] = row;
            }
        }
        java.util.Comparator<Integer> byPay = oneScale
                ? (a, b) -> Long.compare(hourly[a], hourly[b])
                : (a, b) -> hourlyPay(a).compareTo(hourlyPay(b));
        Arrays.sort(
                order,
                java.util.Comparator.<Integer, Boolean>comparing(row -> (flags[row] & HAS_HOURLY) == 0)
                        .thenComparing((a, b) -> (flags[a] & HAS_HOURLY) == 0 ? 0 : byPay.compare(a, b)));
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) {
            rows[i] = order[i];
        }
        return rows;
    }
}
