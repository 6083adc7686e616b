package io.github.equalityframework.report.render;

import io.github.equalityframework.internal.markup.Stylesheet;

/** The assessment and progress reports' own style rules, after the {@link Stylesheet#BASE base} every page shares. */
final class HtmlStyle {
    /** Fill colours of the claimed, evidenced and validated bars (Okabe-Ito blue, sky blue and orange). */
    static final String[] BARS = {Stylesheet.DARK, "#56B4E9", Stylesheet.LIGHT};

    static final String CSS = Stylesheet.with("""
            dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
            dl.summary dt { font-weight: 600; } dl.summary dd { margin: 0; }
            .incomplete { border: 3px solid #a4262c; padding: .5rem 1rem; }
            table.compact { width: auto; min-width: 20rem; }
            td a { overflow-wrap: anywhere; }
            .sev { display: inline-block; min-width: 5.5em; font-weight: 700; padding: 0 .4em; border: 1px solid; }
            .sev-error { color: #a4262c; } .sev-warning { color: #7a4b00; } .sev-info { color: #1d4f91; }
            .h0 { background: #fff; } .h1 { background: #dbe7f5; } .h2 { background: #a9c4e6; } .h3 { background: #6f9bd3; color: #000; }
            .key span { display: inline-block; min-width: 2.5em; border: 1px solid #767676; text-align: center; margin-right: .25rem; }
            ol.findings li { margin-bottom: .4rem; }
            .tag { display: inline-block; border: 1px solid #1d4f91; border-radius: .75em; padding: 0 .5em; margin: 0 0 .2em; font-size: .85em; white-space: nowrap; }
            .rag { font-weight: 700; border-left: .4em solid; padding-left: .3em; }
            .rag-complete { color: #1d4f91; } .rag-on_track { color: #2e6b30; } .rag-at_risk { color: #7a4b00; }
            .rag-overdue { color: #a4262c; } .rag-not_yet_due, .rag-no_date, .rag-proposed { color: #505a5f; }
            .headline { border: 3px solid #1d4f91; padding: .5rem 1rem; }
            .heat td, .key span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            """);

    private HtmlStyle() {}
}
