package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apiguardian.api.API;

/**
 * A fictional council's workforce, for examples, tests and benchmarks: the same seed always gives the same
 * employees. Nothing in it is real. The council ("Anytown Borough Council") has ten grades and a chief
 * officer grade; women are more often in the lower grades, so there is a gender pay gap, and no Black
 * employee is above Grade 7, so a group is absent from grades where some would be expected.
 *
 * <pre>{@code
 * List<EmployeeRecord> staff = SyntheticWorkforce.generate(100_000, 1);
 * WorkforceReport report = WorkforceAnalysis.builder().build().analyse(staff);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SyntheticWorkforce {
    private static final String[] ETHNIC_GROUPS = {
        "White British", "White Other", "Asian", "Black", "Mixed", "Any other ethnic group"
    };
    private static final int[] ETHNIC_WEIGHTS = {780, 50, 70, 45, 35, 20};

    private SyntheticWorkforce() {}

    /**
     * @param employees how many employee rows
     * @param seed      the random seed
     */
    public static List<EmployeeRecord> generate(int employees, long seed) {
        Random random = new Random(seed);
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < employees; i++) {
            ids.add(i + 1);
        }
        Collections.shuffle(ids, random);
        List<EmployeeRecord> staff = new ArrayList<>(employees);
        for (int i = 0; i < employees; i++) {
            int grade = grade(random);
            double u = random.nextDouble();
            // Women are 70% of the lowest grades and 40% of the highest.
            double female = 0.70 - grade * 0.03;
            Sex sex = u < 0.01 ? Sex.OTHER_OR_NOT_RECORDED : u < 0.01 + female ? Sex.FEMALE : Sex.MALE;
            String ethnicity = random.nextDouble() < 0.12 ? null : ethnicGroup(random, grade);
            double d = random.nextDouble();
            DisabilityStatus disability = d < 0.08
                    ? DisabilityStatus.DISABLED
                    : d < 0.83 ? DisabilityStatus.NOT_DISABLED : DisabilityStatus.NOT_DECLARED;
            boolean relevant = random.nextDouble() < 0.98;
            boolean fullPay = relevant && random.nextDouble() < 0.95;
            BigDecimal hourly = fullPay
                    ? BigDecimal.valueOf(1150 + grade * 240 + random.nextInt(200) + (grade == 10 ? 2500 : 0), 2)
                    : null;
            BigDecimal bonus = random.nextDouble() < 0.07
                    ? BigDecimal.valueOf(200 + random.nextInt(1300)).setScale(2, RoundingMode.UNNECESSARY)
                    : BigDecimal.ZERO;
            staff.add(new EmployeeRecord(
                    String.format("anon-%06d", ids.get(i)),
                    sex,
                    ethnicity,
                    disability,
                    grade == 10 ? "Chief Officer" : "Grade " + (grade + 1),
                    hourly,
                    bonus,
                    relevant,
                    fullPay,
                    random.nextDouble() < 0.85 ? "permanent" : "fixed-term",
                    random.nextDouble() < 0.7 ? "full-time" : "part-time"));
        }
        return staff;
    }

    /** 0 to 9 for Grade 1 to Grade 10, fewer in each higher grade; 10 for the chief officers (about 0.3%). */
    private static int grade(Random random) {
        if (random.nextInt(1000) < 3) {
            return 10;
        }
        int[] weights = {16, 15, 14, 12, 11, 9, 8, 6, 5, 4};
        int pick = random.nextInt(100);
        for (int g = 0; g < weights.length; g++) {
            pick -= weights[g];
            if (pick < 0) {
                return g;
            }
        }
        return 9;
    }

    private static String ethnicGroup(Random random, int grade) {
        while (true) {
            int pick = random.nextInt(1000);
            for (int i = 0; i < ETHNIC_WEIGHTS.length; i++) {
                pick -= ETHNIC_WEIGHTS[i];
                if (pick < 0) {
                    if (ETHNIC_GROUPS[i].equals("Black") && grade > 6) {
                        break; // draw again: nobody Black above Grade 7
                    }
                    return ETHNIC_GROUPS[i];
                }
            }
        }
    }

    /** The employees as a CSV file with the default headers ({@link Column#defaultHeader()}). */
    public static String toCsv(List<EmployeeRecord> staff) {
        StringBuilder csv =
                new StringBuilder("employee_id,sex,ethnic_group,disability,grade,hourly_pay,bonus_pay,relevant,"
                        + "full_pay_relevant,contract,working_pattern\n");
        for (EmployeeRecord e : staff) {
            csv.append(e.id())
                    .append(',')
                    .append(
                            switch (e.sex()) {
                                case MALE -> "male";
                                case FEMALE -> "female";
                                case OTHER_OR_NOT_RECORDED -> "not known";
                            })
                    .append(',')
                    .append(e.ethnicGroup() == null ? "prefer not to say" : e.ethnicGroup())
                    .append(',')
                    .append(
                            switch (e.disability()) {
                                case DISABLED -> "yes";
                                case NOT_DISABLED -> "no";
                                case NOT_DECLARED -> "";
                            })
                    .append(',')
                    .append(e.grade())
                    .append(',')
                    .append(e.hourlyPay() == null ? "" : e.hourlyPay().toPlainString())
                    .append(',')
                    .append(e.paidBonus() ? e.bonusPay().toPlainString() : "")
                    .append(',')
                    .append(e.relevant() ? "yes" : "no")
                    .append(',')
                    .append(e.fullPayRelevant() ? "yes" : "no")
                    .append(',')
                    .append(e.contract())
                    .append(',')
                    .append(e.workingPattern())
                    .append('\n');
        }
        return csv.toString();
    }

    /** Anytown's population, census style (fictional): counts for sex and disability, percentages for ethnicity. */
    public static String populationCsv() {
        return """
                characteristic,group,count,percent
                sex,female,58210,
                sex,male,55930,
                ethnicity,White British,,76.4
                ethnicity,White Other,,6.1
                ethnicity,Asian,,8.3
                ethnicity,Black,,4.6
                ethnicity,Mixed,,3.2
                ethnicity,Any other ethnic group,,1.4
                disability,disabled,19170,
                disability,not disabled,94970,
                """;
    }
}
