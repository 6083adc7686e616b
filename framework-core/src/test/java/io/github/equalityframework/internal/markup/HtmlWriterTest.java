package io.github.equalityframework.internal.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer makes user text inert whatever the caller does with it. */
class HtmlWriterTest {

    @Test
    void textAndAttributeValuesAreEscaped() {
        assertEquals(
                "<p title=\"&quot;&gt;&lt;x&#39;\">&lt;b&gt;&amp;</p>",
                new HtmlWriter().element("p", "<b>&", "title", "\"><x'").toString());
    }

    @Test
    void aControlCharacterInTextIsWrittenOutNotPassedRaw() {
        assertEquals(
                "<p title=\"a\\u001B]0;x\">\\u001B[2Jb\\u0085c\nd\te</p>",
                new HtmlWriter()
                        .element("p", "\u001B[2Jb\u0085c\nd\te", "title", "a\u001B]0;x")
                        .toString());
    }

    @Test
    void httpAndHttpsLocationsBecomeLinks() {
        assertEquals(
                "<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer\" class=\"url\">https://example.org/a?b=1&amp;c=2</a>",
                new HtmlWriter().location("https://example.org/a?b=1&c=2").toString());
        assertEquals(
                "<a href=\"HTTP://EXAMPLE.ORG\" rel=\"noopener noreferrer\" class=\"url\">HTTP://EXAMPLE.ORG</a>",
                new HtmlWriter().location("HTTP://EXAMPLE.ORG").toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JAVASCRIPT:alert(1)",
                "file:///etc/passwd",
                "../../secret.txt",
                "DOC-2023-114",
                "data:text/html,<b>x</b>",
                "http:/no-host",
                "https://exa mple.org",
                "mailto:equality@anytown.gov.example",
                "//host/path"
            })
    void otherLocationsAreText(String location) {
        assertEquals(
                HtmlWriter.escape(location), new HtmlWriter().location(location).toString());
    }

    @Test
    void onlyInPageLinksAndPlainNamesCanBeWrittenDirectly() {
        assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().open("a", "href", "javascript:alert(1)"));
        assertThrows(
                IllegalArgumentException.class, () -> new HtmlWriter().open("img", "src", "https://example.org/x.png"));
        assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().open("p onclick=alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().open("p", "x\" onclick=\"alert(1)", "y"));
        assertEquals(
                "<a href=\"#claim-m1-c2\">claim</a>",
                new HtmlWriter()
                        .link(HtmlWriter.anchor("claim", "m1/c2"), "claim")
                        .toString());
    }

    @Test
    void aCarriageReturnAloneOrBeforeANewlineBecomesOneNewlineAndNulIsWrittenOut() {
        assertEquals(
                "<p title=\"a\nb\nc\">a\nb\nc\\u0000</p>",
                new HtmlWriter()
                        .element("p", "a\r\nb\rc\u0000", "title", "a\r\nb\rc")
                        .toString());
    }
}
