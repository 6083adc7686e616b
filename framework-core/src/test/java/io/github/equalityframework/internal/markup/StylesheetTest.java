package io.github.equalityframework.internal.markup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The base style sheet's focus, print and forced-colours rules, read from the sheet itself. */
class StylesheetTest {
    private static final String WHITE = "#ffffff";

    @Test
    void aFocusedLinkShowsABarOfAtLeast3To1AgainstThePageAndItsOwnYellow() {
        String rule = rule("a:focus");
        String background = colour(rule, "background");
        String bar = colour(rule, "box-shadow: 0 -2px #[0-9a-f]{6}, 0 4px");
        String text = colour(rule, "color");
        assertTrue(contrast(bar, WHITE) >= 3, "bar against the page: " + contrast(bar, WHITE));
        assertTrue(contrast(bar, background) >= 3, "bar against the focus yellow: " + contrast(bar, background));
        assertTrue(contrast(text, background) >= 4.5, "text on the focus yellow: " + contrast(text, background));
    }

    @Test
    void aFocusedControlHasAnOutlineOfAtLeast3To1AgainstThePageAndItsHalo() {
        String rule = rule("button:focus");
        String outline = colour(rule, "outline: 3px solid");
        String halo = colour(rule, "box-shadow: 0 0 0 6px");
        assertTrue(contrast(outline, WHITE) >= 3, "outline against a white control or page");
        assertTrue(contrast(outline, halo) >= 3, "outline against its yellow halo");
    }

    @Test
    void printingIsOnA4WithPageNumbersRepeatedHeadersAndNoForms() {
        String css = Stylesheet.BASE;
        assertTrue(css.contains("@page { size: A4;"), css);
        assertTrue(css.contains("@bottom-center { content: counter(page) \" / \" counter(pages);"), css);
        String print = css.substring(css.indexOf("@media print"));
        assertTrue(print.contains("thead { display: table-header-group; }"), print);
        assertTrue(print.contains("form, button, input, select, textarea, .skip { display: none; }"), print);
        assertTrue(print.contains("a[href^=\"http\"]:not(.url)::after"), "a URL shown as its text is printed once");
    }

    @Test
    void forcedColoursKeepChartsAndSwatchesAsDrawn() {
        String css = Stylesheet.BASE;
        String forced = css.substring(css.indexOf("@media (forced-colors: active)"));
        assertTrue(forced.contains("svg.chart, .legend svg, .swatch { forced-color-adjust: none; }"), forced);
    }

    private static String rule(String selector) {
        int start = Stylesheet.BASE.indexOf(selector);
        assertTrue(start >= 0, "no rule for " + selector);
        return Stylesheet.BASE.substring(start, Stylesheet.BASE.indexOf('}', start));
    }

    private static String colour(String rule, String property) {
        Matcher m = Pattern.compile(property + ":? ?(#[0-9a-f]{6})").matcher(rule);
        assertTrue(m.find(), "no " + property + " colour in " + rule);
        return m.group(1);
    }

    /** The WCAG contrast ratio of two #rrggbb colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
