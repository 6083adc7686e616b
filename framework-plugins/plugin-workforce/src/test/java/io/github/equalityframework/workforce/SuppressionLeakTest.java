package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attack that used to work: a group's count withheld only to protect another group, while its share
 * paid a bonus and its quartile shares were still published. Everything here is read from the JSON report.
 */
class SuppressionLeakTest {

    /*
     * 30 men, 25 women and 4 employees whose sex is not recorded, all on full pay; 20 of the women and 28
     * of the men were paid a bonus. The 4 are withheld, and the women's 25 with them, since 59 - 30 would
     * otherwise give the 4 away.
     */
    static List<EmployeeRecord> staff() {
        List<EmployeeRecord> staff = new ArrayList<>();
        staff.addAll(SuppressionTest.staff("m", 28, Sex.MALE, null, DisabilityStatus.NOT_DECLARED, 12, true));
        staff.addAll(SuppressionTest.staff("mn", 2, Sex.MALE, null, DisabilityStatus.NOT_DECLARED, 13, false));
        staff.addAll(SuppressionTest.staff("f", 20, Sex.FEMALE, null, DisabilityStatus.NOT_DECLARED, 11, true));
        staff.addAll(SuppressionTest.staff("fn", 5, Sex.FEMALE, null, DisabilityStatus.NOT_DECLARED, 11.1, false));
        staff.addAll(SuppressionTest.staff(
                "x", 4, Sex.OTHER_OR_NOT_RECORDED, null, DisabilityStatus.NOT_DECLARED, 12, false));
        return staff;
    }

    @Test
    void theWithheldCountOfEmployeesOfAnotherSexCannotBeWorkedOutFromTheJsonReport() {
        WorkforceReport report = WorkforceAnalysis.builder().build().analyse(staff());
        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(WorkforceReportWriter.JSON.write(report, WorkforceChecks.run(report)))
                .get("report");
        JsonNode sex = json.get("bySex");
        assertEquals("SUPPRESSED", sex.get("undeclared").get("status").asString());

        SortedSet<Integer> possible = possibleUndeclared(json);

        assertTrue(possible.contains(4), "the truth is always possible: " + possible);
        assertTrue(
                possible.size() >= 2, "the 4 employees of another sex can be worked out: only " + possible + " fits");
    }

    /**
     * Every number of employees of another sex that agrees with the published figures: the total, the men's
     * count, the women's share paid a bonus and both groups' shares of each quartile, each rounded to one
     * decimal place, and the number of full-pay relevant employees.
     */
    static SortedSet<Integer> possibleUndeclared(JsonNode report) {
        int total = report.get("relevantEmployees").asInt();
        int fullPay = report.get("fullPayRelevantEmployees").asInt();
        JsonNode men = report.get("bySex").get("groups").get(0);
        JsonNode women = report.get("bySex").get("groups").get(1);
        int menCount = men.get("relevantEmployees").get("value").asInt();
        SortedSet<Integer> possible = new TreeSet<>();
        for (int undeclared = 1; undeclared <= total - menCount; undeclared++) {
            int womenCount = total - menCount - undeclared;
            if (fits(women.get("paidBonus"), womenCount)
                    && quartilesFit(men, women, menCount, womenCount, undeclared, fullPay)) {
                possible.add(undeclared);
            }
        }
        return possible;
    }

    /** Whether some number of the {@code whole} gives the published percentage (or the figure is withheld). */
    static boolean fits(JsonNode figure, int whole) {
        if (!figure.get("status").asString().equals("PUBLISHED")) {
            return true;
        }
        for (int part = 0; part <= whole; part++) {
            if (whole > 0
                    && PayStatistics.percent(part, whole)
                                    .compareTo(figure.get("value").decimalValue())
                            == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether some number ranked (men and women on full pay) gives every published quartile share. */
    static boolean quartilesFit(
            JsonNode men, JsonNode women, int menCount, int womenCount, int undeclared, int fullPay) {
        for (int ranked = Math.max(0, fullPay - undeclared);
                ranked <= Math.min(fullPay, menCount + womenCount);
                ranked++) {
            int womenRanked = 0;
            int menRanked = 0;
            boolean fits = true;
            for (int band = 0; band < 4 && fits; band++) {
                int size = (int) (((long) (band + 1) * ranked + 3) / 4) - (int) (((long) band * ranked + 3) / 4);
                int found = -1;
                for (int w = 0; w <= size && found < 0; w++) {
                    if (share(women.get("quartiles").get(band), w, size)
                            && share(men.get("quartiles").get(band), size - w, size)) {
                        found = w;
                    }
                }
                fits = found >= 0;
                womenRanked += Math.max(found, 0);
                menRanked += size - Math.max(found, 0);
            }
            boolean shownAtAll =
                    women.get("quartiles").get(0).get("status").asString().equals("PUBLISHED");
            // With shares published the women's count in each band is known: together at most the women there are.
            if (fits && (!shownAtAll || (womenRanked <= womenCount && menRanked <= menCount))) {
                return true;
            }
        }
        return false;
    }

    private static boolean share(JsonNode figure, int part, int size) {
        if (!figure.get("status").asString().equals("PUBLISHED")) {
            return true;
        }
        return size > 0
                && PayStatistics.percent(part, size)
                                .compareTo(figure.get("value").decimalValue())
                        == 0;
    }
}
