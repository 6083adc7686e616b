package io.github.equalityframework.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.CoverageMatrix;
import io.github.equalityframework.spi.Finding;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A report with little in it, and findings whose paths point nowhere, still renders whole. */
class SparseReportTest {
    static final List<String> ODD_PATHS = List.of(
            "claims[",
            "claims[99]",
            "claims[x]",
            "claims[99999999999]",
            "evidence[0]",
            "actionPlan.entries[5].actions[0]",
            "peerReview.validatedLevels[0]");

    static ReportInput sparse() {
        AssessmentPeriod period = new AssessmentPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
        SelfAssessment assessment = new SelfAssessment(
                new Organisation("Newtown Council", null),
                "test-framework",
                period,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
        List<Finding> findings = ODD_PATHS.stream()
                .map(p -> Finding.builder("odd", Severity.INFO)
                        .path(p)
                        .message("Path " + p + ".")
                        .build())
                .toList();
        AssessmentReport report = new AssessmentReport(
                "Newtown Council",
                "test-framework",
                period,
                null,
                "not-assessed",
                List.of(),
                List.of(),
                findings,
                null,
                new CoverageMatrix(List.of(), List.of()),
                true);
        return new ReportInput(report, assessment, RenderFixture.framework(""));
    }

    @Test
    void findingsWhosePathsPointNowhereAreGeneralAndUnlinked() {
        Document page = Jsoup.parse(ReportRenderer.html().render(sparse()));
        assertEquals(List.of("General"), page.select("#findings ~ h3").eachText());
        assertEquals(ODD_PATHS.size(), page.select("ol.findings li").size());
        assertTrue(page.select("ol.findings a").isEmpty());
        String md = ReportRenderer.markdown().render(sparse());
        assertTrue(md.contains("### General\n\n1. **Info**: Path actionPlan.entries\\[5\\].actions\\[0\\].\n"), md);
    }

    @Test
    void sectionsWithNothingToShowAreLeftOutAndNoLinkDangles() {
        Document page = Jsoup.parse(ReportRenderer.html().render(sparse()));
        assertTrue(page.select("#gap, #coverage, #action-plan").isEmpty());
        page.select("a[href^=#]")
                .eachAttr("href")
                .forEach(href -> assertEquals(1, page.select(href).size(), href));
        assertEquals("Not assessed", page.select("dl.summary strong").text());
        assertEquals("No claims.", page.select("#claims + p").text());
        assertEquals("No module was assessed.", page.select("#levels + p").text());
        assertTrue(page.select("svg").isEmpty());
        String md = ReportRenderer.markdown().render(sparse());
        assertTrue(md.contains("## Levels by module\n\nNo module was assessed.\n\n"), md);
        assertFalse(
                md.contains("## Gap") || md.contains("## Evidence by characteristic") || md.contains("## Action plan"),
                md);
    }

    @Test
    void anInputNeedsAllThreeParts() {
        ReportInput input = RenderFixture.plain();
        assertThrows(NullPointerException.class, () -> new ReportInput(null, input.assessment(), input.framework()));
        assertThrows(NullPointerException.class, () -> new ReportInput(input.report(), null, input.framework()));
        assertThrows(NullPointerException.class, () -> new ReportInput(input.report(), input.assessment(), null));
    }
}
