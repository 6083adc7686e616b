package io.github.equalityframework.report.render;

/**
 * The report's style sheet, inline so that the page needs nothing else. Colours have at least 4.5:1
 * contrast for text and 3:1 for shapes against their background, and every colour goes with a word or a
 * number that says the same.
 */
final class HtmlStyle {
    /** Fill colours of the claimed, evidenced and validated bars. */
    static final String[] BARS = {"#1d4f91", "#6f9bd3", "#f0b323"};

    static final String CSS = """
            :root { color: #1b1b1b; background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; }
            body { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
            h1 { font-size: 1.8rem; margin-bottom: .25rem; }
            h2 { margin-top: 2.5rem; border-bottom: 2px solid #1d4f91; }
            a { color: #1d4f91; }
            nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; list-style: none; padding: 0; }
            dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
            dl.summary dt { font-weight: 600; } dl.summary dd { margin: 0; }
            .incomplete { border: 3px solid #a4262c; padding: .5rem 1rem; }
            table { border-collapse: collapse; margin: 1rem 0; width: 100%; } table.compact { width: auto; min-width: 20rem; }
            caption { text-align: left; font-weight: 600; padding: .25rem 0; }
            th, td { border: 1px solid #767676; padding: .3rem .5rem; text-align: left; vertical-align: top; }
            td a { overflow-wrap: anywhere; }
            thead th { background: #e8edf5; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
            .sev { display: inline-block; min-width: 5.5em; font-weight: 700; padding: 0 .4em; border: 1px solid; }
            .sev-error { color: #a4262c; } .sev-warning { color: #7a4b00; } .sev-info { color: #1d4f91; }
            .h0 { background: #fff; } .h1 { background: #dbe7f5; } .h2 { background: #a9c4e6; } .h3 { background: #6f9bd3; color: #000; }
            .key span { display: inline-block; min-width: 2.5em; border: 1px solid #767676; text-align: center; margin-right: .25rem; }
            .chart text { font: 12px system-ui, Arial, sans-serif; fill: #1b1b1b; }
            .legend span { display: inline-block; margin-right: 1.25rem; }
            .swatch { display: inline-block; width: 1em; height: 1em; border: 1px solid #000; vertical-align: middle; margin-right: .3em; }
            .narrative { white-space: pre-wrap; }
            ol.findings li { margin-bottom: .4rem; }
            .overdue { font-weight: 700; color: #a4262c; }
            .tag { display: inline-block; border: 1px solid #1d4f91; border-radius: .75em; padding: 0 .5em; margin: 0 0 .2em; font-size: .85em; white-space: nowrap; }
            .heat td, .key span, .swatch, svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            @media print {
              body { max-width: none; padding: 0; font-size: 11pt; } nav { display: none; }
              h2, h3 { break-after: avoid; } tr, svg, figure { break-inside: avoid; }
              a { color: inherit; } a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; }
            }
            """;

    private HtmlStyle() {}
}
