package io.github.equalityframework.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile user text in the HTML report: parsed as a browser would, it must stay visible, inert text. */
class HtmlSafetyTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String JS = "javascript:alert(1)";
    static final String HOSTILE = " " + SCRIPT + " " + IMG + " " + JS + " '";

    static Document hostilePage(String location) {
        return Jsoup.parse(ReportRenderer.html().render(RenderFixture.input(HOSTILE, location, false)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                JS,
                " JavaScript:alert(1)",
                "file:///etc/passwd",
                "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)",
                "//evil.example/x",
                "http:/no-host",
                IMG,
                SCRIPT
            })
    void hostileTextAndLocationsRenderAsInertText(String location) {
        Document page = hostilePage(location);

        assertTrue(page.select("script").isEmpty(), "no script element");
        assertTrue(
                page.select("img, iframe, object, embed, link, base, form, meta[http-equiv]")
                        .isEmpty(),
                "no injected element");
        for (Element element : page.getAllElements()) {
            element.attributes()
                    .forEach(a -> assertFalse(
                            a.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
                            "event handler " + a.getKey() + " on " + element.tagName()));
        }
        for (String href : page.select("[href]").eachAttr("href")) {
            assertTrue(
                    href.startsWith("#") || href.startsWith("https://") || href.startsWith("http://"),
                    "link to " + href);
        }
        assertTrue(
                page.select("a[href]").stream().noneMatch(a -> a.attr("href").contains("alert")),
                "no link carries the payload");
        assertTrue(page.select("#evidence-ev-1").text().contains(location.strip()), "the location is shown as text");
    }

    @Test
    void hostileTextIsShownWhereItWasGiven() {
        Document page = hostilePage(JS);
        assertTrue(page.select("h1").text().contains(SCRIPT), "organisation name");
        assertTrue(page.title().contains(SCRIPT), "page title");
        assertTrue(page.select("#claim-m1-c1 .narrative").text().contains(IMG), "narrative");
        assertTrue(page.select("#evidence-ev-1").text().contains("Community profile 2023 " + SCRIPT), "evidence title");
        assertTrue(
                page.select("#findings").first().nextElementSiblings().text().contains("ev-3. " + SCRIPT),
                "finding message");
        assertTrue(page.select("svg title").text().contains("claimed"), "chart");
        assertTrue(page.select("svg").attr("aria-label").contains(IMG), "chart label");
        assertTrue(page.select("#action-A1").text().contains(IMG), "action");
        assertTrue(
                page.select("table.heat thead").text().contains("Care experience " + SCRIPT), "characteristic label");
    }

    @Test
    void nothingIsLoadedFromOutsideThePage() {
        Document page = Jsoup.parse(ReportRenderer.html().render(RenderFixture.plain()));
        assertTrue(page.select("script, link, img, iframe, object, embed, video, audio, source")
                .isEmpty());
        for (Element element : page.getAllElements()) {
            element.attributes()
                    .forEach(a -> assertFalse(
                            List.of("src", "srcset", "xlink:href", "background", "poster", "data")
                                    .contains(a.getKey()),
                            "resource attribute " + a.getKey() + " on " + element.tagName()));
        }
        String css = page.select("style").html();
        assertFalse(
                css.contains("url(") || css.contains("@import") || css.contains("@font-face"),
                "the style sheet loads nothing");
        page.select("[style]").eachAttr("style").forEach(style -> assertFalse(style.contains("url("), style));
    }

    @Test
    void webLocationsAreLinksThatOpenNoWindowReference() {
        Document page = Jsoup.parse(ReportRenderer.html().render(RenderFixture.plain()));
        List<Element> external = page.select("a[href^=http]");
        assertEquals(1, external.size());
        assertEquals(
                "https://www.anytown.gov.example/equality/profile?year=2023&format=pdf",
                external.get(0).attr("href"));
        assertEquals("noopener noreferrer", external.get(0).attr("rel"));
        assertEquals("DOC-2023-114", page.select("#evidence-ev-2 td").get(3).text(), "a document reference is text");
    }
}
