package io.github.equalityframework.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The structure a screen reader and a printer rely on, and what each section shows. */
class HtmlAccessibilityTest {
    final String html = ReportRenderer.html().render(RenderFixture.plain());
    final Document page = Jsoup.parse(html);

    @Test
    void pageDeclaresItsTypeLanguageAndEncoding() {
        assertTrue(html.startsWith("<!doctype html>\n<html lang=\"en-GB\">"));
        assertEquals("utf-8", page.select("head meta[charset]").attr("charset"));
        assertFalse(page.title().isBlank());
        assertTrue(page.select("style").html().contains("@media print"), "a print style");
    }

    @Test
    void oneH1AndHeadingsThatSkipNoLevel() {
        assertEquals(1, page.select("h1").size());
        int previous = 1;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertTrue(level <= previous + 1, heading.tagName() + " after h" + previous + ": " + heading.text());
            previous = level;
        }
    }

    @Test
    void everyTableHasACaptionAndHeaderCellsWithScope() {
        assertFalse(page.select("table").isEmpty());
        for (Element table : page.select("table")) {
            assertEquals(1, table.select("caption").size(), "caption of " + table);
            assertFalse(table.select("caption").text().isBlank());
            assertFalse(table.select("thead th[scope=col]").isEmpty(), "column headers");
            assertTrue(
                    table.select("th").stream().allMatch(th -> th.hasAttr("scope")), "every header cell has a scope");
        }
    }

    @Test
    void everyTableScrollsSidewaysInAFocusableRegionNamedByItsCaption() {
        List<String> ids = new java.util.ArrayList<>();
        for (Element table : page.select("table")) {
            Element region = table.parent();
            assertEquals(
                    "table-wrap",
                    region.className(),
                    "region of " + table.select("caption").text());
            assertEquals("region", region.attr("role"));
            assertEquals("0", region.attr("tabindex"));
            String caption = table.select("caption").first().id();
            assertFalse(caption.isEmpty(), "caption id");
            assertEquals(caption, region.attr("aria-labelledby"));
            ids.add(caption);
        }
        assertEquals(ids.size(), ids.stream().distinct().count(), "caption ids are unique: " + ids);
    }

    @Test
    void aLevelNotAssessedIsAVisibleMarkAndTheLegendShowsIt() {
        Element svg = page.select("svg.chart").first();
        // m2 was not evidenced: a ring on the base line with its words, not a bar of no height.
        assertEquals(
                List.of("m2: evidenced Not assessed", "m2: validated None"),
                svg.select("circle[stroke-dasharray] > title").eachText());
        assertTrue(svg.select("rect[height=0.0]").isEmpty(), "no invisible bar");
        assertTrue(page.select("figcaption.legend span:contains(Not assessed) svg circle")
                .hasAttr("stroke-dasharray"));
    }

    @Test
    void chartIsALabelledImageWithATextEquivalent() {
        Element svg = page.select("svg").first();
        assertEquals("img", svg.attr("role"));
        assertTrue(svg.attr("aria-label")
                .contains("m2 Workforce: claimed Developing, evidenced Not assessed, validated None."));
        assertEquals(
                "Claimed, evidenced and validated level by module", svg.child(0).text());
        assertEquals("title", svg.child(0).tagName());
        assertEquals(6, svg.select("rect, circle[stroke-dasharray]").size(), "three bars (or rings) per module");
        assertEquals(
                List.of("Not assessed", "Developing", "Achieving", "Excellent"),
                svg.select("text[text-anchor=end]").eachText(),
                "the axis is labelled with the scale's labels");
        Element table = page.select("#levels ~ .table-wrap > table").first();
        assertEquals(
                List.of("Module", "Claimed", "Evidenced", "Validated", "Reached"),
                table.select("thead th").eachText());
        assertEquals(
                List.of("Excellent", "Achieving", "Achieving", "Achieving"),
                table.select("tbody tr").get(0).select("td").eachText());
    }

    @Test
    void severitiesAndLevelsAreWrittenNotOnlyColoured() {
        assertTrue(page.select("span.sev").eachText().containsAll(List.of("Error", "Warning", "Info")));
        assertEquals("Overdue", page.select("#action-A1 span.rag").text());
        assertEquals("rag rag-overdue", page.select("#action-A1 span.rag").attr("class"));
    }

    @Test
    void coverageCellsAreShadedAndShowTheirCount() {
        List<Element> cells = page.select("table.heat tbody td");
        assertEquals(9, cells.size());
        assertEquals(
                List.of("Age", "Race", "Care experience"),
                page.select("table.heat thead th").eachText().subList(1, 4));
        for (Element cell : cells) {
            int count = Integer.parseInt(cell.text());
            assertTrue(cell.hasClass("h" + Math.min(count, 3)), cell.outerHtml());
        }
    }

    @Test
    void findingsLinkToTheClaimEvidenceOrActionTheyConcern() {
        List<String> links = page.select("ol.findings a").eachAttr("href");
        assertEquals(List.of("#claim-m1-c1", "#claim-m1-c1", "#claim-m2-c1", "#action-A1", "#evidence-ev-3"), links);
        links.forEach(link -> assertEquals(1, page.select(link).size(), link + " is a place in the page"));
        assertEquals(
                List.of("m1 Communities", "m2 Workforce", "General"),
                page.select("#findings ~ h3").eachText().subList(0, 3));
        Set<String> ids = new HashSet<>();
        page.select("[id]").eachAttr("id").forEach(id -> assertTrue(ids.add(id), "unique id " + id));
        page.select("a[href^=#]")
                .eachAttr("href")
                .forEach(href -> assertEquals(1, page.select(href).size(), href));
    }

    @Test
    void claimsEvidenceAndActionsLinkBackToTheirFindings() {
        assertEquals(
                List.of("1", "2"),
                page.select("ol.findings li").eachAttr("id").subList(0, 2).stream()
                        .map(id -> id.substring("finding-".length()))
                        .toList());
        assertEquals(
                List.of("#finding-1", "#finding-2"),
                page.select("#claim-m1-c1 a[href^=#finding]").eachAttr("href"));
        assertEquals("Finding 4 (warning)", page.select("#action-A1 a").text());
        assertEquals("Finding 6 (info)", page.select("#evidence-ev-3 a").text());
        assertEquals(
                List.of("1", "3", "4"),
                page.select("ol.findings").eachAttr("start"),
                "numbers run on across the groups");
    }

    @Test
    void actionPlanCountsEachStatusAndTheActionsOverdueAtTheEndOfThePeriod() {
        Element counts = page.select("#action-plan ~ .table-wrap > table").first();
        assertEquals(
                "Actions by status on 31 March 2024", counts.select("caption").text());
        assertEquals(
                List.of("Complete 1", "On track 0", "At risk 0", "Overdue 1", "Not yet due 1", "No date 0"),
                counts.select("tbody tr").eachText());
        assertTrue(
                page.select("#action-plan + p").text().contains("1 overdue"),
                "A1 was due in December 2023; A3 is due after the period");
        assertTrue(page.select("#action-A3").text().contains("Not yet due")
                && !page.select("#action-A3").text().contains("overdue"));
    }

    @Test
    void actionPlanIsOrganisedByTheFrameworksModulesWithEntriesLinkedToNoneLast() {
        assertEquals(
                List.of("m1 Communities", "m2 Workforce", "Not linked to a module"),
                page.select("#action-plan ~ h3").eachText());
        assertEquals(
                List.of("plan-m1", "plan-m2", "plan-not-linked"),
                page.select("#action-plan ~ h3").eachAttr("id"));
        List<Element> tables = page.select("#action-plan ~ .table-wrap > table");
        assertEquals(
                List.of(
                        "Actions by status on 31 March 2024",
                        "Actions for m1",
                        "Actions for m2",
                        "Actions for recommendations not linked to a module"),
                tables.stream().map(t -> t.select("caption").text()).toList());
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
                tables.get(1).select("thead th").eachText());
        assertEquals(
                List.of(
                        "No action",
                        "Not accepted: Not affordable this year.",
                        "R3",
                        "Community leader",
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""),
                Stream.concat(tables.get(1).select("tbody th").stream(), tables.get(1).select("tbody td").stream())
                        .map(Element::text)
                        .toList(),
                "a recommendation not accepted has no action and still shows with the council's reason");
        assertEquals(List.of("A1", "A2"), tables.get(2).select("tbody th").eachText());
        assertEquals(List.of("A3"), tables.get(3).select("tbody th").eachText());
    }

    @Test
    void actionPlanShowsEachEntrysRolesAsTagsInTheFrameworksOrderOfRoles() {
        assertEquals(
                List.of("Employer", "Service provider"),
                page.select("#action-A1 span.tag").eachText(),
                "stated service provider then employer; shown in the order of the roles");
        assertEquals(
                List.of("Community leader"),
                page.select("#plan-m1 + .table-wrap span.tag").eachText());
        assertTrue(page.select("#action-A3 span.tag").isEmpty(), "an entry with no roles has no tags");
    }

    @Test
    void summarySaysWhetherTheReportIsComplete() {
        assertTrue(page.select("dl.summary").text().contains("Complete"));
        Document incomplete = Jsoup.parse(ReportRenderer.html().render(RenderFixture.input("", null, false)));
        assertTrue(incomplete.select("dl.summary").text().contains("Incomplete"));
        assertTrue(incomplete.select("p.incomplete").text().startsWith("This report is incomplete"));
    }
}
