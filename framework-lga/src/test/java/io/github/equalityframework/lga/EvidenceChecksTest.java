package io.github.equalityframework.lga;

import static io.github.equalityframework.lga.Fixtures.PERIOD_END;
import static io.github.equalityframework.lga.Fixtures.RECENT;
import static io.github.equalityframework.lga.Fixtures.TODAY;
import static io.github.equalityframework.lga.Fixtures.assessment;
import static io.github.equalityframework.lga.Fixtures.evidence;
import static io.github.equalityframework.lga.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Finding;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** lga.evidence-date, lga.unused-evidence and lga.characteristic-without-evidence. */
class EvidenceChecksTest {
    static final AssessmentEngine ENGINE = Fixtures.engine();

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    static List<String> paths(List<Finding> findings) {
        return findings.stream().map(Finding::path).toList();
    }

    @Test
    void evidenceDatedAfterThePeriodIsReportedWithWhatToDo() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim(
                        "m1/c1",
                        "developing",
                        evidence("e1", "equality-data", PERIOD_END, "race"),
                        evidence("e2", "equality-data", PERIOD_END.plusDays(1), "race"))
                .build());

        assertEquals(
                List.of(new Finding(
                        "evidence-after-period",
                        Severity.WARNING,
                        "Evidence e2 is dated 2024-04-01, after the period "
                                + "ends (2024-03-31). Correct the date, or keep it for the next assessment.",
                        "evidence[1]",
                        "lga.evidence-date",
                        "lga")),
                findings(report, "evidence-after-period"),
                "the last day of the period is inside it");
    }

    @Test
    void evidenceDatedAfterTheEnginesTodayIsInTheFuture() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim(
                        "m1/c1",
                        "developing",
                        evidence("e1", "equality-data", TODAY, "race"),
                        evidence("e2", "equality-data", TODAY.plusDays(1), "race"))
                .build());

        assertEquals(List.of("evidence[1]"), paths(findings(report, "evidence-in-future")), "today is not the future");
        assertEquals(
                "Evidence e2 is dated 2024-12-02, which is in the future. Correct the date.",
                findings(report, "evidence-in-future").get(0).message());
        assertEquals(
                List.of("evidence[0]"),
                paths(findings(report, "evidence-after-period")),
                "a future date is reported once, as future");
    }

    @Test
    void evidenceNoClaimUsesIsNotedWithItsTitle() {
        AssessmentReport report = ENGINE.assess(assessment()
                .claim("m1/c1", "developing", evidence("e1", "equality-data", RECENT, "race"))
                .evidence(evidence("e2", "minutes", RECENT))
                .build());

        assertEquals(
                List.of(new Finding(
                        "unused-evidence",
                        Severity.INFO,
                        "Evidence e2 ('Evidence e2') supports no claim. Link it to "
                                + "the claim it shows, or remove it.",
                        "evidence[1]",
                        "lga.unused-evidence",
                        "lga")),
                findings(report, "unused-evidence"));
    }

    @Test
    void aListedCharacteristicWithNoEvidenceAnywherePointsAtTheScope() {
        AssessmentReport report = ENGINE.assess(assessment()
                .scope("race", "age")
                .claim("m1/c1", "developing", evidence("e1", "equality-data", RECENT, "race"))
                .build());

        assertEquals(
                List.of(new Finding(
                        "characteristic-without-evidence",
                        Severity.WARNING,
                        "The characteristic age is in scope but "
                                + "no evidence in the register covers it. Add evidence about it and list age among the characteristics it covers, "
                                + "or take it out of the scope.",
                        "scope.characteristics[1]",
                        "lga.characteristic-without-evidence",
                        "lga")),
                findings(report, "characteristic-without-evidence"));
    }

    @Test
    void withEverythingInScopeEachUncoveredCharacteristicIsReportedWhereItWasDeclared() {
        AssessmentReport report = ENGINE.assess(assessment()
                .scope()
                .local("care-experience")
                .claim(
                        "m1/c1",
                        "developing",
                        evidence("e1", "equality-data", RECENT, CharacteristicCoverageRuleTest.NINE))
                .build());

        assertEquals(List.of("localCharacteristics[0]"), paths(findings(report, "characteristic-without-evidence")));

        AssessmentReport raceOnly = ENGINE.assess(assessment()
                .scope()
                .claim("m1/c1", "developing", evidence("e1", "equality-data", RECENT, "race"))
                .build());
        assertEquals(8, findings(raceOnly, "characteristic-without-evidence").size());
        assertEquals(
                List.of("scope"),
                paths(findings(raceOnly, "characteristic-without-evidence")).stream()
                        .distinct()
                        .toList());
    }

    @Test
    void evidenceNotLinkedToAnyClaimStillCoversACharacteristic() {
        AssessmentReport report = ENGINE.assess(assessment()
                .scope("race", "age")
                .claim("m1/c1", "developing", evidence("e1", "equality-data", RECENT, "race"))
                .evidence(evidence("e2", "equality-data", RECENT, "age"))
                .build());

        assertEquals(List.of(), findings(report, "characteristic-without-evidence"));
    }
}
