package io.github.equalityframework.workforce;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Quartile pay bands as the gender pay gap regulations form them: rank the employees by hourly pay and
 * divide them into four bands of (as nearly as possible) equal size.
 *
 * <ul>
 *   <li><b>Sizes.</b> Band k (0 = lower ... 3 = upper) ends after the first ceil((k + 1) n / 4) ranked
 *       employees, so the sizes differ by at most one and the extra employees go, in order, to the lower,
 *       upper middle and lower middle bands: one left over goes to the lower band; two to the lower and
 *       upper middle bands; three to the lower, lower middle and upper middle bands.</li>
 *   <li><b>Ties.</b> Where employees on the same hourly pay straddle a band boundary, the regulations ask
 *       that each group's share of that pay rate be (as far as possible) the same in every band it falls
 *       in. The employees at that rate are shared out band by band in proportion to the groups' numbers
 *       at the rate, whole people by largest remainder (ties to the group listed first), so the order of
 *       rows in the file never matters.</li>
 * </ul>
 */
final class Quartiles {
    static final List<String> BANDS = List.of("lower", "lower middle", "upper middle", "upper");

    /**
     * How many employees of each group are in each band.
     *
     * @param sizes  the number of employees in each band, lower first
     * @param counts {@code counts[band][group]}
     */
    record Allocation(int[] sizes, int[][] counts) {}

    private Quartiles() {}

    /**
     * Allocates ranked employees to bands.
     *
     * @param pay    each employee's hourly pay
     * @param group  each employee's group, {@code 0 <= group < groups}
     * @param groups the number of groups
     */
    static Allocation allocate(List<BigDecimal> pay, int[] group, int groups) {
        int n = pay.size();
        int[] ends = new int[4];
        for (int k = 0; k < 4; k++) {
            ends[k] = (int) (((long) (k + 1) * n + 3) / 4);
        }
        int[] sizes = new int[4];
        for (int k = 0; k < 4; k++) {
            sizes[k] = ends[k] - (k == 0 ? 0 : ends[k - 1]);
        }
        int[][] counts = new int[4][groups];
        BigDecimal[] rates = pay.toArray(BigDecimal[]::new);
        int[] order;
        if (PayStatistics.ascending(pay)) {
            // Ranked already (the analysis ranks employees by pay once): no boxed index to sort.
            order = IntStream.range(0, n).toArray();
        } else {
            order = IntStream.range(0, n)
                    .boxed()
                    .sorted((a, b) -> rates[a].compareTo(rates[b]))
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && rates[order[end]].compareTo(rates[order[start]]) == 0) {
                end++;
            }
            int[] atRate = new int[groups];
            for (int i = start; i < end; i++) {
                atRate[group[order[i]]]++;
            }
            share(start, end, atRate, ends, counts);
            start = end;
        }
        return new Allocation(sizes, counts);
    }

    /** Shares the employees ranked {@code [start, end)}, all on one rate, among the bands they straddle. */
    private static void share(int start, int end, int[] atRate, int[] ends, int[][] counts) {
        int[] left = atRate.clone();
        long leftTotal = end - start;
        for (int band = 0; band < 4; band++) {
            int bandStart = band == 0 ? 0 : ends[band - 1];
            int places = Math.max(0, Math.min(end, ends[band]) - Math.max(start, bandStart));
            if (places == 0) {
                continue;
            }
            int[] given = places == leftTotal ? left.clone() : proportional(places, left, leftTotal);
            for (int g = 0; g < left.length; g++) {
                counts[band][g] += given[g];
                left[g] -= given[g];
            }
            leftTotal -= places;
        }
    }

    /** {@code places} split in proportion to {@code left}, whole people by largest remainder. */
    private static int[] proportional(int places, int[] left, long leftTotal) {
        int[] given = new int[left.length];
        long[] remainders = new long[left.length];
        int allotted = 0;
        for (int g = 0; g < left.length; g++) {
            long quota = (long) places * left[g];
            given[g] = (int) (quota / leftTotal);
            remainders[g] = quota % leftTotal;
            allotted += given[g];
        }
        for (int extra = places - allotted; extra > 0; extra--) {
            int best = -1;
            for (int g = 0; g < left.length; g++) {
                if (given[g] < left[g] && (best < 0 || remainders[g] > remainders[best])) {
                    best = g;
                }
            }
            given[best]++;
            remainders[best] = -1;
        }
        return given;
    }
}
