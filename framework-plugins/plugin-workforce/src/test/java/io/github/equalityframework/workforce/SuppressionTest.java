package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {
    static final WorkforceAnalysis DEFAULTS = WorkforceAnalysis.builder().build();

    /** {@code count} full-pay relevant employees of one kind, paid from {@code from} upwards in pennies. */
    static List<EmployeeRecord> staff(String prefix, int count, Sex sex, String ethnicGroup, DisabilityStatus disability,
            double from, boolean bonus) {
        List<EmployeeRecord> staff = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            staff.add(Employees.employee(prefix + i, sex, ethnicGroup, disability, String.format("%.2f", from + i * 0.37),
                    bonus ? "150.00" : "0"));
        }
        return staff;
    }

    @Test
    void smallCellsAreWithheldWithTheSmallestOtherCellSoNoneCanBeWorkedOut() {
        assertArrayEquals(new boolean[] {false, false}, Suppression.withhold(new long[] {30, 25}, 10));
        // 4 alone would be total - 30 - 25: the smallest other cell goes with it.
        assertArrayEquals(new boolean[] {false, true, true}, Suppression.withhold(new long[] {30, 25, 4}, 10));
        // 5 + 2 = 7 would still be under 10 together: one more.
        assertArrayEquals(new boolean[] {false, true, true, true}, Suppression.withhold(new long[] {40, 12, 5, 2}, 10));
        // Two small cells of 6 and 7 make 13 together: enough.
        assertArrayEquals(new boolean[] {false, true, true}, Suppression.withhold(new long[] {40, 6, 7}, 10));
        // Empty cells reveal nothing and hide nothing.
        assertArrayEquals(new boolean[] {false, false, false}, Suppression.withhold(new long[] {40, 0, 12}, 10));
        assertArrayEquals(new boolean[] {true, true}, Suppression.withhold(new long[] {40, 3}, 10));
        assertArrayEquals(new boolean[] {false, false}, Suppression.withhold(new long[] {4, 3}, 1));
    }

    /*
     * 30 men, 25 women, 4 employees whose sex is not recorded; ethnic groups White British 40, Asian 12,
     * Black 5, not declared 2. Default minimum 10.
     */
    @Test
    void groupsUnderTenPublishNoFigureAndTheirCountsCannotBeRecovered() {
        List<EmployeeRecord> staff = new ArrayList<>();
        staff.addAll(staff("wb-m", 20, Sex.MALE, "White British", DisabilityStatus.NOT_DISABLED, 12, true));
        staff.addAll(staff("wb-f", 20, Sex.FEMALE, "White British", DisabilityStatus.NOT_DISABLED, 11, true));
        staff.addAll(staff("as-m", 8, Sex.MALE, "Asian", DisabilityStatus.DISABLED, 13, true));
        staff.addAll(staff("as-f", 2, Sex.FEMALE, "Asian", DisabilityStatus.DISABLED, 13, false));
        staff.addAll(staff("as-x", 2, Sex.OTHER_OR_NOT_RECORDED, "Asian", DisabilityStatus.DISABLED, 13, false));
        staff.addAll(staff("bl-m", 2, Sex.MALE, "Black", DisabilityStatus.NOT_DECLARED, 14, false));
        staff.addAll(staff("bl-f", 3, Sex.FEMALE, "Black", DisabilityStatus.NOT_DECLARED, 14, false));
        staff.addAll(staff("nd-x", 2, Sex.OTHER_OR_NOT_RECORDED, null, DisabilityStatus.NOT_DECLARED, 15, false));

        WorkforceReport report = DEFAULTS.analyse(staff);

        // Sex: men 30, women 25, not recorded 4. The 4 would be 59 - 30 - 25, so the women's count goes too.
        CharacteristicPayGaps sex = report.bySex();
        assertEquals(59, report.relevantEmployees());
        assertEquals("30 suppressed suppressed suppressed",
                sex.groups().get(0).relevantEmployees() + " " + sex.groups().get(1).relevantEmployees() + " "
                        + sex.undeclared() + " " + sex.declarationRate());
        // The six statutory figures rest on 30 men and 25 women: published.
        GenderPayGap gap = report.genderPayGap();
        assertEquals(Figure.Status.PUBLISHED, gap.meanHourlyPayGap().status());
        assertEquals(Figure.Status.PUBLISHED, gap.quartiles().get(0).women().status());
        // Bonuses: 28 men but only 20 women were paid one; both at least 10.
        assertEquals(Figure.Status.PUBLISHED, gap.meanBonusGap().status());

        // Ethnicity: White British 40, Asian 12, Black 5, not declared 2.
        CharacteristicPayGaps ethnicity = report.byEthnicity();
        GroupFigures asian = ethnicity.group("Asian").orElseThrow();
        GroupFigures black = ethnicity.group("Black").orElseThrow();
        assertEquals("40", ethnicity.groups().get(0).relevantEmployees().toString());
        // 5 and 2 make 7: Asian's count is withheld as well, so 59 - 40 = 19 is all that can be worked out.
        assertEquals(List.of(Figure.Status.SUPPRESSED, Figure.Status.SUPPRESSED, Figure.Status.SUPPRESSED),
                List.of(asian.relevantEmployees().status(), black.relevantEmployees().status(), ethnicity.undeclared().status()));
        assertEquals(Figure.Status.SUPPRESSED, ethnicity.declarationRate().status(), "it would give the 2 undeclared");
        // Asian (12 on full pay) has its gap; Black (5) has no figure at all.
        assertEquals(Figure.Status.PUBLISHED, asian.meanHourlyPayGap().status());
        assertEquals(Figure.Status.PUBLISHED, asian.paidBonus().status());
        for (Figure figure : List.of(black.paidBonus(), black.meanHourlyPayGap(), black.medianHourlyPayGap(),
                black.meanBonusGap(), black.medianBonusGap())) {
            assertEquals(Figure.Status.SUPPRESSED, figure.status());
            assertNull(figure.value());
        }
        // Quartile shares add up to 100% in a band, so Asian's go with Black's; White British's stay.
        black.quartiles().forEach(f -> assertEquals(Figure.Status.SUPPRESSED, f.status()));
        asian.quartiles().forEach(f -> assertEquals(Figure.Status.SUPPRESSED, f.status()));
        ethnicity.groups().get(0).quartiles().forEach(f -> assertEquals(Figure.Status.PUBLISHED, f.status()));
        // Asian's bonus gap rests on only 8 employees paid a bonus.
        assertEquals(Figure.Status.SUPPRESSED, asian.meanBonusGap().status());
    }

    @Test
    void smallGroupWithNoOneOnFullPayDoesNotShowItsZeroShares() {
        List<EmployeeRecord> staff = new ArrayList<>();
        staff.addAll(staff("m", 20, Sex.MALE, "White British", DisabilityStatus.NOT_DISABLED, 10, false));
        staff.addAll(staff("f", 20, Sex.FEMALE, "White British", DisabilityStatus.NOT_DISABLED, 10, false));
        for (int i = 0; i < 3; i++) {
            staff.add(new EmployeeRecord("leave" + i, Sex.FEMALE, "Chinese", DisabilityStatus.NOT_DISABLED, null, null,
                    java.math.BigDecimal.ZERO, true, false, null, null));
        }

        GroupFigures chinese = DEFAULTS.analyse(staff).byEthnicity().group("Chinese").orElseThrow();

        // 0.0% in every band would tell that none of the three is on full pay.
        chinese.quartiles().forEach(f -> assertEquals(Figure.Status.SUPPRESSED, f.status()));
    }

    @Test
    void bandsOfFewerThanTheMinimumPublishNoShares() {
        List<EmployeeRecord> staff = new ArrayList<>();
        staff.addAll(staff("m", 18, Sex.MALE, null, DisabilityStatus.NOT_DECLARED, 10, false));
        staff.addAll(staff("f", 18, Sex.FEMALE, null, DisabilityStatus.NOT_DECLARED, 10, false));

        GenderPayGap gap = DEFAULTS.analyse(staff).genderPayGap();

        // 36 ranked: bands of 9, each under 10.
        gap.quartiles().forEach(q -> assertEquals(Figure.Status.SUPPRESSED, q.men().status()));
        assertEquals(Figure.Status.PUBLISHED, gap.meanHourlyPayGap().status());
    }
}
