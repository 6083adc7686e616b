package io.github.equalityframework.internal.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The operations eflg serve writes its pages with: forms, fields, links to its own pages, the page frame. */
class HtmlWriterFormsTest {

    @Test
    void aFormPostsToAPathOfThisSiteWithItsHiddenFieldsEscaped() {
        assertEquals(
                "<form method=\"post\" action=\"/t0k/a/anytown/review/m1\" class=\"review\">"
                        + "<input type=\"hidden\" name=\"csrf\" value=\"a&quot;&gt;&lt;b\">"
                        + "<button type=\"submit\">Save &amp; check</button></form>",
                new HtmlWriter()
                        .form("/t0k/a/anytown/review/m1", "class", "review")
                        .hidden("csrf", "a\"><b")
                        .button("Save & check")
                        .close("form")
                        .toString());
    }

    @Test
    void aLabelTextInputTextAreaAndSelectCarryTheirValuesAsText() {
        assertEquals(
                "<label for=\"f-1\">Lead &lt;i&gt;</label>"
                        + "<input type=\"text\" name=\"lead\" value=\"Head of &#39;Policy&#39;\" id=\"f-1\">"
                        + "<textarea name=\"why\" rows=\"3\">&lt;/textarea&gt;\nnext</textarea>"
                        + "<select name=\"status\"><option value=\"on-track\">On track</option>"
                        + "<option value=\"at-risk\" selected=\"selected\">At risk</option></select>",
                new HtmlWriter()
                        .label("f-1", "Lead <i>")
                        .input("text", "lead", "Head of 'Policy'", "id", "f-1")
                        .textarea("why", "</textarea>\r\nnext", "rows", "3")
                        .select(
                                "status",
                                List.of(
                                        new HtmlWriter.Option("on-track", "On track"),
                                        new HtmlWriter.Option("at-risk", "At risk")),
                                "at-risk")
                        .toString());
    }

    @Test
    void aTextAreaKeepsALeadingLineEndThatTheBrowserWouldDrop() {
        assertEquals(
                "<textarea name=\"n\">\n\nfirst line blank</textarea>",
                new HtmlWriter().textarea("n", "\nfirst line blank").toString());
    }

    @Test
    void aButtonOfAnotherTypeKeepsItsType() {
        assertEquals(
                "<button type=\"reset\">Clear</button>",
                new HtmlWriter().button("Clear", "type", "reset").toString());
    }

    @Test
    void aSiteLinkGoesToAPathOfThisSiteOrAnAnchor() {
        assertEquals(
                "<a href=\"/t0k/a/anytown?x=1&amp;y=2\">Anytown</a><a href=\"#m1\">m1</a>",
                new HtmlWriter()
                        .siteLink("/t0k/a/anytown?x=1&y=2", "Anytown")
                        .siteLink("#m1", "m1")
                        .toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example/x",
                "/\\evil.example",
                "https://evil.example",
                "javascript:alert(1)",
                "a/b",
                "/a b"
            })
    void aLinkOrFormTargetElsewhereIsRefusedWithTheTargetNamed(String target) {
        IllegalArgumentException link =
                assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().siteLink(target, "x"));
        assertEquals("only in-page links may be written directly: " + target, link.getMessage());
        IllegalArgumentException form =
                assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().form(target));
        assertEquals("only in-page links may be written directly: " + target, form.getMessage());
    }

    @Test
    void anEventHandlerAttributeIsRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new HtmlWriter().open("p", "onMouseOver", "alert(1)"));
        assertEquals("no event handler may be written: onMouseOver", e.getMessage());
    }

    @Test
    void aNameThatIsNotPlainIsRefusedWithTheName() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().close("p><script"));
        assertEquals("not a plain tag or attribute name: p><script", e.getMessage());
    }

    @Test
    void voidElementsHaveNoEndTagAndSvgElementsCloseThemselves() {
        assertEquals(
                "<input type=\"checkbox\" name=\"c\" value=\"y\"><line x1=\"0\"/>",
                new HtmlWriter()
                        .input("checkbox", "c", "y")
                        .empty("line", "x1", "0")
                        .toString());
    }

    @Test
    void aPageHasTheDoctypeLanguageTitleAndStyleSheetThenEnds() {
        assertEquals(
                "<!doctype html>\n<html lang=\"cy\">\n<head>\n<meta charset=\"utf-8\">\n"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        + "<title>A &amp; B</title>\n<style>\np { }\n</style>\n</head>\n<body>\n"
                        + "<p>x</p></body>\n</html>\n",
                new HtmlWriter()
                        .head("cy", "A & B", "p { }\n")
                        .element("p", "x")
                        .end());
    }

    @Test
    void theStyleSheetsCspSourceHashesItAsTheHeadWritesItAfterALineEnd() {
        // printf '\n' | openssl dgst -sha256 -binary | base64
        assertEquals("'sha256-AbpHGcgLb+kRsJGnwFEktk7uzpZOCcBY74+YBdrKVGs='", Stylesheet.cspSource(""));
    }
}
