package io.github.equalityframework.workforce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Someone who holds the JSON workforce report (every figure any output shows) and knows how each figure is
 * defined and when it is published, working out the withheld counts of employees per group. Independent of
 * the analysis: it only reads the JSON, and it searches every assignment of the withheld counts for one that
 * agrees with all of these at once:
 * <ul>
 *   <li>the counts, the undeclared count included, add up to the relevant employees; a withheld count is
 *       never 0 (only counts of at least one person are withheld);</li>
 *   <li>every published percentage, to its one decimal place, rounded half up: the share paid a bonus (of
 *       some number of the group paid a bonus), the share of the workforce and its difference from the
 *       population, the declaration rate and the share that did not say;</li>
 *   <li>the quartiles: for some number of employees ranked (the full-pay relevant employees less the
 *       undeclared ones on full pay, at most the undeclared count), the band sizes it gives, each group's
 *       employees in each band giving its published share, each group's employees on full pay at most its
 *       count;</li>
 *   <li>the grade table: some withheld cells (at least 0) and grade totals (at least 1: a listed grade has
 *       someone in it) that add up to the published grade totals and cells and to the group counts;</li>
 *   <li>what publishing itself tells: a published (or "not available") pay gap means both groups have no
 *       employee or at least the minimum, a published hourly gap at least the minimum of both on full pay, a
 *       published bonus gap at least the minimum of both paid a bonus, "no ... in the group" none at all, a
 *       published share paid a bonus a group of at least the minimum, a published quartile share a band of
 *       at least the minimum.</li>
 * </ul>
 * For sex it knows the six statutory figures too, published whatever the group sizes: they are the voluntary
 * breakdown's figures for men and women without the minimum (a published statutory share says only that its band
 * has someone in it, a published gap that both groups have someone on full pay or paid a bonus), and where the
 * breakdown withholds one, the statutory figure tells it all the same. The statutory quartile shares rank men and
 * women only, so with the published number of full-pay relevant employees they bound the staff recorded as
 * neither from below.
 *
 * <p>The characteristics are taken one at a time: the report publishes no figure that crosses two of them.
 */
final class Adversary {
    private static final long INFINITE = Long.MAX_VALUE / 4;

    private final JsonNode report;
    private final int total;
    private final int fullPay;
    private final int minimum;

    /** @param report the {@code report} object of {@link WorkforceReportWriter#JSON}'s output */
    Adversary(JsonNode report) {
        this.report = report;
        this.total = report.get("relevantEmployees").asInt();
        this.fullPay = report.get("fullPayRelevantEmployees").asInt();
        this.minimum = report.get("minimumGroupSize").asInt();
    }

    /**
     * For each group of a characteristic, in the report's order, then the undeclared: the counts that agree
     * with everything published, or {@code null} for a published count.
     *
     * @param field {@code bySex}, {@code byEthnicity} or {@code byDisability}
     */
    List<SortedSet<Integer>> possibleCounts(String field) {
        return new Characteristic(field).possible();
    }

    private static boolean published(JsonNode figure) {
        return figure.get("status").asString().equals("PUBLISHED");
    }

    private static boolean suppressed(JsonNode figure) {
        return figure.get("status").asString().equals("SUPPRESSED");
    }

    private static String note(JsonNode figure) {
        JsonNode note = figure.get("note");
        return note == null || note.isNull() ? "" : note.asString();
    }

    private static BigDecimal value(JsonNode figure) {
        return figure.get("value").decimalValue();
    }

    private static boolean percentIs(long part, long whole, BigDecimal published) {
        return whole > 0 && PayStatistics.percent(part, whole).compareTo(published) == 0;
    }

    private final class Characteristic {
        private final int cells;
        private final int declared;
        private final Integer[] known;
        /** Lower bounds on counts, on employees on full pay and on employees paid a bonus; -1 for none at all. */
        private final int[] atLeast;

        private final int[] fullPayAtLeast;
        private final boolean[] noneOnFullPay;
        private final int[] bonusAtLeast;
        private final boolean[] noBonus;
        private final BigDecimal[] paidBonus;
        private final BigDecimal[] workforcePercent;
        private final BigDecimal declarationRate;
        private final BigDecimal notDeclared;
        private final JsonNode[][] shares;
        private final JsonNode grades;
        private final Map<Long, Boolean> bonusFits = new HashMap<>();
        private final List<Bands> ranked = new ArrayList<>();

        Characteristic(String field) {
            JsonNode gaps = report.get(field);
            JsonNode groups = gaps.get("groups");
            declared = groups.size();
            cells = declared + 1;
            known = new Integer[cells];
            atLeast = new int[cells];
            fullPayAtLeast = new int[cells];
            noneOnFullPay = new boolean[cells];
            bonusAtLeast = new int[cells];
            noBonus = new boolean[cells];
            paidBonus = new BigDecimal[cells];
            workforcePercent = new BigDecimal[cells];
            shares = new JsonNode[declared][];
            for (int g = 0; g < declared; g++) {
                JsonNode group = groups.get(g);
                count(g, group.get("relevantEmployees"));
                JsonNode bonus = group.get("paidBonus");
                if (published(bonus)) {
                    paidBonus[g] = value(bonus);
                    atLeast[g] = Math.max(atLeast[g], minimum);
                } else if (!suppressed(bonus)) {
                    known[g] = 0; // "no relevant employees in the group"
                }
                if (g > 0) {
                    gap(g, group.get("meanHourlyPayGap"), true);
                    gap(g, group.get("medianHourlyPayGap"), true);
                    gap(g, group.get("meanBonusGap"), false);
                    gap(g, group.get("medianBonusGap"), false);
                }
                shares[g] = new JsonNode[4];
                for (int band = 0; band < 4; band++) {
                    shares[g][band] = group.get("quartiles").get(band);
                }
            }
            boolean[][] statutoryShare = new boolean[declared][4];
            if (field.equals("bySex")) {
                statutory(report.get("genderPayGap"), statutoryShare);
            }
            count(declared, gaps.get("undeclared"));
            declarationRate = published(gaps.get("declarationRate")) ? value(gaps.get("declarationRate")) : null;
            JsonNode representation = null;
            for (JsonNode r : report.get("representation")) {
                if (r.get("characteristic")
                        .asString()
                        .equals(gaps.get("characteristic").asString())) {
                    representation = r;
                }
            }
            notDeclared =
                    published(representation.get("notDeclared")) ? value(representation.get("notDeclared")) : null;
            List<String> names = new ArrayList<>();
            groups.forEach(g -> names.add(g.get("group").asString()));
            for (JsonNode group : representation.get("groups")) {
                int cell = group.get("declared").asBoolean()
                        ? names.indexOf(group.get("group").asString())
                        : declared;
                if (cell < 0) {
                    continue; // a group only the population table has: 0 employees
                }
                if (published(group.get("workforcePercent"))) {
                    workforcePercent[cell] = value(group.get("workforcePercent"));
                }
                if (published(group.get("difference")) && published(group.get("populationPercent"))) {
                    BigDecimal fromDifference =
                            value(group.get("difference")).add(value(group.get("populationPercent")));
                    if (workforcePercent[cell] != null && workforcePercent[cell].compareTo(fromDifference) != 0) {
                        throw new IllegalStateException("difference disagrees with the workforce share of " + names);
                    }
                    workforcePercent[cell] = fromDifference;
                }
            }
            grades = representation.get("grades");
            for (int n = 0; n <= fullPay; n++) {
                Bands bands = Bands.of(n, shares, statutoryShare, minimum);
                if (bands != null) {
                    ranked.add(bands);
                }
            }
        }

        /**
         * What the statutory figures add about men (group 0) and women (group 1), where the voluntary breakdown
         * withholds the same figure: they are computed alike, without the minimum.
         */
        private void statutory(JsonNode six, boolean[][] statutoryShare) {
            String[] bonusShares = {"menPaidBonus", "womenPaidBonus"};
            for (int g = 0; g < 2; g++) {
                JsonNode bonus = six.get(bonusShares[g]);
                if (published(bonus)) {
                    paidBonus[g] = value(bonus);
                    atLeast[g] = Math.max(atLeast[g], 1);
                } else if (!suppressed(bonus)) {
                    known[g] = 0; // "no relevant employees in the group"
                }
                for (int band = 0; band < 4; band++) {
                    JsonNode share = six.get("quartiles").get(band).get(g == 0 ? "men" : "women");
                    if (suppressed(shares[g][band]) && !suppressed(share)) {
                        shares[g][band] = share;
                        statutoryShare[g][band] = true;
                    }
                }
            }
            statutoryGap(six.get("meanHourlyPayGap"), true);
            statutoryGap(six.get("medianHourlyPayGap"), true);
            statutoryGap(six.get("meanBonusGap"), false);
            statutoryGap(six.get("medianBonusGap"), false);
        }

        /** A statutory gap of women (1) to men (0): published, both have someone; not available, one has no one. */
        private void statutoryGap(JsonNode figure, boolean hourly) {
            if (published(figure)) {
                for (int cell : new int[] {0, 1}) {
                    atLeast[cell] = Math.max(atLeast[cell], 1);
                    if (hourly) {
                        fullPayAtLeast[cell] = Math.max(fullPayAtLeast[cell], 1);
                    } else {
                        bonusAtLeast[cell] = Math.max(bonusAtLeast[cell], 1);
                    }
                }
            } else if (!suppressed(figure)) {
                int cell = note(figure).endsWith("in the reference group") ? 0 : 1;
                if (hourly) {
                    noneOnFullPay[cell] = true;
                } else {
                    noBonus[cell] = true;
                }
            }
        }

        private void count(int cell, JsonNode figure) {
            if (published(figure)) {
                known[cell] = value(figure).intValueExact();
            } else {
                atLeast[cell] = 1;
            }
        }

        /** What a gap's being published, or not available, tells about the group ({@code g}) and the reference (0). */
        private void gap(int g, JsonNode figure, boolean hourly) {
            if (suppressed(figure)) {
                return;
            }
            for (int cell : new int[] {0, g}) {
                // Neither group is small: none, or at least the minimum.
                if (atLeast[cell] > 0 || known[cell] == null) {
                    atLeast[cell] = Math.max(atLeast[cell], minimum);
                }
            }
            if (published(figure)) {
                for (int cell : new int[] {0, g}) {
                    if (hourly) {
                        fullPayAtLeast[cell] = Math.max(fullPayAtLeast[cell], minimum);
                    } else {
                        bonusAtLeast[cell] = Math.max(bonusAtLeast[cell], minimum);
                    }
                }
            } else {
                int cell = note(figure).endsWith("in the reference group") ? 0 : g;
                if (hourly) {
                    noneOnFullPay[cell] = true;
                } else {
                    noBonus[cell] = true;
                }
            }
        }

        List<SortedSet<Integer>> possible() {
            List<SortedSet<Integer>> possible = new ArrayList<>();
            List<Integer> withheld = new ArrayList<>();
            int left = total;
            for (int c = 0; c < cells; c++) {
                possible.add(known[c] == null ? new TreeSet<>() : null);
                if (known[c] == null) {
                    withheld.add(c);
                } else {
                    left -= known[c];
                }
            }
            if (!withheld.isEmpty()) {
                int[] counts = new int[cells];
                for (int c = 0; c < cells; c++) {
                    counts[c] = known[c] == null ? 0 : known[c];
                }
                search(withheld, 0, left, counts, possible);
            }
            return possible;
        }

        private void search(
                List<Integer> withheld, int index, int left, int[] counts, List<SortedSet<Integer>> possible) {
            int cell = withheld.get(index);
            boolean last = index == withheld.size() - 1;
            for (int value = last ? left : atLeast[cell]; value <= left; value++) {
                if (value < atLeast[cell] || !fits(cell, value)) {
                    continue;
                }
                counts[cell] = value;
                if (!last) {
                    search(withheld, index + 1, left - value, counts, possible);
                } else if (quartilesFit(counts) && gradesFit(counts)) {
                    withheld.forEach(c -> possible.get(c).add(counts[c]));
                }
            }
        }

        /** The figures about one cell alone. */
        private boolean fits(int cell, int count) {
            if (workforcePercent[cell] != null && !percentIs(count, total, workforcePercent[cell])) {
                return false;
            }
            if (cell == declared) {
                return (declarationRate == null || percentIs(total - count, total, declarationRate))
                        && (notDeclared == null || percentIs(count, total, notDeclared));
            }
            if (paidBonus[cell] == null) {
                return !(bonusAtLeast[cell] > count);
            }
            return bonusFits.computeIfAbsent((long) cell << 32 | count, key -> {
                for (int b = noBonus[cell] ? 0 : bonusAtLeast[cell]; b <= (noBonus[cell] ? 0 : count); b++) {
                    if (percentIs(b, count, paidBonus[cell])) {
                        return true;
                    }
                }
                return false;
            });
        }

        private boolean quartilesFit(int[] counts) {
            for (Bands bands : ranked) {
                int undeclaredOnFullPay = fullPay - bands.ranked;
                if (undeclaredOnFullPay > counts[declared]) {
                    continue;
                }
                Flow flow = new Flow(2 + 4 + declared);
                int source = 0;
                int sink = 1;
                for (int band = 0; band < 4; band++) {
                    flow.edge(source, 2 + band, bands.sizes[band], bands.sizes[band]);
                    for (int g = 0; g < declared; g++) {
                        flow.edge(2 + band, 6 + g, bands.low[band][g], bands.high[band][g]);
                    }
                }
                boolean possible = true;
                for (int g = 0; g < declared; g++) {
                    int high = noneOnFullPay[g] ? 0 : counts[g];
                    possible &= fullPayAtLeast[g] <= high;
                    flow.edge(6 + g, sink, fullPayAtLeast[g], high);
                }
                flow.edge(sink, source, 0, INFINITE);
                if (possible && flow.feasible()) {
                    return true;
                }
            }
            return false;
        }

        private boolean gradesFit(int[] counts) {
            int rows = grades.size();
            Flow flow = new Flow(2 + rows + cells);
            int source = 0;
            int sink = 1;
            for (int r = 0; r < rows; r++) {
                JsonNode grade = grades.get(r);
                JsonNode employees = grade.get("employees");
                flow.edge(
                        source,
                        2 + r,
                        published(employees) ? value(employees).longValue() : 1,
                        published(employees) ? value(employees).longValue() : INFINITE);
                for (int c = 0; c < cells; c++) {
                    JsonNode cell = grade.get("groups").get(c).get("employees");
                    flow.edge(
                            2 + r,
                            2 + rows + c,
                            published(cell) ? value(cell).longValue() : 0,
                            published(cell) ? value(cell).longValue() : INFINITE);
                }
            }
            for (int c = 0; c < cells; c++) {
                flow.edge(2 + rows + c, sink, counts[c], counts[c]);
            }
            flow.edge(sink, source, total, total);
            return flow.feasible();
        }
    }

    /** One number of employees ranked, with the band sizes and what the published shares allow in each band. */
    private record Bands(int ranked, int[] sizes, int[][] low, int[][] high) {
        /** @param statutory the shares taken from the statutory figures, published whatever the band's size */
        static Bands of(int ranked, JsonNode[][] shares, boolean[][] statutory, int minimum) {
            int[] sizes = new int[4];
            for (int band = 0; band < 4; band++) {
                sizes[band] = (int) (((long) (band + 1) * ranked + 3) / 4 - ((long) band * ranked + 3) / 4);
            }
            int groups = shares.length;
            int[][] low = new int[4][groups];
            int[][] high = new int[4][groups];
            for (int band = 0; band < 4; band++) {
                for (int g = 0; g < groups; g++) {
                    JsonNode share = shares[g][band];
                    low[band][g] = 0;
                    high[band][g] = sizes[band];
                    if (published(share)) {
                        if (sizes[band] < (statutory[g][band] ? 1 : minimum)) {
                            return null;
                        }
                        low[band][g] = -1;
                        for (int c = 0; c <= sizes[band]; c++) {
                            if (percentIs(c, sizes[band], value(share))) {
                                low[band][g] = low[band][g] < 0 ? c : low[band][g];
                                high[band][g] = c;
                            }
                        }
                        if (low[band][g] < 0) {
                            return null;
                        }
                    } else if (!suppressed(share) && sizes[band] != 0) {
                        return null; // "no employees in this band"
                    }
                }
            }
            return new Bands(ranked, sizes, low, high);
        }
    }

    /** Whether a flow with a lower and an upper bound on each edge exists (a circulation), by maximum flow. */
    private static final class Flow {
        private final int nodes;
        private final long[][] capacity;
        private final long[] excess;
        private boolean impossible;

        Flow(int nodes) {
            this.nodes = nodes + 2;
            this.capacity = new long[this.nodes][this.nodes];
            this.excess = new long[this.nodes];
        }

        void edge(int from, int to, long low, long high) {
            if (low > high) {
                impossible = true;
                return;
            }
            capacity[from][to] += high - low;
            excess[to] += low;
            excess[from] -= low;
        }

        boolean feasible() {
            if (impossible) {
                return false;
            }
            int superSource = nodes - 2;
            int superSink = nodes - 1;
            long needed = 0;
            for (int n = 0; n < nodes - 2; n++) {
                if (excess[n] > 0) {
                    capacity[superSource][n] += excess[n];
                    needed += excess[n];
                } else if (excess[n] < 0) {
                    capacity[n][superSink] += -excess[n];
                }
            }
            return maximumFlow(superSource, superSink) == needed;
        }

        private long maximumFlow(int source, int sink) {
            long flow = 0;
            int[] previous = new int[nodes];
            while (true) {
                Arrays.fill(previous, -1);
                previous[source] = source;
                int[] queue = new int[nodes];
                int head = 0;
                int tail = 0;
                queue[tail++] = source;
                while (head < tail && previous[sink] < 0) {
                    int n = queue[head++];
                    for (int m = 0; m < nodes; m++) {
                        if (previous[m] < 0 && capacity[n][m] > 0) {
                            previous[m] = n;
                            queue[tail++] = m;
                        }
                    }
                }
                if (previous[sink] < 0) {
                    return flow;
                }
                long push = INFINITE;
                for (int n = sink; n != source; n = previous[n]) {
                    push = Math.min(push, capacity[previous[n]][n]);
                }
                for (int n = sink; n != source; n = previous[n]) {
                    capacity[previous[n]][n] -= push;
                    capacity[n][previous[n]] += push;
                }
                flow += push;
            }
        }
    }
}
