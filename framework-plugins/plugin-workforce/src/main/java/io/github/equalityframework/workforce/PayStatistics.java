package io.github.equalityframework.workforce;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/** Means, medians, gaps and percentages as the gender pay gap regulations define them, in exact decimals. */
final class PayStatistics {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PayStatistics() {}

    /** The sum divided by the number of values; the list must not be empty. */
    static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128);
    }

    /** The middle value of the sorted values, or the mean of the two middle ones; the list must not be empty. */
    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted =
                ascending(values) ? values : values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL128);
    }

    /**
     * The gap of {@code group} to {@code reference} as a percentage of the reference: (A - B) / A x 100,
     * rounded half up to one decimal place. Positive when the group is paid less.
     */
    static BigDecimal gap(BigDecimal reference, BigDecimal group) {
        return reference
                .subtract(group)
                .multiply(HUNDRED)
                .divide(reference, MathContext.DECIMAL128)
                .setScale(1, RoundingMode.HALF_UP);
    }

    /** Whether the values are in ascending order (the analysis ranks employees by pay once, up front). */
    static boolean ascending(List<BigDecimal> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i - 1).compareTo(values.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** part / whole x 100, rounded half up to one decimal place. */
    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
