package io.github.equalityframework.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PeerReviewer;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerChallengeSectionTest {

    static PeerReview review(Scope scope, List<Recommendation> recommendations) {
        return new PeerReview(
                List.of(
                        new PeerReviewer("Sam Example", "lead peer", "Sampleshire District Council"),
                        new PeerReviewer("Cllr <Dee> Sample", "councillor peer", null)),
                LocalDate.of(2024, 2, 6),
                LocalDate.of(2024, 2, 8),
                scope,
                List.of(),
                List.of(new ModuleFeedback(
                        "m2",
                        List.of("Managers use the workforce data."),
                        List.of("Data on disability is incomplete."),
                        recommendations)),
                null);
    }

    static ReportInput with(PeerReview review) {
        ReportInput in = RenderFixture.plain();
        SelfAssessment a = in.assessment();
        return new ReportInput(
                in.report(),
                new SelfAssessment(
                        a.organisation(),
                        a.framework(),
                        a.period(),
                        a.scope(),
                        a.localCharacteristics(),
                        a.claims(),
                        a.evidence(),
                        review,
                        a.actionPlan()),
                in.framework(),
                in.language(),
                in.today());
    }

    @Test
    void theScopeReadsAsASentence() {
        ReportInput in = RenderFixture.plain();
        assertEquals("This peer challenge looked at every characteristic.", PeerChallengeSection.scope(in, Scope.ALL));
        assertEquals(
                "This peer challenge looked at race only.",
                PeerChallengeSection.scope(in, new Scope(List.of("race"), List.of())));
        assertEquals(
                "This peer challenge looked at age, race and care experience only. It looked at m2 Workforce only.",
                PeerChallengeSection.scope(in, new Scope(List.of("age", "race", "care-experience"), List.of("m2"))));
    }

    @Test
    void markdownShowsTheTeamVisitScopeFeedbackAndEachRecommendationsWords() {
        String md = ReportRenderer.markdown()
                .render(with(review(
                        new Scope(List.of("race"), List.of()),
                        List.of(new Recommendation("R1 Improve workforce data", "Publish workforce data by grade.")))));
        assertTrue(
                md.contains(
                        "## Peer challenge\n\n"
                                + "Peer visit: 6 February 2024 to 8 February 2024. This peer challenge looked at race only.\n\n"
                                + "| Name | Role | Organisation |\n|---|---|---|\n"
                                + "| Sam Example | lead peer | Sampleshire District Council |\n"
                                + "| Cllr \\<Dee\\> Sample | councillor peer |  |\n\n"
                                + "### m2 Workforce\n\n"
                                + "**Strengths**\n\n- Managers use the workforce data.\n\n"
                                + "**Areas to develop**\n\n- Data on disability is incomplete.\n\n"
                                + "**Recommendations**\n\n- **R1 Improve workforce data** Publish workforce data by grade.\n\n"),
                md);
        assertTrue(
                md.contains(
                        "| A1 Publish workforce data | R1 Improve workforce data: Publish workforce data by grade. |"),
                "the plan puts the recommendation's words beside its id: " + md);
    }

    @Test
    void htmlEscapesTheTeamAndIsListedInTheContents() {
        String html = ReportRenderer.html()
                .render(with(
                        review(Scope.ALL, List.of(new Recommendation("R1 Improve workforce data", "Publish data.")))));
        assertTrue(html.contains("<li><a href=\"#peer-challenge\">Peer challenge</a></li>"), html);
        assertTrue(html.contains("<p>Peer visit: 6 February 2024 to 8 February 2024.</p>\n"
                + "<p>This peer challenge looked at every characteristic.</p>"));
        assertTrue(
                html.contains("<tr><th scope=\"row\">Cllr &lt;Dee&gt; Sample</th><td>councillor peer</td><td></td>"));
        assertTrue(html.contains("<li><strong>R1 Improve workforce data</strong> Publish data.</li>"), html);
    }

    @Test
    void theFeedbackDateFollowsTheVisitWhenTheReviewGivesIt() {
        PeerReview dated = review(Scope.ALL, List.of()).withFeedbackOn(LocalDate.of(2024, 3, 15));
        assertTrue(ReportRenderer.markdown()
                .render(with(dated))
                .contains("Peer visit: 6 February 2024 to 8 February 2024. Feedback given: 15 March 2024."
                        + " This peer challenge looked at every characteristic.\n\n"));
        assertTrue(ReportRenderer.html()
                .render(with(dated))
                .contains("<p>Peer visit: 6 February 2024 to 8 February 2024. Feedback given: 15 March 2024.</p>"));
        assertFalse(ReportRenderer.markdown()
                .render(with(review(Scope.ALL, List.of())))
                .contains("Feedback given"));
    }

    @Test
    void aReviewWithoutRecommendationsSaysThePlanAnswersEachAreaToDevelop() {
        String md = ReportRenderer.markdown().render(with(review(Scope.ALL, List.of())));
        assertTrue(
                md.contains(
                        "The peers made no numbered recommendations; the action plan answers each area to develop.\n\n"
                                + "### m2 Workforce\n\n"),
                md);
        assertFalse(md.contains("**Recommendations**"), md);
    }

    @Test
    void withoutAReviewThereIsNoSection() {
        assertFalse(ReportRenderer.markdown().render(RenderFixture.plain()).contains("## Peer challenge"));
        assertFalse(ReportRenderer.html().render(RenderFixture.plain()).contains("peer-challenge"));
    }
}
