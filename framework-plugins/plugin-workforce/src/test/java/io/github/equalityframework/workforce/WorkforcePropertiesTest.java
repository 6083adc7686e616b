package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class WorkforcePropertiesTest {
    static final WorkforceAnalysis EVERY_FIGURE =
            WorkforceAnalysis.builder().minimumGroupSize(1).build();
    static final WorkforceAnalysis DEFAULTS = WorkforceAnalysis.builder().build();
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Hourly pay from a few rates, so that ties across band boundaries are common. */
    @Provide
    Arbitrary<EmployeeRecord> employee() {
        return Combinators.combine(
                        Arbitraries.of(Sex.class),
                        Arbitraries.of("White British", "Asian", "Black", "Mixed")
                                .injectNull(0.1),
                        Arbitraries.of(DisabilityStatus.class),
                        Arbitraries.of("9.50", "10.00", "12.00", "12.00", "15.75", "21.30"),
                        Arbitraries.of("0", "0", "100.00", "250.00"),
                        Arbitraries.integers().between(0, 9))
                .as((sex, ethnicity, disability, hourly, bonus, leave) -> new EmployeeRecord(
                        "id",
                        sex,
                        ethnicity,
                        disability,
                        null,
                        leave == 0 ? null : new BigDecimal(hourly),
                        new BigDecimal(bonus),
                        true,
                        leave != 0,
                        null,
                        null));
    }

    @Property(tries = 300)
    void quartileSharesOfMenAndWomenAddUpToAHundredPercent(
            @ForAll @Size(min = 1, max = 120) List<@From("employee") EmployeeRecord> staff) {
        for (GenderPayGap.QuartileShares band :
                EVERY_FIGURE.analyse(staff).genderPayGap().quartiles()) {
            if (band.men().isPublished()) {
                BigDecimal sum = band.men().value().add(band.women().value());
                // Each share is rounded to one decimal place, so the sum may be off by 0.1.
                assertTrue(
                        sum.subtract(HUNDRED).abs().compareTo(new BigDecimal("0.1")) <= 0, band + " adds up to " + sum);
            }
        }
    }

    @Property
    void identicalPayForMenAndWomenHasNoGap(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 800, max = 5000) Integer> pence,
            @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 1, max = 100_000) Integer> bonuses) {
        List<EmployeeRecord> staff = new ArrayList<>();
        for (Sex sex : List.of(Sex.MALE, Sex.FEMALE)) {
            for (int i = 0; i < pence.size(); i++) {
                BigDecimal bonus = i < bonuses.size() ? BigDecimal.valueOf(bonuses.get(i), 2) : BigDecimal.ZERO;
                staff.add(new EmployeeRecord(
                        sex + "-" + i,
                        sex,
                        null,
                        DisabilityStatus.NOT_DECLARED,
                        null,
                        BigDecimal.valueOf(pence.get(i), 2),
                        bonus,
                        true,
                        true,
                        null,
                        null));
            }
        }

        GenderPayGap gap = EVERY_FIGURE.analyse(staff).genderPayGap();

        assertEquals(new BigDecimal("0.0"), gap.meanHourlyPayGap().value());
        assertEquals(new BigDecimal("0.0"), gap.medianHourlyPayGap().value());
        assertEquals(new BigDecimal("0.0"), gap.meanBonusGap().value());
        assertEquals(new BigDecimal("0.0"), gap.medianBonusGap().value());
        assertEquals(gap.menPaidBonus(), gap.womenPaidBonus());
    }

    @Property(tries = 300)
    void suppressedFiguresCannotBeRecoveredAndSmallGroupsPublishNothing(
            @ForAll @Size(max = 150) List<@From("employee") EmployeeRecord> staff) {
        WorkforceReport report = DEFAULTS.analyse(staff);
        int minimum = report.minimumGroupSize();
        for (CharacteristicPayGaps gaps : List.of(report.bySex(), report.byEthnicity(), report.byDisability())) {
            Map<String, long[]> sizes = sizes(staff, gaps.characteristic());
            // Counts add up to the published total: what the published ones leave over is 0, or at least the
            // minimum spread over two cells or more.
            long published = 0;
            int withheldCells = 0;
            List<Figure> counts = new ArrayList<>(
                    gaps.groups().stream().map(GroupFigures::relevantEmployees).toList());
            counts.add(gaps.undeclared());
            for (Figure count : counts) {
                if (count.isPublished()) {
                    long value = count.value().longValueExact();
                    assertTrue(
                            value == 0 || value >= minimum, gaps.characteristic() + " published a count of " + value);
                    published += value;
                } else {
                    withheldCells++;
                }
            }
            long leftOver = report.relevantEmployees() - published;
            // ... unless every employee is in a withheld cell: then nothing else could be withheld, and the
            // left-over is the employer's own total.
            assertTrue(
                    leftOver == 0 || (leftOver >= minimum && withheldCells >= 2) || published == 0,
                    gaps.characteristic() + ": " + leftOver + " employees in " + withheldCells + " withheld cells");
            for (GroupFigures group : gaps.groups()) {
                long relevant = sizes.get(group.group())[0];
                if (relevant > 0 && relevant < minimum) {
                    List<Figure> all = new ArrayList<>(List.of(
                            group.relevantEmployees(),
                            group.paidBonus(),
                            group.meanHourlyPayGap(),
                            group.medianHourlyPayGap(),
                            group.meanBonusGap(),
                            group.medianBonusGap()));
                    all.addAll(group.quartiles());
                    all.forEach(f -> assertTrue(
                            !f.isPublished(), gaps.characteristic() + " " + group.group() + " published " + f));
                }
            }
            // A band's shares add up to 100%: the groups withheld in a band must hold, together, at least the
            // minimum of the ranked employees, and never be a single group.
            for (int band = 0; band < 4; band++) {
                long withheldRanked = 0;
                int withheldGroups = 0;
                for (GroupFigures group : gaps.groups()) {
                    Figure share = group.quartiles().get(band);
                    long ranked = sizes.get(group.group())[1];
                    if (share.status() == Figure.Status.SUPPRESSED && ranked > 0) {
                        withheldRanked += ranked;
                        withheldGroups++;
                    }
                }
                int b = band;
                boolean bandWithheld = gaps.groups().stream()
                        .noneMatch(g -> g.quartiles().get(b).isPublished());
                if (!bandWithheld) {
                    assertNotEquals(1, withheldGroups, gaps.characteristic() + " band " + band);
                    assertTrue(
                            withheldGroups == 0 || withheldRanked >= minimum, gaps.characteristic() + " band " + band);
                }
            }
        }
    }

    /** Per group of a characteristic: {relevant employees, full-pay relevant employees}. */
    private static Map<String, long[]> sizes(List<EmployeeRecord> staff, String characteristic) {
        Map<String, long[]> sizes = new HashMap<>();
        List.of(
                        WorkforceAnalysis.MEN,
                        WorkforceAnalysis.WOMEN,
                        WorkforceAnalysis.NOT_DISABLED,
                        WorkforceAnalysis.DISABLED)
                .forEach(always -> sizes.put(always, new long[2]));
        sizes.put(WorkforceAnalysis.DEFAULT_ETHNICITY_REFERENCE, new long[2]);
        for (EmployeeRecord e : staff) {
            String group = switch (characteristic) {
                case "sex" ->
                    e.sex() == Sex.MALE
                            ? WorkforceAnalysis.MEN
                            : e.sex() == Sex.FEMALE ? WorkforceAnalysis.WOMEN : null;
                case "disability" ->
                    e.disability() == DisabilityStatus.DISABLED
                            ? WorkforceAnalysis.DISABLED
                            : e.disability() == DisabilityStatus.NOT_DISABLED ? WorkforceAnalysis.NOT_DISABLED : null;
                default -> e.ethnicGroup();
            };
            if (group != null) {
                long[] size = sizes.computeIfAbsent(group, g -> new long[2]);
                size[0]++;
                size[1] += e.fullPayRelevant() ? 1 : 0;
            }
        }
        return sizes;
    }
}
