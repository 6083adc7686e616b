package io.github.equalityframework.internal.markup;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.apiguardian.api.API;

/**
 * The base style sheet of every page eflg writes (the assessment, progress and workforce reports, and the pages
 * of {@code eflg serve}): colours, typography, tables and captions, figures, focus and print. Each page adds
 * only its own rules with {@link #with}. Inline, so that a page needs nothing else. Colours have at least 4.5:1
 * contrast for text and 3:1 for shapes against their background, and every colour goes with a word or a number
 * that says the same.
 */
@API(status = INTERNAL, since = "0.1")
public final class Stylesheet {
    /** The dark and light series colours of two-series charts: Okabe-Ito blue and orange (see {@link SvgFigure#PALETTE}). */
    public static final String DARK = "#0072B2";

    public static final String LIGHT = "#E69F00";

    public static final String BASE = """
            :root { color: #1b1b1b; background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; }
            body { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; overflow-wrap: break-word; }
            h1 { font-size: 1.8rem; margin-bottom: .25rem; }
            h2 { margin-top: 2.5rem; border-bottom: 2px solid #1d4f91; }
            a { color: #1d4f91; }
            a:focus { outline: 3px solid transparent; color: #0b0c0c; background: #ffdd00; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }
            button:focus, input:focus, select:focus, textarea:focus, .table-wrap:focus, .figure-wrap:focus { outline: 3px solid #0b0c0c; outline-offset: 0; box-shadow: 0 0 0 6px #ffdd00; }
            nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; list-style: none; padding: 0; }
            table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
            .table-wrap, .figure-wrap { overflow-x: auto; margin: 1rem 0; } .table-wrap table { margin: 0; }
            caption { text-align: left; font-weight: 600; padding: .25rem 0; }
            th, td { border: 1px solid #767676; padding: .3rem .5rem; text-align: left; vertical-align: top; }
            thead th { background: #e8edf5; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
            .narrative { white-space: pre-wrap; }
            .overdue { font-weight: 700; color: #a4262c; }
            .notice { border-left: 5px solid #1d4f91; padding: .25rem .75rem; }
            .chart { background: #fff; } .chart text { font: 13px system-ui, Arial, sans-serif; fill: #1b1b1b; }
            svg.chart { height: auto; }
            .legend span { display: inline-block; margin-right: 1.25rem; }
            .legend svg { vertical-align: middle; margin-right: .3em; }
            .swatch { display: inline-block; width: 1em; height: 1em; border: 1px solid #000; vertical-align: middle; margin-right: .3em; }
            .swatch, svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            @media (forced-colors: active) {
              svg.chart, .legend svg, .swatch { forced-color-adjust: none; }
              .swatch { border-color: CanvasText; } .legend svg { background: #fff; }
            }
            @page { size: A4; margin: 16mm 15mm 18mm; @bottom-center { content: counter(page) " / " counter(pages); font: 9pt system-ui, Arial, sans-serif; } }
            @media print {
              body { max-width: none; padding: 0; font-size: 11pt; } nav { display: none; }
              h1, h2, h3, h4, caption { break-after: avoid; break-inside: avoid; }
              tr, svg, figure, li, dl, .notice { break-inside: avoid; }
              thead { display: table-header-group; }
              .table-wrap, .figure-wrap { overflow: visible; } svg.chart { max-width: 100%; }
              a { color: inherit; } a[href^="http"]:not(.url)::after { content: " (" attr(href) ")"; font-size: .85em; }
              form, button, input, select, textarea, .skip { display: none; }
            }
            """;

    private Stylesheet() {}

    /** The base style sheet followed by a page's own rules (constant text of eflg's code, never user text). */
    public static String with(String ownRules) {
        return BASE + ownRules;
    }

    /**
     * The Content-Security-Policy source that allows exactly this inline style sheet, as written by {@link
     * HtmlWriter#head} (after the line end that follows {@code <style>}): {@code 'sha256-...'}.
     */
    public static String cspSource(String css) {
        return "'" + sha256("\n" + css) + "'";
    }

    /** The CSP hash source of a text, e.g. {@code sha256-...}. */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
