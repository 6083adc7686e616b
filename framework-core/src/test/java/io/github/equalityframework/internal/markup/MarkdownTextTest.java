package io.github.equalityframework.internal.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Table cells stay one cell on one row whatever the user text holds. */
class MarkdownTextTest {

    @Test
    void everyKindOfLineBreakBecomesASpaceSoARowStaysOneLine() {
        assertEquals("one two three four five", MarkdownText.text("one\ntwo\r\nthree\u2028four\u0085five"));
        assertEquals("a b", MarkdownText.text("a\n\n\n|b".replace("|", "")));
    }

    @Test
    void aControlCharacterOrBidiOverrideInACellIsWrittenOut() {
        assertEquals("a\\\\u001B\\[2J b\\\\u202E c", MarkdownText.text("a\u001B[2J b\u202E c"));
    }

    @Test
    void aTrailingBackslashCannotEscapeTheCellsClosingPipe() {
        assertEquals("C:\\\\reports\\\\", MarkdownText.text("C:\\reports\\"));
    }

    @Test
    void backticksPipesAndHtmlInACellAreEscaped() {
        assertEquals(
                "\\`a \\| b\\` \\<img src=x onerror=alert(1)\\> \\&amp;",
                MarkdownText.text("`a | b` <img src=x onerror=alert(1)> &amp;"));
    }

    @Test
    void anIdThatIsNotPlainIsNotPutInACodeSpanWhereEscapesWouldShowLiterally() {
        assertEquals("x\\|y", MarkdownText.code("x|y"));
        assertEquals("`m1/c1`", MarkdownText.code("m1/c1"));
    }

    @Test
    void aLeadingSignIsEscapedOnlyWhereItWouldStartAListABreakOrAnUnderline() {
        assertEquals("\\- not a list", MarkdownText.text("- not a list"));
        assertEquals("\\+ not a list", MarkdownText.text("+ not a list"));
        assertEquals("\\---", MarkdownText.text("---"));
        assertEquals("\\==", MarkdownText.text("=="));
        assertEquals("\\-", MarkdownText.text("-"));
        assertEquals("=SUM(A1)", MarkdownText.text("=SUM(A1)"));
        assertEquals("-1.5", MarkdownText.text("-1.5"));
        assertEquals("+1", MarkdownText.text("+1"));
    }

    @Test
    void aNumberIsEscapedOnlyWhereItWouldStartAnOrderedList() {
        assertEquals("2024\\. A year", MarkdownText.text("2024. A year"));
        assertEquals("1\\)", MarkdownText.text("1)"));
        assertEquals("8.4%", MarkdownText.text("8.4%"));
        assertEquals("Pay gap 8.4% (men 12.5)", MarkdownText.text("Pay gap 8.4% (men 12.5)"));
    }

    @Test
    void anExclamationMarkOrBracketCannotMakeAnImageOrLink() {
        assertEquals("!\\[x\\](https:\u2060//example.org/x.png)", MarkdownText.text("![x](https://example.org/x.png)"));
        assertEquals("Well done!", MarkdownText.text("Well done!"));
    }

    @Test
    void emphasisHeadingsQuotesAndTildesAreEscaped() {
        assertEquals("\\*a\\* \\_b\\_ \\~\\~c\\~\\~", MarkdownText.text("*a* _b_ ~~c~~"));
        assertEquals("\\# h", MarkdownText.text("# h"));
        assertEquals("\\> q", MarkdownText.text("> q"));
    }

    @Test
    void aUrlOrWwwAddressGetsAnInvisibleWordJoinerSoThatItCannotAutolink() {
        assertEquals("see https:\u2060//example.org now", MarkdownText.text("see https://example.org now"));
        assertEquals(
                "www\u2060.example.org and WWW\u2060.EXAMPLE.ORG",
                MarkdownText.text("www.example.org and WWW.EXAMPLE.ORG"));
        assertEquals("https://example.org", MarkdownText.visible(MarkdownText.text("https://example.org")));
        assertEquals("ratio 1:2 at 10:30", MarkdownText.text("ratio 1:2 at 10:30"));
    }
}
