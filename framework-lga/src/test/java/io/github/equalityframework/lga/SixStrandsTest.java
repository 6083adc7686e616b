package io.github.equalityframework.lga;

import static io.github.equalityframework.lga.Fixtures.RECENT;
import static io.github.equalityframework.lga.Fixtures.assessment;
import static io.github.equalityframework.lga.Fixtures.evidence;
import static io.github.equalityframework.lga.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Finding;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A 2009 assessment covers the six equality strands of its time unless its scope lists others. */
class SixStrandsTest {
    static final AssessmentEngine ENGINE = Fixtures.engine();
    static final List<String> STRANDS =
            List.of("age", "disability", "gender", "race", "religion-or-belief", "sexual-orientation");

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    static Fixtures.Assessment of2009(String... covered) {
        return assessment()
                .framework("lga-eflg-2009")
                .allCharacteristics()
                .claim("m1/c1", "developing", evidence("data", "equality-data", RECENT, covered));
    }

    @Test
    void the2009EditionNamesTheSixStrands() {
        FrameworkDefinition eflg2009 =
                ENGINE.catalogue().framework("lga-eflg-2009").orElseThrow();

        assertEquals(STRANDS, eflg2009.characteristicsByDefault());
        assertEquals("Gender", eflg2009.localCharacteristics().get(0).label());
    }

    @Test
    void aScopeOfAllIn2009IsTheSixStrandsWithoutTheLaterCharacteristics() {
        AssessmentReport report =
                ENGINE.assess(of2009(STRANDS.toArray(String[]::new)).build());

        assertEquals(List.of(), findings(report, "characteristic-without-evidence"));
        assertEquals(STRANDS, report.coverage().characteristics());
    }

    @Test
    void aStrandWithoutEvidenceIsReportedAndTheLaterCharacteristicsAreNot() {
        AssessmentReport report =
                ENGINE.assess(of2009("age", "disability", "race", "religion-or-belief", "sexual-orientation")
                        .build());

        assertEquals(
                List.of("The characteristic gender is in scope but no evidence in the register covers it. Add evidence "
                        + "about it and list gender among the characteristics it covers, or take it out of the scope."),
                findings(report, "characteristic-without-evidence").stream()
                        .map(Finding::message)
                        .toList());
    }

    @Test
    void aCouncilsLocalCharacteristicJoinsTheStrands() {
        AssessmentReport report = ENGINE.assess(
                of2009(STRANDS.toArray(String[]::new)).local("carers").build());

        assertEquals(
                List.of("age", "disability", "gender", "race", "religion-or-belief", "sexual-orientation", "carers"),
                report.coverage().characteristics());
        assertEquals(
                List.of("localCharacteristics[0]"),
                findings(report, "characteristic-without-evidence").stream()
                        .map(Finding::path)
                        .toList());
    }

    @Test
    void a2009AssessmentMayStillNameThe2010Characteristics() {
        AssessmentReport report = ENGINE.assess(of2009(STRANDS.toArray(String[]::new))
                .scope("sex", "gender-reassignment")
                .claim("m1/c2", "developing", evidence("d2", "equality-data", RECENT, "sex", "gender-reassignment"))
                .build());

        assertEquals(List.of(), findings(report, "characteristic-without-evidence"));
        assertEquals(List.of("sex", "gender-reassignment"), report.coverage().characteristics());
    }

    @Test
    void a2021AssessmentStillCoversTheNineAndTheEditionsOwn() {
        FrameworkDefinition eflg2021 =
                ENGINE.catalogue().framework("lga-eflg-2021").orElseThrow();

        assertEquals(9, eflg2021.characteristicsByDefault().size());
        AssessmentReport report = ENGINE.assess(assessment()
                .allCharacteristics()
                .claim("m1/c1", "developing", evidence("data", "equality-data", RECENT, "race"))
                .build());
        assertEquals(
                List.of(
                        "age",
                        "disability",
                        "gender-reassignment",
                        "marriage-and-civil-partnership",
                        "pregnancy-and-maternity",
                        "race",
                        "religion-or-belief",
                        "sex",
                        "sexual-orientation",
                        "carers",
                        "socio-economic-disadvantage",
                        "rural-isolation"),
                report.coverage().characteristics());
    }
}
