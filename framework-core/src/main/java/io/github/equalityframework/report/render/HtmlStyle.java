package io.github.equalityframework.report.render;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.equalityframework.report.render.markup.Stylesheet;
import org.apiguardian.api.API;

/**
 * The assessment and progress reports' own style rules, after the {@link Stylesheet#BASE base} every page shares.
 *
 * <p>Internal: {@code eflg serve} allows the report page's style by {@link #cspSource()}; not for plugins.
 */
@API(status = INTERNAL, since = "0.1")
public final class HtmlStyle {
    /** Fill colours of the claimed, evidenced and validated bars. */
    static final String[] BARS = {Stylesheet.DARK, "#6f9bd3", Stylesheet.LIGHT};

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
            .heat td, .key span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            """);

    private HtmlStyle() {}

    /**
     * The Content-Security-Policy {@code style-src} that allows the inline style of the HTML assessment and
     * progress reports: their one style sheet, by hash. The reports write no style attribute.
     */
    public static String cspSource() {
        return Stylesheet.cspSource(CSS);
    }
}
