package io.github.equalityframework.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Golden files are in src/test/resources/.../golden; run with {@code -Dgolden.update=true} to rewrite
 * them after a deliberate change, and review the diff.
 */
class ReportRendererTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "io", "github", "equalityframework", "report", "render", "golden");
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String JS = "javascript:alert(1)";

    static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + name);
    }

    @Test
    void markdownMatchesItsGoldenFile() throws IOException {
        assertGolden("report.md", ReportRenderer.markdown().render(RenderFixture.plain()));
    }

    @Test
    void htmlMatchesItsGoldenFile() throws IOException {
        assertGolden("report.html", ReportRenderer.html().render(RenderFixture.plain()));
    }

    @Test
    void renderingIsDeterministic() {
        assertEquals(ReportRenderer.html().render(RenderFixture.plain()), ReportRenderer.html().render(RenderFixture.plain()));
        assertEquals(ReportRenderer.markdown().render(RenderFixture.plain()), ReportRenderer.markdown().render(RenderFixture.plain()));
    }

    @Test
    void hostileUserTextRendersAsInertVisibleText() {
        String html = ReportRenderer.html().render(RenderFixture.input(SCRIPT, IMG, SCRIPT + IMG, JS));
        Document page = Jsoup.parse(html);

        assertTrue(page.select("script").isEmpty(), "no script element");
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler on " + element.tagName()));
        }
        for (Element link : page.select("a[href]")) {
            String href = link.attr("href");
            assertTrue(href.startsWith("#") || href.startsWith("https://") || href.startsWith("http://"), "link to " + href);
        }
        assertTrue(page.select("img, iframe, link, object, embed").isEmpty(), "no external or embedded resources");
        assertTrue(page.select("h1").text().contains(SCRIPT), "the organisation's name is shown as text");
        assertTrue(page.text().contains(IMG), "the narrative is shown as text");
        assertTrue(page.select("#evidence").first() != null && page.text().contains(JS), "the javascript: location is shown as text");
    }

    @Test
    void onlyHttpLocationsBecomeLinks() {
        assertEquals("<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">https://example.org/a?b=1&amp;c=2</a>",
                Html.location("https://example.org/a?b=1&c=2"));
        for (String notALink : List.of(JS, "file:///etc/passwd", "../../secret.txt", "DOC-2023-114", "data:text/html,<b>x</b>", "http:/no-host")) {
            assertFalse(Html.location(notALink).contains("<a"), notALink);
        }
    }

    @Test
    void pageIsAccessibleInItsStructure() {
        Document page = Jsoup.parse(ReportRenderer.html().render(RenderFixture.plain()));
        assertEquals(1, page.select("h1").size());
        assertEquals("en-GB", page.select("html").attr("lang"));
        for (Element table : page.select("table")) {
            assertEquals(1, table.select("caption").size(), "every table has a caption");
            assertFalse(table.select("th[scope]").isEmpty(), "every table has header cells");
        }
        Element svg = page.select("svg").first();
        assertEquals("img", svg.attr("role"));
        assertFalse(svg.attr("aria-label").isBlank());
        assertTrue(page.select("span.sev").stream().allMatch(s -> !s.text().isBlank()), "severity is written, not only coloured");
    }

    @Test
    void findingsLinkToTheClaimOrEvidenceTheyConcern() {
        Document page = Jsoup.parse(ReportRenderer.html().render(RenderFixture.plain()));
        assertEquals(List.of("#claim-m1-c1", "#claim-m2-c1", "#evidence-ev-1"),
                page.select("ul.findings a").eachAttr("href"));
        assertFalse(page.select("#claim-m1-c1").isEmpty());
        assertFalse(page.select("#evidence-ev-1").isEmpty());
    }

    @Test
    void aPipeInANarrativeDoesNotAddTableColumns() {
        String md = ReportRenderer.markdown().render(RenderFixture.input("A | B", "one | two", "t | u", null));
        md.lines().filter(l -> l.startsWith("|")).forEach(line -> {
            long unescapedPipes = line.chars().filter(c -> c == '|').count() - line.split("\\\\\\|", -1).length + 1;
            assertTrue(unescapedPipes <= 6, line);
        });
        assertTrue(md.contains("A \\| B"), md);
        assertFalse(ReportRenderer.markdown().render(RenderFixture.input("x", SCRIPT, "t", null)).contains("<script>"));
    }
}
