package io.github.equalityframework.cli.serve;

import io.github.equalityframework.validation.ValidationProblem;
import java.util.List;

/** The parts every page shares: the breadcrumbs, a list of problems, and the pages of {@link Page} without markup. */
final class Layout {
    private Layout() {}

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
        ServeHtml h = ServeHtml.page("Not found");
        h.open("main", "id", "main")
                .element("h1", "Not found")
                .element("p", message)
                .open("p")
                .element("a", "All self-assessments", "href", base)
                .close("p")
                .close("main");
        return h.end();
    }

    private static String problems(String base, Page.Problems page) {
        ServeHtml h = ServeHtml.page(page.heading());
        crumbs(h, base, page.entry(), null);
        h.open("main", "id", "main").line().element("h1", page.heading()).line();
        if (!page.problems().isEmpty()) {
            problemList(h, null, page.problems());
        }
        h.element("p", page.advice()).close("main");
        return h.end();
    }

    private static String message(String heading, String text) {
        ServeHtml h = ServeHtml.page(heading);
        h.open("main", "id", "main").element("h1", heading).element("p", text).close("main");
        return h.end();
    }

    /** A boxed list of problems as eflg reports them, under an optional heading. */
    static void problemList(ServeHtml h, String heading, List<ValidationProblem> problems) {
        h.open("div", "class", "summary");
        if (heading != null) {
            h.element("h2", heading);
        }
        h.open("ul", "class", "problems");
        for (ValidationProblem p : problems) {
            h.element("li", p.format());
        }
        h.close("ul").close("div");
    }

    /**
     * The breadcrumbs: the list, then the self-assessment (a link when {@code here} names a page below it), then
     * {@code here}.
     */
    static void crumbs(ServeHtml h, String base, ServedFolder.Entry e, String here) {
        h.open("nav", "class", "crumbs", "aria-label", "Where you are")
                .open("ol")
                .open("li")
                .element("a", "Self-assessments", "href", base)
                .close("li");
        if (e != null) {
            h.open("li");
            if (here == null) {
                h.element("span", e.name(), "aria-current", "page");
            } else {
                h.element("a", e.name(), "href", base + "a/" + e.name());
            }
            h.close("li");
        }
        if (here != null) {
            h.open("li").element("span", here, "aria-current", "page").close("li");
        }
        h.close("ol").close("nav");
    }
}
