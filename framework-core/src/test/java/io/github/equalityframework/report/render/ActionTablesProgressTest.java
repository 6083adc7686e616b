package io.github.equalityframework.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.SelfAssessment;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The assess report's action tables give each action's latest progress note, dated, and its next steps. */
class ActionTablesProgressTest {

    /**
     * The fixture, judged on 31 March 2024, with action A3 reported on twice by then (the later note written first),
     * once after, and given next steps.
     */
    static ReportInput reported() {
        ReportInput in = RenderFixture.plain();
        SelfAssessment a = in.assessment();
        PlannedAction reviewed = new PlannedAction(
                "A3",
                "Review the equality objectives",
                "Head of Policy",
                LocalDate.of(2024, 9, 30),
                ActionStatus.NOT_STARTED,
                List.of(
                        new ProgressNote(LocalDate.of(2024, 3, 4), "Consultation <closed>", "Cabinet"),
                        new ProgressNote(LocalDate.of(2024, 2, 1), "Scoping started", null),
                        new ProgressNote(LocalDate.of(2024, 5, 1), "Objectives adopted", "Council")),
                "Draft objectives to Scrutiny in July");
        List<ActionPlanEntry> entries = a.actionPlan().entries().stream()
                .map(e -> "R2".equals(e.id())
                        ? new ActionPlanEntry("R2", RecommendationResponse.ACCEPTED, null, List.of(reviewed))
                        : e)
                .toList();
        return new ReportInput(
                in.report(),
                a.withActionPlan(new ActionPlan(a.actionPlan().agreedOn(), entries)),
                in.framework(),
                in.language(),
                in.today());
    }

    @Test
    void markdownGivesTheLatestNoteByDateUpToTheDayJudgedWithWhereItWasReportedAndTheNextSteps() {
        String md = ReportRenderer.markdown().render(reported());
        assertTrue(
                md.contains(
                        "| Action | Recommendation | Roles | Lead | Due | Status today | Latest progress | Next steps |\n"
                                + "|---|---|---|---|---|---|---|---|\n"),
                md);
        assertTrue(
                md.contains("| Not yet due | 4 March 2024, Cabinet: Consultation \\<closed\\> |"
                        + " Draft objectives to Scrutiny in July |\n"),
                md);
        assertTrue(md.contains("| Head of Policy | 31 December 2023 | **Overdue** | None reported |  |\n"), md);
        assertFalse(md.contains("Objectives adopted"), "a note after the day judged: " + md);
        assertTrue(ReportRenderer.markdown()
                .render(on(reported(), LocalDate.of(2024, 6, 1)))
                .contains("| 1 May 2024, Council: Objectives adopted |"));
    }

    static ReportInput on(ReportInput in, LocalDate today) {
        return new ReportInput(in.report(), in.assessment(), in.framework(), in.language(), today);
    }

    @Test
    void htmlGivesTheSameWordsInTheirOwnColumnsEscaped() {
        String html = ReportRenderer.html().render(reported());
        Element table = Jsoup.parse(html).selectFirst("#action-A3").parent().parent();
        assertEquals(
                List.of(
                        "Action",
                        "Description",
                        "Recommendation",
                        "Roles",
                        "Lead",
                        "Due",
                        "Status today",
                        "Latest progress",
                        "Next steps",
                        "Findings"),
                table.select("thead th").eachText());
        assertTrue(
                html.contains("<td>4 March 2024, Cabinet: Consultation &lt;closed&gt;</td>"
                        + "<td>Draft objectives to Scrutiny in July</td>"),
                html);
        assertTrue(html.contains("<td>None reported</td><td></td>"), html);
    }

    @Test
    void theWelshReportSaysNoneReportedInWelsh() {
        ReportInput in = RenderFixture.plain();
        String md = ReportRenderer.markdown()
                .render(new ReportInput(in.report(), in.assessment(), in.framework(), Messages.WELSH));
        assertTrue(md.contains("| Y cynnydd diweddaraf | Camau nesaf |\n"), md);
        assertTrue(md.contains("| Dim wedi'i adrodd |  |\n"), md);
    }
}
