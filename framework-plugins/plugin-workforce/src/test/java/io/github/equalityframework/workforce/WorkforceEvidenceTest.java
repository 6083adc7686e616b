package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.lga.LgaPlugin;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.RuleProfile;
import io.github.equalityframework.model.RuleSetting;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Finding;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkforceEvidenceTest {
    static final Clock MAY_2024 = Clock.fixed(Instant.parse("2024-05-01T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate SNAPSHOT = LocalDate.of(2024, 3, 31);

    @Test
    void reportBecomesWorkforceReportEvidenceWithItsHeadlineFigures() {
        WorkforceReport report = GenderPayGapTest.EVERY_FIGURE.analyse(GenderPayGapTest.handComputed());

        EvidenceItem evidence = report.toEvidenceItem(
                "ev-gpg-2024", LocalDate.of(2024, 6, 28), "https://www.anytown.gov.example/gender-pay-gap-2024");

        assertEquals(
                new EvidenceItem(
                        "ev-gpg-2024",
                        "Workforce pay gap report, snapshot 2024-03-31: 12 relevant employees; "
                                + "gender pay gap mean 23.8%, median 21.4%",
                        "workforce-report",
                        LocalDate.of(2024, 6, 28),
                        "https://www.anytown.gov.example/gender-pay-gap-2024",
                        List.of("sex", "race", "disability"),
                        null),
                evidence);
        assertEquals(SNAPSHOT, report.toEvidenceItem("ev").date(), "dated at the snapshot unless told otherwise");
    }

    @Test
    void evidenceCoversOnlyWhatWasPublished() {
        // Ten Asian disabled women: no White British, non-disabled or male employee to compare them with.
        List<EmployeeRecord> staff =
                SuppressionTest.staff("e", 10, Sex.FEMALE, "Asian", DisabilityStatus.DISABLED, 10, false);
        WorkforceReport report =
                WorkforceAnalysis.builder().snapshotDate(SNAPSHOT).build().analyse(staff);

        EvidenceItem evidence = report.toEvidenceItem("ev");

        assertEquals(List.of("sex"), evidence.characteristics());
        assertTrue(evidence.title().endsWith("gender pay gap mean n/a, median n/a"), evidence.title());
    }

    @Test
    void pluginIsFoundOnTheClassPathWithItsCheck() {
        try (PluginRegistry registry = PluginRegistry.discover()) {
            assertEquals(List.of(), registry.problems());
            assertEquals(
                    List.of("lga", "workforce"),
                    registry.plugins().stream().map(p -> p.id()).toList());
            assertTrue(registry.rule(WorkforceReportCheck.ID).isPresent());
        }
    }

    @Test
    void councilWithoutARecentWorkforceReportIsWarned() {
        AssessmentReport report = assess(assessment(List.of(workforceReport("2023-03-30"))), Map.of());

        Finding finding = onlyWorkforceFinding(report);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("evidence", finding.path());
        assertEquals(
                "No workforce report (evidence of kind workforce-report) is dated between 2023-03-31 and 2024-03-31. "
                        + "A council with 250 or more employees must publish its gender pay gap figures every year; publish them "
                        + "and add the report to the register. The profile does not give the council's number of employees, so "
                        + "this assumes 250 or more; set the parameter employees if the council employs fewer.",
                finding.message());
    }

    @Test
    void reportDatedWithinTheLastTwelveMonthsOfThePeriodSatisfiesTheCheck() {
        for (String date : List.of("2023-03-31", "2023-11-30", "2024-03-31")) {
            AssessmentReport report = assess(assessment(List.of(workforceReport(date))), Map.of());
            assertTrue(workforceFindings(report).isEmpty(), date);
        }
        AssessmentReport afterPeriod = assess(assessment(List.of(workforceReport("2024-04-01"))), Map.of());
        assertEquals(1, workforceFindings(afterPeriod).size(), "dated after the period");
    }

    @Test
    void evidenceMadeFromTheAnalysisSatisfiesTheCheck() {
        WorkforceReport analysed = GenderPayGapTest.EVERY_FIGURE.analyse(GenderPayGapTest.handComputed());

        AssessmentReport report = assess(assessment(List.of(analysed.toEvidenceItem("ev-wf"))), Map.of());

        assertTrue(workforceFindings(report).isEmpty());
    }

    @Test
    void councilWithFewerThan250EmployeesIsNotWarned() {
        SelfAssessment noReport = assessment(List.of());

        assertTrue(workforceFindings(assess(noReport, Map.of("employees", 180))).isEmpty());
        Finding big = onlyWorkforceFinding(assess(noReport, Map.of("employees", 1200)));
        assertTrue(big.message().endsWith("The council has 1200 employees."), big.message());
    }

    @Test
    void checkRunsOnTheLgaEditionsOnly() {
        try (PluginRegistry registry =
                PluginRegistry.builder().add(new LgaPlugin()).build()) {
            FrameworkDefinition eflg =
                    registry.catalogue().framework("lga-eflg-2021").orElseThrow();
            FrameworkDefinition other = new FrameworkDefinition(
                    "nhs-eds-2022", "2022", "Other", eflg.source(), eflg.scale(), eflg.modules(), List.of(), List.of());

            assertTrue(registry.catalogue().frameworks().stream().allMatch(new WorkforceReportCheck()::appliesTo));
            assertFalse(new WorkforceReportCheck().appliesTo(other));
        }
    }

    @Test
    void anytownExampleHasItsWorkforceReports() {
        SelfAssessment anytown = ModelCodec.strict()
                .readSelfAssessment(Path.of("..", "..", "examples", "data", "anytown-2024.yaml"))
                .value()
                .orElseThrow();

        assertTrue(workforceFindings(assess(anytown, Map.of())).isEmpty());
    }

    private static AssessmentReport assess(SelfAssessment assessment, Map<String, Object> parameters) {
        AssessmentEngine.Builder builder = AssessmentEngine.builder()
                .plugin(new LgaPlugin())
                .plugin(new WorkforcePlugin())
                .clock(MAY_2024);
        if (!parameters.isEmpty()) {
            builder.profile(new RuleProfile(
                    "council",
                    "lga-default",
                    null,
                    Map.of(WorkforceReportCheck.ID, new RuleSetting(null, null, parameters))));
        }
        try (AssessmentEngine engine = builder.build()) {
            return engine.assess(assessment);
        }
    }

    private static List<Finding> workforceFindings(AssessmentReport report) {
        return report.findings().stream()
                .filter(f -> f.rule().equals(WorkforceReportCheck.ID))
                .toList();
    }

    private static Finding onlyWorkforceFinding(AssessmentReport report) {
        List<Finding> found = workforceFindings(report);
        assertEquals(1, found.size(), found::toString);
        assertEquals("no-recent-workforce-report", found.get(0).code());
        assertEquals("workforce", found.get(0).plugin());
        return found.get(0);
    }

    private static EvidenceItem workforceReport(String date) {
        return new EvidenceItem(
                "ev-wf",
                "Gender pay gap report",
                "workforce-report",
                LocalDate.parse(date),
                null,
                List.of("sex"),
                null);
    }

    private static SelfAssessment assessment(List<EvidenceItem> evidence) {
        return new SelfAssessment(
                new Organisation("Anytown Borough Council", "E07000999"),
                "lga-eflg-2021",
                new AssessmentPeriod(LocalDate.of(2023, 4, 1), SNAPSHOT),
                null,
                List.of(),
                List.of(),
                evidence,
                null,
                null);
    }
}
