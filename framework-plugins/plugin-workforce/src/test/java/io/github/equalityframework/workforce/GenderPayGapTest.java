package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GenderPayGapTest {
    /** Small hand-computed data: every group is under 10, so these tests publish from groups of one. */
    static final WorkforceAnalysis EVERY_FIGURE = WorkforceAnalysis.builder()
            .minimumGroupSize(1)
            .snapshotDate(LocalDate.of(2024, 3, 31))
            .build();

    static List<EmployeeRecord> handComputed() {
        var in = GenderPayGapTest.class.getResourceAsStream("hand-computed.csv");
        EmployeeFile file = EmployeeCsv.withDefaultColumns()
                .read(new InputStreamReader(in, StandardCharsets.UTF_8), "hand-computed.csv");
        assertEquals(List.of(), file.problems());
        return file.employees();
    }

    /*
     * hand-computed.csv, relevant employees: M1-M5 (men), W1-W6 (women), X1 (sex not known, left out of
     * the gender figures); M6 left before the snapshot date (not relevant); W6 is on reduced pay
     * (relevant, not full-pay relevant).
     *
     * Hourly pay of full-pay relevant employees:
     *   men   10, 12, 14, 20, 24   mean 80 / 5 = 16.00   median 14
     *   women  9, 10, 11, 13, 18   mean 61 / 5 = 12.20   median 11
     *   mean gap   (16.00 - 12.20) / 16.00 x 100 = 23.75  -> 23.8 (half up)
     *   median gap (14 - 11) / 14 x 100        = 21.428.. -> 21.4
     * Bonus pay of relevant employees paid a bonus (W6 counts although on reduced pay):
     *   men   100, 500, 900   mean 500   median 500
     *   women 100, 200, 600   mean 300   median 200
     *   mean bonus gap   (500 - 300) / 500 x 100 = 40.0
     *   median bonus gap (500 - 200) / 500 x 100 = 60.0
     * Paid a bonus: men 3 of 5 relevant = 60.0; women 3 of 6 relevant = 50.0
     * Quartiles: 10 full-pay men and women ranked, bands of 3, 2, 3, 2 (ends at ceil(10/4)=3, 5, ceil(7.5)=8, 10):
     *   lower        9 W1, 10 M1, 10 W2    1 man, 2 women   33.3 / 66.7
     *   lower middle 11 W3, 12 M2          1 man, 1 woman   50.0 / 50.0
     *   upper middle 13 W4, 14 M3, 18 W5   1 man, 2 women   33.3 / 66.7
     *   upper        20 M4, 24 M5          2 men            100.0 / 0.0
     */
    @Test
    void theSixStatutoryFiguresOfTheHandComputedFile() {
        WorkforceReport report = EVERY_FIGURE.analyse(handComputed());
        GenderPayGap gap = report.genderPayGap();

        assertEquals("23.8", gap.meanHourlyPayGap().toString());
        assertEquals("21.4", gap.medianHourlyPayGap().toString());
        assertEquals("40.0", gap.meanBonusGap().toString());
        assertEquals("60.0", gap.medianBonusGap().toString());
        assertEquals("60.0", gap.menPaidBonus().toString());
        assertEquals("50.0", gap.womenPaidBonus().toString());
        assertEquals(
                List.of("lower 33.3/66.7", "lower middle 50.0/50.0", "upper middle 33.3/66.7", "upper 100.0/0.0"),
                gap.quartiles().stream()
                        .map(q -> q.band() + " " + q.men() + "/" + q.women())
                        .toList());
        assertEquals(12, report.relevantEmployees());
        assertEquals(11, report.fullPayRelevantEmployees());
        assertEquals("1", report.bySex().undeclared().toString(), "X1 is counted but left out");
    }

    /*
     * By ethnic group, reference White British (M1, M3, M4, W1, W3, W5, X1 on full pay):
     *   White British hourly 9, 10, 11, 14, 15, 18, 20: mean 97/7 = 13.857.., median 14
     *   Asian British (M2 12, W2 10): mean 11, median 11
     *     mean gap (97/7 - 11) / (97/7) = 20/97 = 20.6;  median gap (14 - 11) / 14 = 21.4
     *   Black British (M5 24): mean gap (97/7 - 24) / (97/7) = -71/97 = -73.195.. -> -73.2 (paid more)
     *   Bonuses: White British 500 (M4), 600 (W6): mean 550; Asian British 100, 100: mean 100
     *     mean bonus gap (550 - 100) / 550 = 81.8
     *   Declared: 11 of 12 relevant employees (W4 left it blank) = 91.7
     * By disability, reference not disabled (M1, M2, M4, W1, W3, W4, W5, X1 on full pay):
     *   not disabled 9, 10, 11, 12, 13, 15, 18, 20: mean 108/8 = 13.5, median (12 + 13) / 2 = 12.5
     *   disabled (M3 14, W2 10): mean 12, median 12
     *     mean gap (13.5 - 12) / 13.5 = 11.1;  median gap (12.5 - 12) / 12.5 = 4.0
     *   Bonuses: not disabled 100, 200, 500, 600: mean 350; disabled 100: gap (350 - 100) / 350 = 71.4
     */
    @Test
    void theSameMeasuresByEthnicGroupAndByDisability() {
        WorkforceReport report = EVERY_FIGURE.analyse(handComputed());

        CharacteristicPayGaps ethnicity = report.byEthnicity();
        assertEquals(
                List.of("White British", "Asian British", "Black British"),
                ethnicity.groups().stream().map(GroupFigures::group).toList());
        GroupFigures asian = ethnicity.group("Asian British").orElseThrow();
        assertEquals(
                "20.6 21.4 81.8 100.0",
                asian.meanHourlyPayGap() + " " + asian.medianHourlyPayGap() + " " + asian.meanBonusGap() + " "
                        + asian.paidBonus());
        assertEquals(
                "-73.2",
                ethnicity
                        .group("Black British")
                        .orElseThrow()
                        .meanHourlyPayGap()
                        .toString());
        assertEquals("91.7", ethnicity.declarationRate().toString());
        assertEquals(
                "the reference group",
                ethnicity.groups().get(0).meanHourlyPayGap().note());

        CharacteristicPayGaps disability = report.byDisability();
        assertEquals("Not disabled", disability.referenceGroup());
        GroupFigures disabled = disability.group("Disabled").orElseThrow();
        assertEquals(
                "11.1 4.0 71.4",
                disabled.meanHourlyPayGap() + " " + disabled.medianHourlyPayGap() + " " + disabled.meanBonusGap());
        assertEquals("91.7", disability.declarationRate().toString());
    }

    /*
     * Eight full-pay employees, bands of 2: W 8.00, then six on 10.00 (2 men, 4 women), then M 30.00.
     * The six tied employees fill ranks 2-7, straddling all four bands (1, 2, 2 and 1 places). Shared out
     * band by band in proportion to who is left at the rate, men first on equal remainders:
     *   lower 1 place:        men 2x1/6 = 0.33, women 4x1/6 = 0.67  -> 1 woman   (left 2 men, 3 women)
     *   lower middle 2:       men 2x2/5 = 0.8,  women 3x2/5 = 1.2   -> 1 man, 1 woman (left 1, 2)
     *   upper middle 2:       men 1x2/3 = 0.67, women 2x2/3 = 1.33  -> 1 man, 1 woman (left 0, 1)
     *   upper 1:              the last woman
     * Bands: lower W(8) + W = 0.0/100.0; lower middle 50/50; upper middle 50/50; upper W + M(30) = 50/50.
     */
    @Test
    void tiedPayAcrossBoundariesIsSharedInProportionWhateverTheRowOrder() {
        List<EmployeeRecord> staff = new ArrayList<>(List.of(
                Employees.fullPay("w-low", Sex.FEMALE, "8.00"),
                Employees.fullPay("m1", Sex.MALE, "10.00"),
                Employees.fullPay("m2", Sex.MALE, "10.00"),
                Employees.fullPay("w1", Sex.FEMALE, "10.00"),
                Employees.fullPay("w2", Sex.FEMALE, "10.00"),
                Employees.fullPay("w3", Sex.FEMALE, "10.00"),
                Employees.fullPay("w4", Sex.FEMALE, "10.00"),
                Employees.fullPay("m-high", Sex.MALE, "30.00")));
        List<String> expected =
                List.of("lower 0.0/100.0", "lower middle 50.0/50.0", "upper middle 50.0/50.0", "upper 50.0/50.0");

        Random random = new Random(8);
        for (int shuffle = 0; shuffle < 20; shuffle++) {
            Collections.shuffle(staff, random);
            assertEquals(
                    expected,
                    EVERY_FIGURE.analyse(staff).genderPayGap().quartiles().stream()
                            .map(q -> q.band() + " " + q.men() + "/" + q.women())
                            .toList());
        }
    }

    @Test
    void employeesLeftOverAfterDividingByFourGoToTheLowerThenUpperMiddleThenLowerMiddleBand() {
        assertArrayEquals(new int[] {2, 2, 2, 2}, sizes(8));
        assertArrayEquals(new int[] {2, 1, 1, 1}, sizes(5));
        assertArrayEquals(new int[] {2, 1, 2, 1}, sizes(6));
        assertArrayEquals(new int[] {2, 2, 2, 1}, sizes(7));
        assertArrayEquals(new int[] {1, 1, 1, 0}, sizes(3));
    }

    @Test
    void bandWithNoEmployeesHasNoShares() {
        List<EmployeeRecord> three = List.of(
                Employees.fullPay("a", Sex.MALE, "10"),
                Employees.fullPay("b", Sex.FEMALE, "11"),
                Employees.fullPay("c", Sex.MALE, "12"));

        GenderPayGap.QuartileShares upper =
                EVERY_FIGURE.analyse(three).genderPayGap().quartiles().get(3);

        assertEquals(Figure.Status.NOT_AVAILABLE, upper.men().status());
        assertEquals("no employees in this band", upper.men().note());
    }

    @Test
    void withoutBonusesTheBonusGapsAreNotAvailableAndTheProportionsAreZero() {
        List<EmployeeRecord> staff =
                List.of(Employees.fullPay("a", Sex.MALE, "10"), Employees.fullPay("b", Sex.FEMALE, "10"));

        GenderPayGap gap = EVERY_FIGURE.analyse(staff).genderPayGap();

        assertEquals(Figure.Status.NOT_AVAILABLE, gap.meanBonusGap().status());
        assertEquals(
                "no employees paid a bonus in the reference group",
                gap.meanBonusGap().note());
        assertEquals(Figure.Status.NOT_AVAILABLE, gap.medianBonusGap().status());
        assertEquals("0.0", gap.menPaidBonus().toString());
        assertEquals("0.0", gap.womenPaidBonus().toString());
        assertEquals("0.0", gap.meanHourlyPayGap().toString());
    }

    @Test
    void quartileWithOneSexOnlyIsAHundredPercent() {
        List<EmployeeRecord> staff = List.of(
                Employees.fullPay("w1", Sex.FEMALE, "9"),
                Employees.fullPay("w2", Sex.FEMALE, "9.5"),
                Employees.fullPay("m1", Sex.MALE, "20"),
                Employees.fullPay("m2", Sex.MALE, "21"));

        var quartiles = EVERY_FIGURE.analyse(staff).genderPayGap().quartiles();

        assertEquals(
                "0.0/100.0", quartiles.get(0).men() + "/" + quartiles.get(0).women());
        assertEquals(
                "100.0/0.0", quartiles.get(3).men() + "/" + quartiles.get(3).women());
    }

    @Test
    void withoutWomenTheGapsAreNotAvailable() {
        GenderPayGap gap = EVERY_FIGURE
                .analyse(List.of(Employees.fullPay("m", Sex.MALE, "10")))
                .genderPayGap();

        assertEquals(
                "no full-pay relevant employees in the group",
                gap.meanHourlyPayGap().note());
        assertEquals("no relevant employees in the group", gap.womenPaidBonus().note());
        assertEquals(
                "100.0/0.0",
                gap.quartiles().get(0).men() + "/" + gap.quartiles().get(0).women());
    }

    @Test
    void twoHundredAndFiftyRelevantEmployeesBringTheStatutoryDuty() {
        List<EmployeeRecord> staff = new ArrayList<>();
        for (int i = 0; i < 249; i++) {
            staff.add(Employees.fullPay("e" + i, i % 2 == 0 ? Sex.MALE : Sex.FEMALE, "12.00"));
        }
        staff.add(new EmployeeRecord(
                "left",
                Sex.MALE,
                null,
                DisabilityStatus.NOT_DECLARED,
                null,
                null,
                BigDecimal.ZERO,
                false,
                false,
                null,
                null));
        assertEquals(false, EVERY_FIGURE.analyse(staff).statutoryDuty(), "249 relevant; the leaver does not count");

        staff.add(Employees.fullPay("e249", Sex.FEMALE, "12.00"));
        assertTrue(EVERY_FIGURE.analyse(staff).statutoryDuty());
    }

    private static int[] sizes(int n) {
        List<BigDecimal> pay = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pay.add(BigDecimal.valueOf(i));
        }
        return Quartiles.allocate(pay, new int[n], 1).sizes();
    }

    /*
     * The case: 300 staff, 2 of them recorded as neither male nor female, at the default threshold of 10.
     * The 2 are withheld in the voluntary breakdown by sex; the six statutory figures, men against women, are all
     * published, and the report says which figures are statutory and how the 2 are handled.
     */
    @Test
    void twoStaffOfAnotherSexHideNoneOfTheSixStatutoryFigures() {
        List<EmployeeRecord> staff = new ArrayList<>();
        staff.addAll(
                SuppressionTest.staff("m", 150, Sex.MALE, "White British", DisabilityStatus.NOT_DISABLED, 12, true));
        staff.addAll(
                SuppressionTest.staff("f", 148, Sex.FEMALE, "White British", DisabilityStatus.NOT_DISABLED, 11, true));
        staff.addAll(SuppressionTest.staff(
                "x", 2, Sex.OTHER_OR_NOT_RECORDED, "White British", DisabilityStatus.NOT_DISABLED, 12, false));

        WorkforceReport report = WorkforceAnalysis.builder().build().analyse(staff);

        assertEquals(Figure.Status.SUPPRESSED, report.bySex().undeclared().status());
        GenderPayGap gap = report.genderPayGap();
        List<Figure> six = new ArrayList<>(List.of(
                gap.meanHourlyPayGap(),
                gap.medianHourlyPayGap(),
                gap.meanBonusGap(),
                gap.medianBonusGap(),
                gap.menPaidBonus(),
                gap.womenPaidBonus()));
        gap.quartiles().forEach(q -> six.addAll(List.of(q.men(), q.women())));
        six.forEach(figure -> assertEquals(Figure.Status.PUBLISHED, figure.status(), figure::toString));
        // Men and women only: the 2 are neither in the ranking nor in the shares paid a bonus.
        assertEquals("100.0", gap.menPaidBonus().toString());
        assertEquals("100.0", gap.womenPaidBonus().toString());

        String markdown = WorkforceReportWriter.MARKDOWN.write(report, List.of());
        assertTrue(markdown.contains("## Gender pay gap (statutory)"), markdown);
        assertTrue(markdown.contains("Statutory figures: published whatever the group sizes, never withheld."));
        assertTrue(markdown.contains("Staff recorded as neither male nor female are left out of these six figures"));
        assertTrue(markdown.contains("## Representation by sex (voluntary)"), markdown);
    }
}
