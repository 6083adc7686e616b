package io.github.equalityframework.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.report.CommitteeAppendix;
import io.github.equalityframework.spi.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A Welsh page stays {@code lang="cy"}, and every framework and council string on it sits in an element with
 * {@code lang="en"}, so that a screen reader pronounces it as English; an English page has no {@code lang} but its
 * own.
 */
class EnglishOnWelshPagesTest {

    /** The framework's and the council's own strings of the fixture: titles, narratives, evidence, findings, actions. */
    static List<String> written(ReportInput in) {
        List<String> strings = new ArrayList<>();
        for (FrameworkModule m : in.framework().modules()) {
            strings.add(m.title());
            m.criteria().stream().map(Criterion::title).forEach(strings::add);
        }
        in.assessment().claims().stream().map(Claim::narrative).forEach(strings::add);
        in.assessment().evidence().stream().map(EvidenceItem::title).forEach(strings::add);
        in.assessment().evidence().stream().map(EvidenceItem::owner).forEach(strings::add);
        in.report().findings().stream().map(Finding::message).forEach(strings::add);
        for (ActionPlanEntry entry : in.assessment().actionPlan().entries()) {
            for (PlannedAction a : entry.actions()) {
                strings.add(a.description());
                strings.add(a.lead());
            }
        }
        return strings.stream()
                .filter(Objects::nonNull)
                .map(EnglishOnWelshPagesTest::normalised)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    @Test
    void everyFrameworkAndCouncilStringOfAWelshReportIsMarkedEnglishOnAWelshPage() {
        ReportInput in = WelshReportTest.welsh();
        Document page = Jsoup.parse(ReportRenderer.html().render(in));
        assertEquals("cy", page.selectFirst("html").attr("lang"));
        List<String> strings = written(in);
        assertFalse(strings.size() < 10, strings.toString());
        List<String> unmarked = new ArrayList<>();
        for (String english : strings) {
            List<Element> holders = holders(page, english);
            assertFalse(holders.isEmpty(), () -> "'" + english + "' is not on the page");
            holders.stream()
                    .filter(e -> !"en".equals(language(e)))
                    .forEach(e -> unmarked.add(english + " in " + e.outerHtml()));
        }
        assertEquals(List.of(), unmarked, "English text read with Welsh pronunciation");
        Element council = page.selectFirst("h1 [lang=en]");
        assertEquals(
                in.report().organisation(), council == null ? "(none)" : council.text(), "the council in the heading");
        assertEquals("cy", language(page.selectFirst("h1")));
        assertEquals(
                List.of("Yn gryno", "Crynodeb"),
                page.select("h2").stream()
                        .limit(2)
                        .map(h -> h.text() + (language(h).equals("cy") ? "" : " (not Welsh)"))
                        .toList());
    }

    @Test
    void anEnglishReportHasNoLanguageButItsOwn() {
        for (String html : List.of(
                ReportRenderer.html().render(RenderFixture.plain()),
                AppendixRenderer.html(AppendixRendererTest.appendix(true), Messages.ENGLISH),
                ProgressRenderer.html(AppendixRendererTest.progress(), ProgressRendererTest.FRAMEWORK))) {
            Document page = Jsoup.parse(html);
            assertEquals(List.of("en-GB"), page.select("[lang]").eachAttr("lang"));
        }
    }

    @Test
    void theWelshCommitteeAppendixMarksTheCouncilsWordsEnglish() {
        CommitteeAppendix appendix = AppendixRendererTest.appendix(true);
        Document page = Jsoup.parse(AppendixRenderer.html(appendix, Locale.forLanguageTag("cy")));
        assertEquals("cy", page.selectFirst("html").attr("lang"));
        List<String> unmarked = new ArrayList<>();
        for (CommitteeAppendix.Module module : appendix.modules()) {
            for (CommitteeAppendix.Item item : module.items()) {
                List<String> strings = new ArrayList<>();
                strings.add(item.text());
                strings.add(item.comment());
                for (CommitteeAppendix.Action a : item.actions()) {
                    strings.add(a.description());
                    strings.add(a.lead());
                    strings.add(a.nextSteps());
                    a.notes().forEach(n -> strings.add(n.note()));
                }
                for (String english : strings) {
                    if (english == null || english.isBlank()) {
                        continue;
                    }
                    List<Element> holders = holders(page, normalised(english));
                    assertFalse(holders.isEmpty(), () -> "'" + english + "' is not on the page");
                    holders.stream()
                            .filter(e -> !"en".equals(language(e)))
                            .forEach(e -> unmarked.add(english + " in " + e.outerHtml()));
                }
            }
        }
        assertEquals(List.of(), unmarked);
        // A module's heading is the framework's title, in English; "not linked to a module" is the product's Welsh.
        assertEquals(
                appendix.modules().stream()
                        .map(m -> m.id() == null || m.title() == null ? "cy" : "en")
                        .toList(),
                page.select("section[id^=module-] > h2").stream()
                        .map(EnglishOnWelshPagesTest::language)
                        .toList());
    }

    /** The elements whose own text holds the string (leaving out the page's title in the head). */
    private static List<Element> holders(Document page, String text) {
        return page.body().getElementsContainingOwnText(text).stream()
                .filter(e -> normalised(e.ownText()).contains(text))
                .toList();
    }

    /** The language an element is read in: its own {@code lang} or its nearest ancestor's. */
    private static String language(Element e) {
        for (Element at = e; at != null; at = at.parent()) {
            if (at.hasAttr("lang")) {
                return at.attr("lang");
            }
        }
        return "";
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
