package io.github.equalityframework.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.TargetGap;
import io.github.equalityframework.spi.CriterionResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineTest {

    /** The fixture's report with another overall level, criteria and target gap. */
    static ReportInput with(String overall, List<CriterionResult> criteria, TargetGap gap) {
        ReportInput in = RenderFixture.plain();
        AssessmentReport r = in.report();
        return new ReportInput(
                new AssessmentReport(
                        r.organisation(),
                        r.framework(),
                        r.period(),
                        r.profile(),
                        overall,
                        r.modules(),
                        criteria,
                        r.findings(),
                        gap,
                        r.coverage(),
                        r.complete()),
                in.assessment(),
                in.framework(),
                in.language(),
                in.today());
    }

    private static List<String> steps(Headline headline) {
        return headline.steps().stream().map(Headline::plain).toList();
    }

    @Test
    void notAssessedOverallSaysWhichCriteriaReachedNoLevelAndLinksTheirFindings() {
        ReportInput in = with("not-assessed", RenderFixture.plain().report().criteria(), null);
        Headline headline = Headline.of(in);
        assertEquals(
                "Overall level: Not assessed, because 1 criterion reached no level: m2/c1 Workforce data (finding 3).",
                Headline.plain(headline.level()));
        String html = ReportRenderer.html().render(in);
        assertTrue(
                html.contains("<p><strong>Overall level: Not assessed, because 1 criterion reached no level: m2/c1"
                        + " Workforce data (<a href=\"#finding-3\">finding 3</a>).</strong></p>"),
                html);
        assertTrue(html.contains("<li id=\"finding-3\">"), "the link leads to the finding");
    }

    @Test
    void withoutATargetTheGapIsToTheNextLevelUp() {
        Headline headline =
                Headline.of(with("developing", RenderFixture.plain().report().criteria(), null));
        assertEquals("Next level, Achieving: 1 of 3 criteria is short of it.", headline.gap());
        assertEquals(
                "Raise m2/c1 Workforce data from Not assessed to Achieving (finding 3)",
                steps(headline).get(1));
    }

    @Test
    void aTargetGivenIsTheGapShown() {
        Headline headline = Headline.of(RenderFixture.plain());
        assertEquals("Target, Achieving: 1 of 3 criteria is short of it.", headline.gap());
    }

    @Test
    void nextStepsPutErrorsFirstThenCriteriaShortThenOverdueActions() {
        Headline headline = Headline.of(RenderFixture.plain());
        assertEquals(
                List.of(
                        "Fix the error in claim m2/c1: The claim has no evidence: add an equality impact assessment."
                                + " (finding 3)",
                        "Raise m2/c1 Workforce data from Not assessed to Achieving (finding 3)",
                        "Report progress on overdue action A1 (lead: Head of Policy) and agree a new date: Publish"
                                + " workforce data"),
                steps(headline));
        assertEquals(0, headline.more());
    }

    @Test
    void atTheTopOfTheScaleThereIsNoNextLevel() {
        List<CriterionResult> top = RenderFixture.plain().report().criteria().stream()
                .map(c -> new CriterionResult(
                        c.criterion(), c.module(), c.title(), "excellent", "excellent", null, "excellent", List.of()))
                .toList();
        Headline headline = Headline.of(with("excellent", top, null));
        assertEquals("Overall level: Excellent.", Headline.plain(headline.level()));
        assertEquals("Excellent is the highest level of the scale.", headline.gap());
    }

    @Test
    void theMarkdownReportOpensWithTheHeadlineAndNumbersFindingsAsTheHtmlDoes() {
        String md = ReportRenderer.markdown().render(RenderFixture.plain());
        assertTrue(
                md.contains("\n## In brief\n\n**Overall level: Developing.**\n\n"
                        + "Target, Achieving: 1 of 3 criteria is short of it.\n\n**What to do next**\n\n"
                        + "1. Fix the error in claim m2/c1: "),
                md);
        assertTrue(md.indexOf("## In brief") < md.indexOf("## Levels by module"), "the answer comes first");
        assertTrue(md.contains("\n3. **Error**: The claim has no evidence"), md);
    }
}
