package io.github.equalityframework.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Revision;
import io.github.equalityframework.report.CommitteeAppendix;
import io.github.equalityframework.report.CommitteeAppendix.Action;
import io.github.equalityframework.report.CommitteeAppendix.Item;
import io.github.equalityframework.report.CouncilProgress;
import io.github.equalityframework.report.CouncilProgress.StatusToday;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The committee appendix: built once from a council's progress, then laid out in Markdown and HTML with the same words;
 * hostile text inert in HTML and unable to break a Markdown table.
 */
class AppendixRendererTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    /** A peer challenge with a different approach (and its reason), a revised action with two notes, and a draft plan. */
    static CouncilProgress progress() {
        PeerReview review = new PeerReview(
                List.of(),
                LocalDate.of(2025, 6, 10),
                null,
                null,
                List.of(),
                List.of(new ModuleFeedback(
                        "m2",
                        List.of(),
                        List.of(),
                        List.of(
                                new Recommendation("R1", "Set up a staff network"),
                                new Recommendation("R2", "Publish pay gaps")))),
                null);
        PlannedAction revised = new PlannedAction(
                "A1",
                "Launch the network",
                "Head of HR",
                List.of(CouncilRole.EMPLOYER),
                null,
                "Q3 2025/26",
                ActionStatus.ON_TRACK,
                null,
                List.of(new Revision(null, "by March 2027", LocalDate.of(2026, 1, 13), "Chair left")),
                List.of(
                        new ProgressNote(LocalDate.of(2025, 10, 1), "Terms drafted", "Cabinet"),
                        new ProgressNote(LocalDate.of(2026, 2, 1), "Chair recruited", null)),
                "Hold the first meeting");
        ActionPlan plan = new ActionPlan(
                "Plan",
                null,
                "Cabinet",
                LocalDate.of(2025, 9, 1),
                List.of(
                        new ActionPlanEntry(
                                "R1", "m2", List.of(), RecommendationResponse.ACCEPTED, null, List.of(revised)),
                        new ActionPlanEntry(
                                "R2",
                                "m2",
                                List.of(),
                                RecommendationResponse.DIFFERENT_APPROACH,
                                "Pay gaps go in the annual report",
                                List.of())));
        ActionPlan draft = new ActionPlan(
                "Next plan",
                io.github.equalityframework.model.PlanStatus.DRAFT,
                null,
                null,
                List.of(new ActionPlanEntry(
                        null,
                        "EO9",
                        "A proposal",
                        "m1",
                        List.of(),
                        null,
                        null,
                        List.of(new PlannedAction(
                                "D1",
                                "Propose",
                                "Head of Policy",
                                null,
                                "2027",
                                ActionStatus.NOT_STARTED,
                                List.of(),
                                null)))));
        return CouncilProgress.of(
                ProgressRendererTest.FRAMEWORK,
                List.of(ProgressRendererTest.year(
                        2025, "developing", "developing", List.of(review), List.of(plan, draft))),
                AS_OF);
    }

    static CommitteeAppendix appendix(boolean allNotes) {
        return CommitteeAppendix.of(progress(), ProgressRendererTest.FRAMEWORK, allNotes);
    }

    @Test
    void eachItemKeepsItsTextResponseReasonAndActionsUnderItsModuleAndDraftPlansAreLeftOut() {
        CommitteeAppendix appendix = appendix(false);
        assertEquals(1, appendix.modules().size(), "the draft's m1 proposal is not in force");
        assertEquals("m2", appendix.modules().get(0).id());
        List<Item> items = appendix.modules().get(0).items();
        assertEquals(List.of("R1", "R2"), items.stream().map(Item::id).toList());
        assertEquals("Set up a staff network", items.get(0).text());
        assertEquals(RecommendationResponse.DIFFERENT_APPROACH, items.get(1).response());
        assertEquals("Pay gaps go in the annual report", items.get(1).comment());
        assertTrue(items.get(1).reasoned());
        Action a1 = items.get(0).actions().get(0);
        assertEquals(StatusToday.ON_TRACK, a1.today());
        assertEquals("Q3 2025/26", a1.target().written());
        assertEquals(LocalDate.of(2025, 10, 1), a1.target().start());
        assertEquals(LocalDate.of(2025, 12, 31), a1.target().end());
        assertEquals(LocalDate.of(2027, 3, 31), a1.revisions().get(0).target().end());
        assertEquals(
                List.of("Chair recruited"),
                a1.notes().stream().map(ProgressNote::note).toList());
    }

    @Test
    void allNotesKeepsEveryProgressNoteOldestFirst() {
        Action a1 = appendix(true).modules().get(0).items().get(0).actions().get(0);
        assertEquals(
                List.of("Terms drafted", "Chair recruited"),
                a1.notes().stream().map(ProgressNote::note).toList());
    }

    @Test
    void markdownWritesTheTimescaleWithItsDatesAndRevisionTheStatusTodayAndTheReason() {
        String md = AppendixRenderer.markdown(appendix(false), Messages.ENGLISH);
        assertTrue(md.startsWith("# Equality action plan: progress of Anytown"), md);
        assertTrue(md.contains("## m2 "), md);
        assertTrue(md.contains("### Recommendation R1, peer challenge of 10 June 2025\n"), md);
        assertTrue(md.contains("**Reason:** Pay gaps go in the annual report\n"), md);
        assertTrue(md.contains("| Action | Lead | Roles | Timescale | Status today | Progress | Next steps |\n"), md);
        assertTrue(
                md.contains("| **A1** Launch the network | Head of HR | Employer | Q3 2025/26 (1 October 2025 to 31"
                        + " December 2025)<br>Revised to by March 2027 (1 March 2027 to 31 March 2027), agreed 13"
                        + " January 2026: Chair left | On track | 1 February 2026: Chair recruited | Hold the first"
                        + " meeting |\n"),
                md);
        assertTrue(md.contains("No actions.\n"), "R2 has none: " + md);
        assertFalse(md.contains("EO9"), md);
    }

    @Test
    void hostileTextCannotBreakAMarkdownTableOrBecomeMarkup() {
        CommitteeAppendix appendix =
                CommitteeAppendix.of(ProgressRendererTest.progress(), ProgressRendererTest.FRAMEWORK, true);
        String md = AppendixRenderer.markdown(appendix, Messages.ENGLISH);
        for (String line : md.split("\n")) {
            if (line.startsWith("| **A")) {
                assertEquals(9, line.split("(?<!\\\\)\\|", -1).length, "seven cells: " + line);
            }
        }
        assertFalse(md.contains("<script>"), md);
    }

    @Test
    void htmlTablesHaveCaptionsHeaderRowsAndTheStatusInWordsOnItsColourByClass() {
        CommitteeAppendix appendix =
                CommitteeAppendix.of(ProgressRendererTest.progress(), ProgressRendererTest.FRAMEWORK, false);
        Document page = Jsoup.parse(AppendixRenderer.html(appendix, Messages.ENGLISH));
        assertTrue(page.select("script, img").isEmpty(), "hostile text stays text");
        assertEquals("en-GB", page.selectFirst("html").attr("lang"));
        assertEquals(2, page.select("h2").size(), "m1, then not linked to a module");
        assertEquals("Not linked to a module", page.select("h2").get(1).text());
        for (Element table : page.select("table")) {
            assertTrue(table.selectFirst("caption").text().startsWith("Actions for "), table.toString());
            assertEquals(
                    List.of("Action", "Lead", "Roles", "Timescale", "Status today", "Progress", "Next steps"),
                    table.select("thead th[scope=col]").eachText());
        }
        Element a2 = page.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().startsWith("A2 "))
                .findFirst()
                .orElseThrow();
        Element status = a2.select("td").get(3);
        assertEquals("Overdue (stated: on track)", status.text());
        // The colour is a class of the page's style sheet, so the page has no style attribute.
        assertEquals("rag-overdue", status.className());
        assertTrue(
                page.selectFirst("style")
                        .data()
                        .contains("td.rag-overdue { background: #" + AppendixText.colour(StatusToday.OVERDUE) + "; }"),
                page.selectFirst("style").data());
        assertTrue(page.select("[style]").isEmpty(), "no style attribute");
        assertEquals(
                "by May 2026 (1 May 2026 to 31 May 2026)",
                a2.select("td").get(2).text());
        Element a1 = page.select("tbody tr").get(0);
        assertEquals(
                "Complete: 2 April 2026, after its first target",
                a1.select("td").get(3).text());
    }

    @Test
    void welshWordsComeFromTheWelshBundle() {
        String md = AppendixRenderer.markdown(appendix(false), Messages.WELSH);
        assertTrue(
                md.contains(
                        "| Cam gweithredu | Arweinydd | Rolau | Amserlen | Statws heddiw | Cynnydd | Camau nesaf |"),
                md);
        assertTrue(md.contains("1 Chwefror 2026"), md);
    }

    @Test
    void anAppendixWithNothingInForceSaysSo() {
        CommitteeAppendix empty = new CommitteeAppendix("Anytown", "Test framework 1", AS_OF, false, List.of());
        assertTrue(AppendixRenderer.markdown(empty, Messages.ENGLISH)
                .contains("No adopted action plan answers a recommendation or objective."));
        assertNull(AppendixText.of(Messages.ENGLISH)
                .commentLabel(appendix(false).modules().get(0).items().get(0)));
    }
}
