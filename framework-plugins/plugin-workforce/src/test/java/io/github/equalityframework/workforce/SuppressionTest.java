package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {
    static final WorkforceAnalysis DEFAULTS = WorkforceAnalysis.builder().build();

    /** {@code count} full-pay relevant employees of one kind, paid from {@code from} upwards in pennies. */
    static List<EmployeeRecord> staff(
            String prefix,
            int count,
            Sex sex,
            String ethnicGroup,
            DisabilityStatus disability,
            double from,
            boolean bonus) {
        List<EmployeeRecord> staff = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            staff.add(Employees.employee(
                    prefix + i,
                    sex,
                    ethnicGroup,
                    disability,
                    String.format("%.2f", from + i * 0.37),
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

        // Sex: men 30, women 25, not recorded 4. The 4 would be 59 - 30 - 25, and the statutory figures, published
        // whatever the numbers, tell much of the men's and women's counts (the quartile shares how many of each are on
        // full pay, the share of men paid a bonus, 28 of 30, what the men's count may be): so the counts by sex are
        // withheld all together, and the voluntary breakdown by sex with them.
        CharacteristicPayGaps sex = report.bySex();
        assertEquals(59, report.relevantEmployees());
        assertEquals(
                "[c] [c] [c] [c]",
                sex.groups().get(0).relevantEmployees() + " "
                        + sex.groups().get(1).relevantEmployees() + " " + sex.undeclared() + " "
                        + sex.declarationRate());
        for (GroupFigures group : sex.groups()) {
            for (Figure figure : List.of(
                    group.meanHourlyPayGap(),
                    group.medianHourlyPayGap(),
                    group.meanBonusGap(),
                    group.medianBonusGap(),
                    group.paidBonus(),
                    group.quartiles().get(0))) {
                assertTrue(figure.status() != Figure.Status.PUBLISHED, group.group() + " " + figure);
            }
        }
        // So is the grade table by sex, cell by cell; the grade totals, which are not about sex, stay.
        Representation bySexAndGrade = report.representation("sex").orElseThrow();
        for (Representation.Grade grade : bySexAndGrade.grades()) {
            assertTrue(
                    grade.groups().stream().noneMatch(cell -> cell.employees().isPublished()), grade.grade());
        }
        // The six statutory figures are published all the same: the regulations require them whatever the numbers.
        GenderPayGap gap = report.genderPayGap();
        for (Figure figure : List.of(
                gap.meanHourlyPayGap(),
                gap.medianHourlyPayGap(),
                gap.meanBonusGap(),
                gap.medianBonusGap(),
                gap.menPaidBonus(),
                gap.womenPaidBonus(),
                gap.quartiles().get(0).women(),
                gap.quartiles().get(3).men())) {
            assertEquals(Figure.Status.PUBLISHED, figure.status());
        }

        // Ethnicity: White British 40, Asian 12, Black 5, not declared 2.
        CharacteristicPayGaps ethnicity = report.byEthnicity();
        GroupFigures asian = ethnicity.group("Asian").orElseThrow();
        GroupFigures black = ethnicity.group("Black").orElseThrow();
        assertEquals("40", ethnicity.groups().get(0).relevantEmployees().toString());
        // 5 and 2 make 7: Asian's count is withheld as well, so 59 - 40 = 19 is all that can be worked out.
        assertEquals(
                List.of(Figure.Status.SUPPRESSED, Figure.Status.SUPPRESSED, Figure.Status.SUPPRESSED),
                List.of(
                        asian.relevantEmployees().status(),
                        black.relevantEmployees().status(),
                        ethnicity.undeclared().status()));
        assertEquals(Figure.Status.SUPPRESSED, ethnicity.declarationRate().status(), "it would give the 2 undeclared");
        // Asian's count protects Black's and the undeclared: 8 of 12 paid a bonus (66.7%) would leave only 12 or 15,
        // and a published gap would say "at least 10". Black (5) has no figure at all.
        for (Figure figure : List.of(asian.paidBonus(), asian.meanHourlyPayGap(), asian.medianHourlyPayGap())) {
            assertEquals(Figure.Status.SUPPRESSED, figure.status());
        }
        for (Figure figure : List.of(
                black.paidBonus(),
                black.meanHourlyPayGap(),
                black.medianHourlyPayGap(),
                black.meanBonusGap(),
                black.medianBonusGap())) {
            assertEquals(Figure.Status.SUPPRESSED, figure.status());
            assertNull(figure.value());
        }
        // White British's shares would fix the 57 ranked, so 59 - 57 = 2 undeclared on full pay: none is published.
        ethnicity.groups().forEach(g -> g.quartiles().forEach(f -> assertEquals(Figure.Status.SUPPRESSED, f.status())));
        assertEquals(Figure.Status.SUPPRESSED, asian.meanBonusGap().status());
    }

    @Test
    void smallGroupWithNoOneOnFullPayDoesNotShowItsZeroShares() {
        List<EmployeeRecord> staff = new ArrayList<>();
        staff.addAll(staff("m", 20, Sex.MALE, "White British", DisabilityStatus.NOT_DISABLED, 10, false));
        staff.addAll(staff("f", 20, Sex.FEMALE, "White British", DisabilityStatus.NOT_DISABLED, 10, false));
        for (int i = 0; i < 3; i++) {
            staff.add(new EmployeeRecord(
                    "leave" + i,
                    Sex.FEMALE,
                    "Chinese",
                    DisabilityStatus.NOT_DISABLED,
                    null,
                    null,
                    java.math.BigDecimal.ZERO,
                    true,
                    false,
                    null,
                    null));
        }

        GroupFigures chinese =
                DEFAULTS.analyse(staff).byEthnicity().group("Chinese").orElseThrow();

        // 0.0% in every band would tell that none of the three is on full pay.
        chinese.quartiles().forEach(f -> assertEquals(Figure.Status.SUPPRESSED, f.status()));
    }

    @Test
    void bandsOfFewerThanTheMinimumPublishNoShares() {
        List<EmployeeRecord> staff = new ArrayList<>();
        staff.addAll(staff("m", 18, Sex.MALE, null, DisabilityStatus.NOT_DECLARED, 10, false));
        staff.addAll(staff("f", 18, Sex.FEMALE, null, DisabilityStatus.NOT_DECLARED, 10, false));

        WorkforceReport report = DEFAULTS.analyse(staff);

        // 36 ranked: bands of 9, each under 10, in the voluntary breakdown by sex.
        report.bySex().groups().get(0).quartiles().forEach(q -> assertEquals(Figure.Status.SUPPRESSED, q.status()));
        // The statutory quartiles are published whatever the band sizes.
        report.genderPayGap()
                .quartiles()
                .forEach(q -> assertEquals(
                        List.of(Figure.Status.PUBLISHED, Figure.Status.PUBLISHED),
                        List.of(q.men().status(), q.women().status())));
    }

    /*
     * White British 40, Asian 12, Black 5, everyone declared. Black's 5 is withheld with Asian's 12; in each band
     * their shares add up to 100% less White British's, so they are withheld together and White British's stay.
     */
    @Test
    void sharesOfAGroupWithheldAsAComplementGoWithTheSmallGroupsShares() {
        List<EmployeeRecord> staff = new ArrayList<>();
        staff.addAll(staff("wb", 40, Sex.MALE, "White British", DisabilityStatus.NOT_DISABLED, 12, true));
        staff.addAll(staff("as", 12, Sex.FEMALE, "Asian", DisabilityStatus.NOT_DISABLED, 13, false));
        staff.addAll(staff("bl", 5, Sex.FEMALE, "Black", DisabilityStatus.NOT_DISABLED, 14, false));

        CharacteristicPayGaps ethnicity = DEFAULTS.analyse(staff).byEthnicity();

        GroupFigures asian = ethnicity.group("Asian").orElseThrow();
        assertEquals(
                "40 [c] [c] 0 100.0",
                ethnicity.groups().get(0).relevantEmployees() + " "
                        + asian.relevantEmployees() + " "
                        + ethnicity.group("Black").orElseThrow().relevantEmployees() + " "
                        + ethnicity.undeclared() + " " + ethnicity.declarationRate());
        ethnicity.groups().get(0).quartiles().forEach(f -> assertEquals(Figure.Status.PUBLISHED, f.status()));
        for (GroupFigures group : ethnicity.groups().subList(1, 3)) {
            group.quartiles().forEach(f -> assertEquals(Figure.Status.SUPPRESSED, f.status()));
            assertEquals(
                    List.of(Figure.Status.SUPPRESSED, Figure.Status.SUPPRESSED, Figure.Status.SUPPRESSED),
                    List.of(
                            group.paidBonus().status(),
                            group.meanHourlyPayGap().status(),
                            group.medianHourlyPayGap().status()));
        }
    }

    @Test
    void withheldCellsOfOnePersonEachAreNotEnoughEvenWhenTheyReachTheMinimum() {
        // Two withheld cells of one person each: a listed group has someone in it, so both would be known.
        assertArrayEquals(new boolean[] {true, true, true}, Suppression.withhold(new long[] {5, 1, 1}, 2));
        assertArrayEquals(new boolean[] {false, true, true}, Suppression.withhold(new long[] {5, 1, 2}, 2));
        // A cell withheld for another reason is completed like a small one.
        assertArrayEquals(
                new boolean[] {false, true, true, false},
                Suppression.withhold(new long[] {40, 20, 12, 30}, 10, new boolean[] {false, true, false, false}));
    }
}
