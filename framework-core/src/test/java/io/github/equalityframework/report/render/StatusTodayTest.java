package io.github.equalityframework.report.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.PlanStatus;
import io.github.equalityframework.model.SelfAssessment;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every action table of the assessment report shows the status on the day it is judged, as {@code progress} does. */
class StatusTodayTest {

    static ReportInput on(LocalDate today) {
        ReportInput in = RenderFixture.plain();
        return new ReportInput(in.report(), in.assessment(), in.framework(), in.language(), today);
    }

    static ReportInput draft() {
        ReportInput in = RenderFixture.plain();
        SelfAssessment a = in.assessment();
        ActionPlan p = a.actionPlan();
        SelfAssessment drafted = new SelfAssessment(
                a.organisation(),
                a.framework(),
                a.period(),
                a.scope(),
                a.localCharacteristics(),
                a.claims(),
                a.evidence(),
                a.peerReview(),
                new ActionPlan(p.title(), PlanStatus.DRAFT, null, null, p.entries()));
        return new ReportInput(in.report(), drafted, in.framework(), in.language(), LocalDate.of(2024, 12, 1));
    }

    @Test
    void withoutADayTheReportJudgesTheEndOfThePeriod() {
        String md = ReportRenderer.markdown().render(RenderFixture.plain());
        assertTrue(md.contains("\n3 actions, by status on 31 March 2024:\n\n"), md);
        assertTrue(md.contains("| 30 September 2024 | Not yet due |"), md);
    }

    @Test
    void anActionPastItsTargetOnTheDayIsOverdueInEveryTableAndTheCounts() {
        ReportInput in = on(LocalDate.of(2024, 12, 1));
        String md = ReportRenderer.markdown().render(in);
        assertTrue(
                md.contains("3 actions, by status on 1 December 2024:\n\n- Complete: 1\n- On track: 0\n- At risk: 0\n"
                        + "- Overdue: 2\n- Not yet due: 0\n- No date: 0\n\n"
                        + "Overdue on 1 December 2024 (past the target and not complete): A1, A3.\n"),
                md);
        assertTrue(md.contains("| 30 September 2024 | **Overdue** |"), md);
        String html = ReportRenderer.html().render(in);
        assertTrue(html.contains(">Actions by status on 1 December 2024</caption>"), html);
        assertTrue(
                html.contains("<tr><th scope=\"row\"><span class=\"rag rag-overdue\">Overdue</span></th>"
                        + "<td class=\"n\">2</td></tr>"),
                html);
        assertTrue(html.contains("<td>30 September 2024</td><td><span class=\"rag rag-overdue\">Overdue</span></td>"));
        assertTrue(html.contains("<p>3 actions, each with its status on 1 December 2024; 2 overdue"), html);
    }

    @Test
    void aDraftPlansActionsAreProposedAndNeverOverdue() {
        String md = ReportRenderer.markdown().render(draft());
        assertTrue(
                md.contains("3 actions in a draft plan: proposed, not yet in force, so none is overdue.\n\n"
                        + "- Proposed: 3\n\n### "),
                md);
        assertFalse(md.contains("Overdue on"), md);
        assertTrue(md.contains("| 31 December 2023 | Proposed |"), md);
        String html = ReportRenderer.html().render(draft());
        assertTrue(html.contains("<span class=\"rag rag-proposed\">Proposed</span>"), html);
        assertFalse(html.contains("class=\"rag rag-overdue\""), html);
    }
}
