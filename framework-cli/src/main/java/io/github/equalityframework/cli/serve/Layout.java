package io.github.equalityframework.cli.serve;

import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.internal.markup.Stylesheet;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.List;

/** The parts every page shares: the breadcrumbs, a list of problems, and the pages of {@link Page} without markup. */
final class Layout {
    /** The style sheet of every page: the base every eflg page shares, then the forms' own rules. */
    static final String CSS = Stylesheet.with("""
            .skip { position: absolute; left: -999px; } .skip:focus { position: static; }
            nav.crumbs ol { list-style: none; padding: 0; display: flex; gap: .5rem; flex-wrap: wrap; } nav.crumbs li + li::before { content: "/ "; }
            .multiline { white-space: pre-wrap; }
            fieldset { border: 1px solid #767676; margin: 1rem 0; padding: .5rem 1rem 1rem; }
            legend { font-weight: 700; padding: 0 .25rem; }
            label { display: block; font-weight: 600; margin-top: .75rem; }
            textarea, input[type=text] { width: 100%; box-sizing: border-box; font: inherit; border: 2px solid #1b1b1b; padding: .3rem; }
            textarea { min-height: 4.5rem; } select { font: inherit; border: 2px solid #1b1b1b; padding: .2rem; }
            button { font: inherit; font-weight: 700; background: #1d4f91; color: #fff; border: 0; padding: .5rem 1.25rem; margin-top: 1rem; cursor: pointer; }
            .hint { color: #505a5f; margin: .1rem 0 .25rem; }
            .error { color: #a4262c; font-weight: 700; margin: .25rem 0; }
            .warning { color: #6b4500; font-weight: 700; margin: .25rem 0; }
            .invalid { border-left: 5px solid #a4262c; padding-left: .75rem; }
            .summary { border: 4px solid #a4262c; padding: .5rem 1rem; margin: 1rem 0; }
            .notice { border: 4px solid #1d4f91; padding: .5rem 1rem; margin: 1rem 0; }
            .problems li { font-family: ui-monospace, monospace; font-size: .9rem; overflow-wrap: anywhere; }
            """);
    /** The CSP source that allows {@link #CSS}, and nothing else, as an inline style sheet. */
    static final String CSS_SOURCE = Stylesheet.cspSource(CSS);

    private Layout() {}

    /** A page: the head with its title and {@link #CSS}, then the body's skip link; {@code main} follows. */
    static HtmlWriter page(String title) {
        return new HtmlWriter()
                .head("en", title + " – eflg serve", CSS)
                .siteLink("#main", "Skip to content", "class", "skip")
                .line();
    }

    /** The page as it is sent; {@code base} is where the links start ({@code /TOKEN/}). Not for a redirect. */
    static Page.Html render(Page page, String base) {
        if (page instanceof Page.Html html) {
            return html;
        }
        if (page instanceof Page.NotFound notFound) {
            return new Page.Html(404, notFound(base, notFound.message()));
        }
        if (page instanceof Page.Problems problems) {
            return new Page.Html(problems.status(), problems(base, problems));
        }
        if (page instanceof Page.Message message) {
            return new Page.Html(message.status(), message(message.heading(), message.text()));
        }
        throw new IllegalArgumentException("a redirect has no page");
    }

    private static String notFound(String base, String message) {
        HtmlWriter h = Layout.page("Not found");
        h.open("main", "id", "main")
                .element("h1", "Not found")
                .element("p", message)
                .open("p")
                .element("a", "All self-assessments", "href", base)
                .close("p")
                .line()
                .close("main")
                .line();
        return h.end();
    }

    private static String problems(String base, Page.Problems page) {
        HtmlWriter h = Layout.page(page.heading());
        crumbs(h, base, page.entry(), null);
        h.open("main", "id", "main").line().element("h1", page.heading()).line();
        if (!page.problems().isEmpty()) {
            problemList(h, null, page.problems());
        }
        h.element("p", page.advice()).close("main").line();
        return h.end();
    }

    private static String message(String heading, String text) {
        HtmlWriter h = Layout.page(heading);
        h.open("main", "id", "main")
                .element("h1", heading)
                .element("p", text)
                .close("main")
                .line();
        return h.end();
    }

    /** A boxed list of problems as eflg reports them, under an optional heading. */
    static void problemList(HtmlWriter h, String heading, List<ValidationProblem> problems) {
        h.open("div", "class", "summary");
        if (heading != null) {
            h.element("h2", heading);
        }
        h.open("ul", "class", "problems");
        for (ValidationProblem p : problems) {
            h.element("li", p.format());
        }
        h.close("ul").line().close("div").line();
    }

    /**
     * The breadcrumbs: the list, then the self-assessment (a link when {@code here} names a page below it), then
     * {@code here}.
     */
    static void crumbs(HtmlWriter h, String base, ServedFolder.Entry e, String here) {
        h.open("nav", "class", "crumbs", "aria-label", "Where you are")
                .open("ol")
                .open("li")
                .element("a", "Self-assessments", "href", base)
                .close("li")
                .line();
        if (e != null) {
            h.open("li");
            if (here == null) {
                h.element("span", e.name(), "aria-current", "page");
            } else {
                h.element("a", e.name(), "href", base + "a/" + e.name());
            }
            h.close("li").line();
        }
        if (here != null) {
            h.open("li")
                    .element("span", here, "aria-current", "page")
                    .close("li")
                    .line();
        }
        h.close("ol").line().close("nav").line();
    }
}
