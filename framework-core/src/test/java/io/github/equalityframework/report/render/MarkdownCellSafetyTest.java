package io.github.equalityframework.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Table cells stay one cell on one row whatever the user text holds. */
class MarkdownCellSafetyTest {

    @Test
    void everyKindOfLineBreakBecomesASpaceSoARowStaysOneLine() {
        assertEquals("one two three four five", Markdown.text("one\ntwo\r\nthree\u2028four\u0085five"));
        assertEquals("a b", Markdown.text("a\n\n\n|b".replace("|", "")));
    }

    @Test
    void aControlCharacterOrBidiOverrideInACellIsWrittenOut() {
        assertEquals("a\\\\u001B\\[2J b\\\\u202E c", Markdown.text("a\u001B[2J b\u202E c"));
    }

    @Test
    void aTrailingBackslashCannotEscapeTheCellsClosingPipe() {
        assertEquals("C:\\\\reports\\\\", Markdown.text("C:\\reports\\"));
    }

    @Test
    void backticksPipesAndHtmlInACellAreEscaped() {
        assertEquals(
                "\\`a \\| b\\` \\<img src=x onerror=alert(1)\\> \\&amp;",
                Markdown.text("`a | b` <img src=x onerror=alert(1)> &amp;"));
    }

    @Test
    void anIdThatIsNotPlainIsNotPutInACodeSpanWhereEscapesWouldShowLiterally() {
        assertEquals("x\\|y", Markdown.code("x|y"));
        assertEquals("`m1/c1`", Markdown.code("m1/c1"));
    }

    @Test
    void aCellStartingWithSpreadsheetFormulaCharactersCannotStartABlock() {
        assertEquals("\\=SUM(A1)", Markdown.text("=SUM(A1)"));
        assertEquals("\\+1", Markdown.text("+1"));
        assertEquals("\\-1", Markdown.text("-1"));
    }
}
