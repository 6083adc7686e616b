package io.github.equalityframework.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.fixtures.TestFramework;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.CouncilProgress;
import io.github.equalityframework.report.ModuleResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The progress report: the timeline in both formats, hostile text inert in HTML and unable to break Markdown tables. */
class ProgressRendererTest {
    static final FrameworkDefinition FRAMEWORK = TestFramework.definition();
    static final String HOSTILE =
            "<script>alert(1)</script> \"><img src=x onerror=alert(1)> | *x* [l](javascript:alert(1))";

    static CouncilProgress.YearInput year(
            int end, String m1, String m2, List<PeerReview> reviews, List<ActionPlan> plans) {
        AssessmentPeriod period = new AssessmentPeriod(LocalDate.of(end - 1, 4, 1), LocalDate.of(end, 3, 31));
        SelfAssessment a = new SelfAssessment(
                new Organisation("Anytown " + HOSTILE, null),
                FRAMEWORK.id(),
                period,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null);
        AssessmentReport r = new AssessmentReport(
                a.organisation().name(),
                FRAMEWORK.id(),
                period,
                null,
                m1,
                List.of(
                        new ModuleResult("m1", "Communities", m1, m1, null, m1),
                        new ModuleResult("m2", "Workforce", m2, m2, null, m2)),
                List.of(),
                List.of(),
                null,
                null,
                true);
        return new CouncilProgress.YearInput("anytown-" + end + ".yaml", a, r, reviews, plans);
    }

    static CouncilProgress progress() {
        PeerReview review = new PeerReview(
                List.of(),
                LocalDate.of(2025, 6, 10),
                null,
                null,
                List.of(),
                List.of(new ModuleFeedback(
                        "m1", List.of(), List.of("Area"), List.of(new Recommendation("R1", "Engage " + HOSTILE)))),
                null);
        ActionPlan plan = new ActionPlan(
                LocalDate.of(2025, 9, 1),
                List.of(new ActionPlanEntry(
                        "R1",
                        "m1",
                        List.of(CouncilRole.SERVICE_PROVIDER, CouncilRole.COMMUNITY_LEADER),
                        RecommendationResponse.ACCEPTED,
                        null,
                        List.of(
                                new PlannedAction(
                                        "A1",
                                        "Forum " + HOSTILE,
                                        "Head of " + HOSTILE,
                                        List.of(),
                                        LocalDate.of(2026, 3, 31),
                                        null,
                                        ActionStatus.COMPLETE,
                                        LocalDate.of(2026, 4, 2),
                                        List.of(),
                                        List.of(new ProgressNote(LocalDate.of(2026, 4, 2), "Done", null)),
                                        null),
                                new PlannedAction(
                                        "A2",
                                        "Survey",
                                        "Head of Policy",
                                        null,
                                        "by May 2026",
                                        ActionStatus.ON_TRACK,
                                        List.of(),
                                        null)))));
        // The council's own entry, linked to no module.
        ActionPlan own = new ActionPlan(
                LocalDate.of(2024, 5, 1),
                List.of(new ActionPlanEntry(
                        null,
                        "EO1",
                        "Easy read objectives",
                        null,
                        List.of(CouncilRole.EMPLOYER),
                        null,
                        null,
                        List.of(new PlannedAction(
                                "C1",
                                "Publish them",
                                "Head of Policy",
                                List.of(),
                                LocalDate.of(2024, 9, 30),
                                null,
                                ActionStatus.COMPLETE,
                                LocalDate.of(2024, 9, 1),
                                List.of(),
                                List.of(new ProgressNote(LocalDate.of(2024, 9, 1), "Published", null)),
                                null)))));
        return CouncilProgress.of(
                FRAMEWORK,
                List.of(
                        year(2024, "developing", "not-assessed", List.of(), List.of(own)),
                        year(2025, "achieving", "developing", List.of(review), List.of(plan))),
                LocalDate.of(2026, 6, 1));
    }

    @Test
    void markdownGivesTheTimelineRecommendationsAndActionsWithTextEscaped() {
        String md = ProgressRenderer.markdown(progress(), FRAMEWORK);

        assertTrue(
                md.contains(
                        "**Level reached by module and year**\n\n"
                                + "| Module | 2023/24 | 2024/25 |\n|---|---|---|\n| m1 Knowing your communities | Developing | Achieving |\n"
                                + "| m2 Workforce | Not assessed | Developing |\n| Overall | **Developing** | **Achieving** |\n"),
                md);
        assertTrue(md.contains("### Peer challenge of 10 June 2025: 1 recommendation, 0 closed\n"), md);
        assertTrue(
                md.contains(
                        "| A1 | Forum \\<script\\>alert(1)\\</script\\> \"\\>\\<img src=x onerror=alert(1)\\> \\| \\*x\\* "
                                + "\\[l\\](javascript:alert(1)) | R1 |"),
                md);
        assertTrue(md.contains("| 31 March 2026 | Complete | 2 April 2026 | Late |\n"), md);
        assertTrue(
                md.contains(
                        "| A2 | Survey | R1 | Head of Policy | by May 2026 | **Overdue (stated: on track)** |  | Overdue |\n"),
                md);
        for (String line : md.lines().filter(l -> l.matches("\\| A\\d.*")).toList()) {
            assertEquals(10, line.split("(?<!\\\\)\\|", -1).length, "eight cells: " + line);
        }
    }

    @Test
    void htmlIsOnePageWithAnSvgTimelineAndHostileTextInert() {
        Document page = Jsoup.parse(ProgressRenderer.html(progress(), FRAMEWORK));

        assertTrue(page.select("script, img, iframe, link[href], base").isEmpty(), "no injected or external element");
        for (Element element : page.getAllElements()) {
            element.attributes()
                    .forEach(
                            a -> assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), a.getKey()));
        }
        assertTrue(page.title().contains("<script>alert(1)</script>"), page.title());
        assertEquals(2, page.select("svg polyline").size(), "a line per module");
        assertEquals(
                List.of(
                        "m1 2023/24: Developing",
                        "m1 2024/25: Achieving",
                        "m2 2023/24: Not assessed",
                        "m2 2024/25: Developing"),
                page.select("svg.chart > * > title").eachText());
        assertTrue(
                page.select("svg")
                        .attr("aria-label")
                        .contains("m2 Workforce: 2023/24 Not assessed, 2024/25 Developing."),
                page.select("svg").attr("aria-label"));
        assertEquals(
                "R1 Engage " + HOSTILE + " Community leader Service provider Accepted 1 of 2 Open",
                page.select("#recommendations table tbody tr").first().text());
        assertEquals("Overdue (stated: on track)", page.select("span.overdue").text());
    }

    @Test
    void markdownListsRecommendationsAndActionsByModuleWithTheirRoles() {
        String md = ProgressRenderer.markdown(progress(), FRAMEWORK);

        assertTrue(md.contains("""
                ### Peer challenge of 10 June 2025: 1 recommendation, 0 closed

                #### m1 Knowing your communities

                **Recommendations on m1, the council's responses and where they stand**

                | Id | Recommendation | Roles | Response | Actions complete | State |
                |---|---|---|---|---:|---|
                | R1 | Engage"""), md);
        assertTrue(md.contains("| Community leader, Service provider | Accepted | 1 of 2 | Open |\n"), md);
        assertTrue(md.contains("""
                ### The council's own objectives: 1 entry, 1 closed

                #### Not linked to a module

                **Recommendations not linked to a module, the council's responses and where they stand**

                | Id | Recommendation | Roles | Response | Actions complete | State |
                |---|---|---|---|---:|---|
                | EO1 | Easy read objectives | Employer | Own objective | 1 of 1 | Closed 1 September 2024 |
                """), md);
        String actions = md.substring(md.indexOf("## Actions"));
        assertTrue(actions.indexOf("#### m1 Knowing your communities") < actions.indexOf("| A1 | Forum"), actions);
        assertTrue(actions.contains("### The council's own objectives\n\n#### Not linked to a module\n\n"), actions);
    }

    @Test
    void htmlGroupsRecommendationsAndActionsByModuleAndShowsRolesAsTags() {
        Document page = Jsoup.parse(ProgressRenderer.html(progress(), FRAMEWORK));

        assertEquals(
                List.of(
                        "m1 Knowing your communities",
                        "Not linked to a module",
                        "m1 Knowing your communities",
                        "Not linked to a module"),
                page.select("h4").eachText(),
                "recommendations, then actions, each by review and module");
        assertEquals(
                List.of(
                        "Recommendations on m1, the council's responses and where they stand",
                        "Recommendations not linked to a module, the council's responses and where they stand",
                        "Actions on m1, and whether they were done on time",
                        "Actions not linked to a module, and whether they were done on time"),
                page.select("h4 + .table-wrap > table > caption").eachText());
        assertEquals(
                List.of("Community leader", "Service provider", "Employer"),
                page.select("#recommendations table span.tag").eachText());
        assertEquals(
                List.of("A1", "A2"),
                page.select("h4:contains(m1) + .table-wrap")
                        .last()
                        .select("tbody th")
                        .eachText());
    }

    @Test
    void theSameProgressGivesTheSameBytes() {
        assertEquals(ProgressRenderer.html(progress(), FRAMEWORK), ProgressRenderer.html(progress(), FRAMEWORK));
        assertEquals(
                ProgressRenderer.markdown(progress(), FRAMEWORK), ProgressRenderer.markdown(progress(), FRAMEWORK));
    }

    @Test
    void itsWordsComeFromTheMessageBundleInTheLanguageAsked() {
        String md = ProgressRenderer.markdown().in(Messages.WELSH).render(progress(), FRAMEWORK);
        String html = ProgressRenderer.html().in(Messages.WELSH).render(progress(), FRAMEWORK);

        assertTrue(md.startsWith("# Cynnydd cydraddoldeb: Anytown"), md.substring(0, 40));
        assertTrue(md.contains("\n## Crynodeb\n"), md);
        assertTrue(md.contains("| Camau wedi'u cwblhau |"), md);
        assertTrue(html.contains("<html lang=\"cy\">"), html.substring(0, 60));
        assertEquals(
                ProgressRenderer.markdown(progress(), FRAMEWORK),
                ProgressRenderer.markdown().render(progress(), FRAMEWORK));
    }
}
