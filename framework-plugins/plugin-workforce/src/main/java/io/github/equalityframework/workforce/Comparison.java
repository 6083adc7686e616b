package io.github.equalityframework.workforce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Computes the pay gap measures of one characteristic: every group against the reference group, with
 * small-number suppression.
 *
 * <p>What each figure is built from, and so when it is suppressed (fewer than the minimum):
 * <ul>
 *   <li>a group's count of relevant employees: the count itself, with complementary suppression across
 *       the groups and the undeclared employees, whose counts add up to the published total; the
 *       declaration rate is withheld with the undeclared count, from which it could be worked back;</li>
 *   <li>the share of a group paid a bonus: the group's relevant employees;</li>
 *   <li>hourly pay gaps: the full-pay relevant employees of the group and of the reference group;</li>
 *   <li>bonus gaps: the employees of the group and of the reference group paid a bonus;</li>
 *   <li>quartile shares: the band's employees, and the group's full-pay relevant employees in the
 *       ranking, with complementary suppression across the groups, since a band's shares add up to 100%.</li>
 * </ul>
 * A group of fewer relevant employees than the minimum publishes no gap at all, not even the reason one
 * is missing.
 *
 * <p>A count withheld as a complement is as secret as the small count it protects, so nothing is
 * published from which it could be worked back: not the group's share paid a bonus (a percentage of it),
 * not its quartile shares (which, with the band sizes, give its employees on full pay, a lower bound), and
 * not its pay gaps or the reasons they are missing (a published gap says the group has at least the
 * minimum). When the reference group's count is withheld, no group's gap is published, for the same
 * reason. When the undeclared count is withheld, no quartile share is published: published shares fix how
 * many employees are ranked, so the published number of full-pay relevant employees minus that is how
 * many undeclared employees are on full pay (a lower bound on their count), and the withheld groups'
 * shares add up to how many of them are on full pay (a lower bound on theirs, so an upper bound on the
 * undeclared count).
 *
 * <p>By sex, the counts are withheld all together or not at all: the statutory figures, published whatever the
 * group sizes, tell a reader much of the men's and women's numbers (the quartile shares how many of each are on
 * full pay, the shares paid a bonus what their counts may be), so one published count by sex, with the total,
 * would narrow down the others, and with them the staff recorded as neither.
 */
final class Comparison {
    private final String characteristic;
    private final String reference;
    private final String undeclaredName;
    private final List<String> fixedGroups;
    private final IntFunction<String> groupOf;
    private final int minimum;
    private final boolean allOrNone;

    /**
     * @param reference   the group the others are compared with; always listed, first
     * @param fixedGroups further groups listed even when no employee is in them (women; disabled employees)
     * @param groupOf     the group of the employee of a row, or {@code null} when the employee is left out of the
     *                    comparison
     */
    Comparison(
            String characteristic,
            String reference,
            List<String> fixedGroups,
            String undeclaredName,
            IntFunction<String> groupOf,
            int minimum) {
        this(characteristic, reference, fixedGroups, undeclaredName, groupOf, minimum, false);
    }

    /** @param allOrNone whether the counts are withheld all together as soon as one is (by sex, see above) */
    Comparison(
            String characteristic,
            String reference,
            List<String> fixedGroups,
            String undeclaredName,
            IntFunction<String> groupOf,
            int minimum,
            boolean allOrNone) {
        this.allOrNone = allOrNone;
        this.characteristic = characteristic;
        this.reference = reference;
        this.fixedGroups = List.copyOf(fixedGroups);
        this.undeclaredName = undeclaredName;
        this.groupOf = groupOf;
        this.minimum = minimum;
    }

    /** Everything known about one group's employees. */
    private static final class Members {
        final String name;
        /** In the order the groups were met, for the ranking below. */
        final int order;

        int relevant;
        int paidBonus;
        final List<BigDecimal> hourly = new ArrayList<>();
        final List<BigDecimal> bonuses = new ArrayList<>();
        Averages hourlyAverages;
        Averages bonusAverages;

        Members(String name, int order) {
            this.name = name;
            this.order = order;
        }

        /** Works out the averages once, when every employee is in. */
        void close() {
            hourlyAverages = Averages.of(hourly);
            bonusAverages = Averages.of(bonuses);
        }
    }

    /** The number, mean and median of some amounts; the averages are {@code null} when there are none. */
    private record Averages(int count, BigDecimal mean, BigDecimal median) {
        static Averages of(List<BigDecimal> values) {
            return values.isEmpty()
                    ? new Averages(0, null, null)
                    : new Averages(values.size(), PayStatistics.mean(values), PayStatistics.median(values));
        }
    }

    /**
     * @param staff  the employees
     * @param rows  the rows of the relevant employees, ranked by hourly pay
     */
    CharacteristicPayGaps compute(EmployeeColumns staff, int[] rows) {
        Map<String, Members> groups = new LinkedHashMap<>();
        groups.put(reference, new Members(reference, 0));
        fixedGroups.forEach(g -> groups.put(g, new Members(g, groups.size())));
        int undeclared = 0;
        // The employees come ranked by hourly pay: the ranking for the quartiles is theirs, by group met.
        List<BigDecimal> pay = new ArrayList<>();
        int[] met = new int[rows.length];
        Members last = null;
        for (int row : rows) {
            String group = groupOf.apply(row);
            if (group == null) {
                undeclared++;
                continue;
            }
            // Neighbours in the ranking are often of one group: no look-up for them.
            Members m = last != null && last.name.equals(group)
                    ? last
                    : groups.computeIfAbsent(group, g -> new Members(g, groups.size()));
            last = m;
            m.relevant++;
            if (staff.paidBonus(row)) {
                m.paidBonus++;
                m.bonuses.add(staff.bonusPay(row));
            }
            if (staff.fullPayRelevant(row)) {
                BigDecimal hourly = staff.hourlyPay(row);
                m.hourly.add(hourly);
                met[pay.size()] = m.order;
                pay.add(hourly);
            }
        }
        groups.values().forEach(Members::close);
        List<String> names = new ArrayList<>(groups.keySet());
        names.remove(reference);
        names.sort(Comparator.comparing((String n) -> n.toLowerCase(Locale.ROOT))
                .thenComparing(Comparator.naturalOrder()));
        names.add(0, reference);

        // Counts: the groups and the undeclared employees add up to the published total.
        long[] counts = new long[names.size() + 1];
        for (int i = 0; i < names.size(); i++) {
            counts[i] = groups.get(names.get(i)).relevant;
        }
        counts[names.size()] = undeclared;
        boolean[] countWithheld = Suppression.withhold(counts, minimum);
        if (allOrNone && anyOf(countWithheld)) {
            for (int i = 0; i < counts.length; i++) {
                countWithheld[i] = counts[i] > 0;
            }
        }

        // Quartiles: the full-pay relevant employees of the groups, ranked together.
        int[] position = new int[names.size()];
        long[] ranked = new long[names.size()];
        for (int i = 0; i < names.size(); i++) {
            Members m = groups.get(names.get(i));
            position[m.order] = i;
            ranked[i] = m.hourly.size();
        }
        int[] member = new int[pay.size()];
        for (int r = 0; r < member.length; r++) {
            member[r] = position[met[r]];
        }
        Quartiles.Allocation bands = Quartiles.allocate(pay, member, names.size());
        // A band's shares add up to 100%: the groups whose shares are withheld for their counts need complements too.
        boolean[] quartileWithheld = new boolean[names.size()];
        boolean[] alsoWithheld = new boolean[names.size()];
        boolean noShares = countWithheld[names.size()];
        for (int i = 0; i < names.size(); i++) {
            alsoWithheld[i] = countWithheld[i] || small(groups.get(names.get(i)));
        }
        boolean[] completed = Suppression.withhold(ranked, minimum, alsoWithheld);
        for (int i = 0; i < names.size(); i++) {
            quartileWithheld[i] = noShares || alsoWithheld[i] || completed[i];
        }

        Members ref = groups.get(reference);
        List<GroupFigures> figures = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Members m = groups.get(names.get(i));
            boolean isReference = i == 0;
            List<Figure> quartiles = new ArrayList<>();
            for (int band = 0; band < 4; band++) {
                int size = bands.sizes()[band];
                // An empty band is "not available" only when nothing is withheld: which bands are empty tells how many
                // are ranked.
                quartiles.add(
                        size == 0 && minimum <= 1
                                ? Figure.notAvailable("no employees in this band")
                                : size < minimum || quartileWithheld[i]
                                        ? Figure.suppressed()
                                        : Figure.published(PayStatistics.percent(bands.counts()[band][i], size)));
            }
            boolean gapsWithheld = countWithheld[i] || countWithheld[0];
            figures.add(new GroupFigures(
                    names.get(i),
                    countWithheld[i] ? Figure.suppressed() : Figure.count(m.relevant),
                    m.relevant == 0
                            ? Figure.notAvailable("no relevant employees in the group")
                            : m.relevant < minimum || countWithheld[i]
                                    ? Figure.suppressed()
                                    : Figure.published(PayStatistics.percent(m.paidBonus, m.relevant)),
                    isReference
                            ? referenceItself()
                            : gapsWithheld ? Figure.suppressed() : hourlyGap(ref, m, Averages::mean),
                    isReference
                            ? referenceItself()
                            : gapsWithheld ? Figure.suppressed() : hourlyGap(ref, m, Averages::median),
                    isReference
                            ? referenceItself()
                            : gapsWithheld ? Figure.suppressed() : bonusGap(ref, m, Averages::mean),
                    isReference
                            ? referenceItself()
                            : gapsWithheld ? Figure.suppressed() : bonusGap(ref, m, Averages::median),
                    quartiles));
        }
        long total = rows.length;
        boolean undeclaredWithheld = countWithheld[names.size()];
        return new CharacteristicPayGaps(
                characteristic,
                reference,
                figures,
                undeclaredName,
                undeclaredWithheld ? Figure.suppressed() : Figure.count(undeclared),
                total == 0
                        ? Figure.notAvailable("no relevant employees")
                        : undeclaredWithheld
                                ? Figure.suppressed()
                                : Figure.published(PayStatistics.percent(total - undeclared, total)));
    }

    static boolean anyOf(boolean[] values) {
        for (boolean value : values) {
            if (value) {
                return true;
            }
        }
        return false;
    }

    private Figure hourlyGap(Members referenceGroup, Members group, Function<Averages, BigDecimal> average) {
        return gap(
                referenceGroup,
                group,
                referenceGroup.hourlyAverages,
                group.hourlyAverages,
                "full-pay relevant employees",
                average);
    }

    private Figure bonusGap(Members referenceGroup, Members group, Function<Averages, BigDecimal> average) {
        return gap(
                referenceGroup,
                group,
                referenceGroup.bonusAverages,
                group.bonusAverages,
                "employees paid a bonus",
                average);
    }

    /**
     * A gap between two groups. A group of fewer than the minimum publishes nothing, not even why a figure
     * is missing: "nobody in the group was paid a bonus" is itself a fact about a few people.
     */
    private Figure gap(
            Members referenceGroup,
            Members group,
            Averages referenceValues,
            Averages groupValues,
            String who,
            Function<Averages, BigDecimal> average) {
        if (small(referenceGroup) || small(group)) {
            return Figure.suppressed();
        }
        if (referenceValues.count() == 0) {
            return Figure.notAvailable("no " + who + " in the reference group");
        }
        if (groupValues.count() == 0) {
            return Figure.notAvailable("no " + who + " in the group");
        }
        if (referenceValues.count() < minimum || groupValues.count() < minimum) {
            return Figure.suppressed();
        }
        return Figure.published(PayStatistics.gap(average.apply(referenceValues), average.apply(groupValues)));
    }

    /** Whether a group has members, but fewer than the minimum. */
    private boolean small(Members group) {
        return group.relevant > 0 && group.relevant < minimum;
    }

    private static Figure referenceItself() {
        return Figure.notAvailable("the reference group");
    }
}
