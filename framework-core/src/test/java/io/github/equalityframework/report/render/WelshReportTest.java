package io.github.equalityframework.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.MaturityScale;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Product-written text in Welsh; framework content and council data as written; English where Welsh lacks a word. */
class WelshReportTest {
    static final Messages CY = Messages.of(Messages.WELSH);
    static final Messages EN = Messages.english();
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    static ReportInput welsh() {
        ReportInput plain = RenderFixture.plain();
        return new ReportInput(plain.report(), plain.assessment(), plain.framework(), Messages.WELSH);
    }

    @Test
    void everyKeyOfTheEnglishBundleResolvesInWelshNeverToTheKey() {
        assertFalse(Messages.keys().isEmpty());
        for (String key : Messages.keys()) {
            String text = CY.get(key);
            assertFalse(text.isBlank(), key);
            assertNotEquals(key, text, key);
        }
    }

    @Test
    void eachWelshTextTakesTheSamePlaceholdersAsItsEnglish() {
        List<String> wrong = new ArrayList<>();
        for (String key : Messages.keys()) {
            if (!placeholders(EN.get(key)).equals(placeholders(CY.get(key)))) {
                wrong.add(key + ": " + EN.get(key) + " / " + CY.get(key));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theWelshBundleTranslatesEveryKey() {
        List<String> untranslated =
                Messages.keys().stream().filter(k -> !CY.translates(k)).toList();
        assertEquals(List.of(), untranslated, "keys that would fall back to English");
    }

    @Test
    void aLevelIsShownInTheWelshItsFrameworkGivesElseWithItsOwnLabel() {
        FrameworkDefinition medals = new FrameworkDefinition(
                "medals",
                "2024",
                "Medals",
                new Source("Tests", "Medals", 2024, null, null),
                new MaturityScale(List.of(
                        new MaturityLevel("bronze", "Bronze", 1, null),
                        new MaturityLevel("developing", "Developing", 2, null),
                        new MaturityLevel("gold", "Gold", 3, null, Map.of("cy", "Aur", "fr", "Or")))),
                List.of(),
                List.of(),
                List.of());
        assertEquals("Bronze", CY.level(medals, "bronze"));
        // The product no longer knows any framework's levels: a level id alone is not translated.
        assertEquals("Developing", CY.level(medals, "developing"));
        assertEquals("Developing", EN.level(medals, "developing"));
        assertEquals("Aur", CY.level(medals, "gold"));
        assertEquals("Gold", EN.level(medals, "gold"));
        assertEquals("Cyflawni", CY.level(RenderFixture.plain().framework(), "achieving"));
        assertEquals("Rhagorol", CY.level(RenderFixture.plain().framework(), "excellent"));
        assertEquals("Heb ei asesu", CY.level(medals, "not-assessed"));
        assertEquals("Not assessed", EN.level(medals, "not-assessed"));
        assertEquals("Dim", CY.level(medals, null));
        assertEquals("unknown-level", CY.level(medals, "unknown-level"));
    }

    @Test
    void anyOtherLanguageIsEnglish() {
        assertEquals(Messages.ENGLISH, Messages.of(Locale.GERMAN).language());
        assertEquals(Messages.ENGLISH, Messages.of(null).language());
        assertEquals(Messages.WELSH, Messages.of(Locale.forLanguageTag("cy-GB")).language());
        assertEquals("Summary", Messages.of(Locale.FRENCH).get("section.summary"));
    }

    @Test
    void datesPeriodsAndCountsAreWrittenInWelsh() {
        assertEquals("31 Mawrth 2024", CY.date(LocalDate.of(2024, 3, 31)));
        assertEquals(
                "1 Ebrill 2023 i 31 Mawrth 2024",
                CY.period(new AssessmentPeriod(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31))));
        assertEquals(
                "6 canfyddiad: 1 gwall, 3 rhybudd, 2 gwybodaeth",
                CY.findingCounts(RenderFixture.plain().report().findings()));
        assertEquals(
                "6 findings: 1 error, 3 warnings, 2 info",
                EN.findingCounts(RenderFixture.plain().report().findings()));
        assertEquals("Rhybudd", CY.severity(Severity.WARNING));
        assertEquals("Ar y trywydd iawn", CY.words(io.github.equalityframework.model.ActionStatus.ON_TRACK));
        assertEquals("Cyflogwr", CY.words(io.github.equalityframework.model.CouncilRole.EMPLOYER));
    }

    @Test
    void theWelshHtmlReportHasWelshHeadingsAndKeepsFrameworkAndCouncilTextAsWritten() {
        Document page = Jsoup.parse(ReportRenderer.html().render(welsh()));
        assertEquals("cy", page.selectFirst("html").attr("lang"));
        assertEquals(
                "Hunanasesiad cydraddoldeb: Newtown & District Council",
                page.selectFirst("h1").text());
        assertEquals(
                List.of(
                        "Yn gryno",
                        "Crynodeb",
                        "Lefelau fesul modiwl",
                        "Y bwlch i'r targed: Cyflawni",
                        "Canfyddiadau",
                        "Tystiolaeth fesul nodwedd",
                        "Lefelau fesul maen prawf",
                        "Hawliadau",
                        "Cofrestr tystiolaeth",
                        "Cynllun gweithredu"),
                page.select("h2").stream().map(Element::text).toList());
        assertEquals("Cynnwys", page.selectFirst("nav").attr("aria-label"));
        assertEquals("Datblygu", page.selectFirst("dl.summary strong").text());
        List<String> h3 = page.select("h3").stream().map(Element::text).toList();
        assertTrue(h3.contains("Cyffredinol"), h3.toString());
        assertTrue(h3.contains("m1/c1 Knowing your communities: hawliwyd Rhagorol"), h3.toString());
        assertTrue(
                page.text().contains("Test equality framework 2024 (test-framework), 1 Ebrill 2023 i 31 Mawrth 2024."),
                page.text());
        assertTrue(
                page.text().contains("The claim has no evidence: add an equality impact assessment."),
                "plugin messages stay as written");
        assertTrue(page.text().contains("Cofrestr tystiolaeth: 3 eitem"), page.text());
        assertEquals(
                List.of("Modiwl", "Hawliwyd", "Yn ôl y dystiolaeth", "Dilyswyd", "Cyrhaeddwyd"),
                page.select("table").first().select("thead th").stream()
                        .map(Element::text)
                        .toList());
    }

    @Test
    void theWelshHtmlReportHasNoEnglishProductText() {
        String text = Jsoup.parse(ReportRenderer.html().render(welsh())).text();
        for (String english : List.of(
                "Summary",
                "Findings",
                "Overall level",
                "Claimed",
                "Evidence register",
                "Action plan",
                "claimed ",
                "The table below",
                "Key:",
                "(overdue)",
                "General",
                "Rule test.",
                "Finding 1")) {
            assertFalse(text.contains(english), () -> "English '" + english + "' in the Welsh report: " + text);
        }
    }

    @Test
    void theWelshMarkdownReportHasWelshHeadings() {
        String md = ReportRenderer.markdown().render(welsh());
        assertTrue(md.startsWith("# Hunanasesiad cydraddoldeb: Newtown \\& District Council\n\n"), md);
        assertTrue(md.contains("\n**Lefel gyffredinol: Datblygu.**\n"), md);
        for (String heading : List.of(
                "## Yn gryno",
                "## Lefelau fesul modiwl",
                "## Y bwlch i'r targed: Cyflawni",
                "## Canfyddiadau",
                "## Tystiolaeth fesul nodwedd",
                "## Cynllun gweithredu")) {
            assertTrue(md.contains("\n" + heading + "\n"), () -> heading + " in\n" + md);
        }
        assertTrue(md.contains("| Modiwl | Hawliwyd | Yn ôl y dystiolaeth | Dilyswyd | Cyrhaeddwyd |"), md);
    }

    @Test
    void englishIsStillTheDefault() {
        assertEquals(
                ReportRenderer.html().render(RenderFixture.plain()),
                ReportRenderer.html()
                        .render(new ReportInput(
                                RenderFixture.plain().report(),
                                RenderFixture.plain().assessment(),
                                RenderFixture.plain().framework(),
                                Locale.ENGLISH)));
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found.stream().sorted().toList();
    }
}
