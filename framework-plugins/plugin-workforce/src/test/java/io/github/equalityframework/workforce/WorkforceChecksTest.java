package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.lga.LgaPlugin;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.RuleProfile;
import io.github.equalityframework.model.RuleSetting;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Finding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkforceChecksTest {

    static void add(List<EmployeeRecord> staff, int count, String grade, Sex sex, String ethnicity, String hourly) {
        for (int i = 0; i < count; i++) {
            staff.add(new EmployeeRecord(
                    grade + sex + ethnicity + i,
                    sex,
                    ethnicity,
                    DisabilityStatus.NOT_DISABLED,
                    grade,
                    new BigDecimal(hourly),
                    BigDecimal.ZERO,
                    true,
                    true,
                    null,
                    null));
        }
    }

    /*
     * Grade 1: 20 men at 15.00, 20 women at 15.00; Grade 2: 20 men at 30.00, no women. Men's mean 22.50, women's
     * 15.00: a mean gap of 33.3%; medians 22.50 and 15.00: 33.3%. 40 White British, 20 with no ethnicity: 66.7%
     * declared. Women are 20 of 60, so a third of Grade 2's 20 (6.7) would be women.
     */
    static WorkforceReport segregated() {
        List<EmployeeRecord> staff = new ArrayList<>();
        add(staff, 20, "Grade 1", Sex.MALE, "White British", "15.00");
        add(staff, 20, "Grade 1", Sex.FEMALE, null, "15.00");
        add(staff, 20, "Grade 2", Sex.MALE, "White British", "30.00");
        return WorkforceAnalysis.builder().build().analyse(staff);
    }

    @Test
    void eachCheckSaysWhatItFoundWithTheFiguresAndWhatToDo() {
        List<Finding> findings = WorkforceChecks.run(segregated());

        assertEquals(
                List.of(
                        "warning byEthnicity.declarationRate workforce.declaration-rate: Only 66.7% of relevant employees have declared "
                                + "their ethnicity, below the 80.0% the profile asks for, so the figures by ethnicity describe only those "
                                + "who did. Ask staff to update their records, and say why the data is collected and how it is kept.",
                        "warning genderPayGap.meanHourlyPayGap workforce.pay-gap-threshold: The statutory mean gender pay gap in "
                                + "hourly pay (women to men) is 33.3%, above the 5.0% the profile allows: women are paid less. Find out "
                                + "what drives it (grades, quartiles, bonuses) and set out actions in the workforce plan.",
                        "warning genderPayGap.medianHourlyPayGap workforce.pay-gap-threshold: The statutory median gender pay gap in "
                                + "hourly pay (women to men) is 33.3%, above the 5.0% the profile allows: women are paid less. Find out "
                                + "what drives it (grades, quartiles, bonuses) and set out actions in the workforce plan.",
                        "info representation[0].grades[1].groups[1] workforce.group-absent-from-grade: Nobody in grade Grade 2 (20 relevant "
                                + "employees) is in the sex group Women, though 33.3% of the workforce is: about 6.7 would be expected. "
                                + "Look at recruitment and progression into the grade."),
                findings.stream()
                        .map(f -> f.severity().name().toLowerCase() + " " + f.path() + " " + f.rule() + ": "
                                + f.message())
                        .toList());
        assertTrue(findings.stream().allMatch(f -> f.plugin().equals("workforce")));
    }

    @Test
    void parametersMoveTheThresholds() {
        List<Finding> findings = WorkforceChecks.run(
                segregated(),
                Map.of(
                        PayGapThresholdCheck.ID, Map.of("maximumGap", 33.3),
                        DeclarationRateCheck.ID, Map.of("minimumRate", 66.7),
                        GroupAbsentFromGradeCheck.ID, Map.of("minimumExpected", 6.7)));
        // 33.3 is not above 33.3, 66.7 is not below 66.7, and 6.67 expected is under 6.7.
        assertEquals(List.of(), findings);

        assertEquals(
                2,
                WorkforceChecks.run(
                                segregated(),
                                Map.of(
                                        PayGapThresholdCheck.ID,
                                        Map.of("characteristics", List.of("sex")),
                                        DeclarationRateCheck.ID,
                                        Map.of("characteristics", List.of("disability")),
                                        GroupAbsentFromGradeCheck.ID,
                                        Map.of("characteristics", List.of("ethnicity"))))
                        .size());
    }

    @Test
    void unknownChecksParametersAndValuesAreRefused() {
        assertEquals(
                "no workforce check 'workforce.gap'; the checks are workforce.pay-gap-threshold, workforce.declaration-rate, "
                        + "workforce.group-absent-from-grade, workforce.under-represented-in-grade",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> WorkforceChecks.run(segregated(), Map.of("workforce.gap", Map.of())))
                        .getMessage());
        assertEquals(
                "the check workforce.declaration-rate has no parameter 'minimum'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> WorkforceChecks.run(
                                        segregated(), Map.of(DeclarationRateCheck.ID, Map.of("minimum", 50))))
                        .getMessage());
        assertEquals(
                "the parameter maximumGap of workforce.pay-gap-threshold must be a number, not five",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> WorkforceChecks.run(
                                        segregated(), Map.of(PayGapThresholdCheck.ID, Map.of("maximumGap", "five"))))
                        .getMessage());
    }

    @Test
    void suppressedFiguresAreNotLookedAt() {
        // Five women: no voluntary gap is published, the declaration rate is withheld with the 5 undeclared. Only the
        // statutory gender pay gaps, published whatever the group sizes, are judged.
        List<EmployeeRecord> staff = new ArrayList<>();
        add(staff, 30, "Grade 1", Sex.MALE, "White British", "20.00");
        add(staff, 5, "Grade 1", Sex.FEMALE, null, "10.00");

        assertEquals(
                List.of("genderPayGap.meanHourlyPayGap", "genderPayGap.medianHourlyPayGap"),
                WorkforceChecks.run(WorkforceAnalysis.builder().build().analyse(staff)).stream()
                        .map(Finding::path)
                        .toList());
    }

    @Test
    void inAnEngineTheChecksSeeTheFiguresGivenToThePluginAndTheProfile() {
        SelfAssessment assessment = new SelfAssessment(
                new Organisation("Anytown Borough Council", "E07000999"),
                "lga-eflg-2021",
                new AssessmentPeriod(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)),
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                null);

        List<Finding> found = figureFindings(assess(assessment, new WorkforcePlugin(segregated()), null));
        assertEquals(
                List.of(
                        "low-declaration-rate",
                        "pay-gap-above-threshold",
                        "pay-gap-above-threshold",
                        "group-absent-from-grade"),
                found.stream().map(Finding::code).toList());
        assertEquals(Severity.INFO, found.get(3).severity());

        RuleProfile council = new RuleProfile(
                "council",
                "workforce-default",
                null,
                Map.of(
                        PayGapThresholdCheck.ID, new RuleSetting(null, Severity.ERROR, Map.of("maximumGap", 40.0)),
                        DeclarationRateCheck.ID, new RuleSetting(false, null, Map.of())));
        assertEquals(
                List.of("group-absent-from-grade"),
                figureFindings(assess(assessment, new WorkforcePlugin(segregated()), council)).stream()
                        .map(Finding::code)
                        .toList());
        assertEquals(
                List.of(),
                figureFindings(assess(assessment, new WorkforcePlugin(), null)),
                "no figures, nothing to find");
    }

    private static AssessmentReport assess(SelfAssessment assessment, WorkforcePlugin plugin, RuleProfile profile) {
        AssessmentEngine.Builder builder = AssessmentEngine.builder()
                .plugin(new LgaPlugin())
                .plugin(plugin)
                .clock(WorkforceEvidenceTest.MAY_2024);
        if (profile != null) {
            builder.profile(profile);
        }
        try (AssessmentEngine engine = builder.build()) {
            return engine.assess(assessment);
        }
    }

    private static List<Finding> figureFindings(AssessmentReport report) {
        return report.findings().stream()
                .filter(f -> WorkforceChecks.IDS.contains(f.rule()))
                .toList();
    }

    /*
     * The segregated workforce with 3 employees of another sex: the women's 20 is withheld to protect the 3, and
     * with it their 33.3% gap in the voluntary breakdown by sex. The statutory gap of women to men is published
     * regardless, and it is the one judged: the finding points at it and no withheld figure is stated.
     */
    @Test
    void theSexGapJudgedIsTheStatutoryOneEvenWhenTheVoluntaryOneIsWithheld() {
        List<EmployeeRecord> staff = new ArrayList<>();
        add(staff, 20, "Grade 1", Sex.MALE, "White British", "15.00");
        add(staff, 20, "Grade 1", Sex.FEMALE, null, "15.00");
        add(staff, 20, "Grade 2", Sex.MALE, "White British", "30.00");
        add(staff, 3, "Grade 1", Sex.OTHER_OR_NOT_RECORDED, null, "15.00");
        WorkforceReport report = WorkforceAnalysis.builder().build().analyse(staff);
        assertEquals(
                Figure.Status.SUPPRESSED,
                report.bySex().groups().get(1).meanHourlyPayGap().status());
        assertEquals("33.3", report.genderPayGap().meanHourlyPayGap().toString());

        List<Finding> findings = WorkforceChecks.run(report).stream()
                .filter(f -> f.rule().equals(PayGapThresholdCheck.ID))
                .toList();

        assertEquals(
                List.of("genderPayGap.meanHourlyPayGap", "genderPayGap.medianHourlyPayGap"),
                findings.stream().map(Finding::path).toList());
        assertEquals(
                "The statutory median gender pay gap in hourly pay (women to men) is 33.3%, above the 5.0% the profile "
                        + "allows: women are paid less. Find out what drives it (grades, quartiles, bonuses) and set out "
                        + "actions in the workforce plan.",
                findings.get(1).message());
        // Without sex among the characteristics looked at, the statutory gaps are not judged either.
        assertEquals(
                List.of(),
                WorkforceChecks.run(
                                report,
                                Map.of(PayGapThresholdCheck.ID, Map.of("characteristics", List.of("ethnicity"))))
                        .stream()
                        .filter(f -> f.rule().equals(PayGapThresholdCheck.ID))
                        .toList());
    }

    /* A statutory gap at or below the threshold, or women paid more (a negative gap), gives no finding. */
    @Test
    void aStatutoryGapWithinTheThresholdGivesNoFinding() {
        List<EmployeeRecord> staff = new ArrayList<>();
        add(staff, 20, "Grade 1", Sex.MALE, "White British", "15.00");
        add(staff, 20, "Grade 1", Sex.FEMALE, "White British", "16.00");
        WorkforceReport report = WorkforceAnalysis.builder().build().analyse(staff);
        assertEquals("-6.7", report.genderPayGap().meanHourlyPayGap().toString());

        assertEquals(
                List.of(),
                WorkforceChecks.run(report).stream()
                        .filter(f -> f.rule().equals(PayGapThresholdCheck.ID))
                        .toList());
    }
}
