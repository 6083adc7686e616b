package io.github.equalityframework.report.render;

import static io.github.equalityframework.internal.markup.HtmlWriter.asWritten;

import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Finding;
import java.util.List;
import java.util.Locale;

/**
 * The HTML report: one self-contained page (inline CSS and SVG, no scripts, no external resources) that
 * works offline and when e-mailed, prints, and reads well with a screen reader. It is written through
 * {@link HtmlWriter}, so every user-supplied string is escaped.
 */
final class HtmlRenderer implements ReportRenderer {

    @Override
    public String render(ReportInput in) {
        AssessmentReport r = in.report();
        Messages t = in.text();
        HtmlWriter h = new HtmlWriter();
        page(h, t, "report.title", r.organisation())
                .line()
                .open("p")
                .message(
                        t.pattern("report.framework"),
                        asWritten(in.framework().title() + " " + in.framework().edition()),
                        r.framework(),
                        t.period(r.period()))
                .close("p")
                .line();
        headline(in, h);
        contents(in, h);
        summary(in, h);
        LevelTables.modules(in, h);
        LevelTables.gap(in, h);
        findings(in, h);
        CoverageHeatMap.write(in, h);
        LevelTables.criteria(in, h);
        RegisterSections.claims(in, h);
        RegisterSections.evidence(in, h);
        PeerChallengeSection.write(in, h);
        ActionPlanSection.write(in, h);
        if (in.generatedLine() != null) {
            h.element("p", in.generatedLine(), "class", "generated").line();
        }
        return h.close("main").line().close("body").line().close("html").line().toString();
    }

    /** The answer first: the level and why, the gap to the next level, what to do next (see {@link Headline}). */
    private static void headline(ReportInput in, HtmlWriter h) {
        Messages t = in.text();
        Headline headline = Headline.of(in);
        h.open("section", "class", "headline", "aria-labelledby", "headline")
                .line()
                .element("h2", t.get("section.headline"), "id", "headline")
                .line()
                .open("p")
                .open("strong");
        segments(h, headline.level());
        h.close("strong").close("p").line().element("p", headline.gap()).line();
        h.element("h3", t.get("headline.next")).line();
        if (headline.steps().isEmpty()) {
            h.element("p", t.get("headline.noSteps")).line();
        } else {
            h.open("ol").line();
            for (List<Headline.Segment> step : headline.steps()) {
                h.open("li");
                segments(h, step);
                h.close("li").line();
            }
            h.close("ol").line();
        }
        if (headline.more() > 0) {
            h.element("p", t.get(headline.more() == 1 ? "headline.more.one" : "headline.more.other", headline.more()))
                    .line();
        }
        h.close("section").line();
    }

    /** The segments, those in a row with the same anchor as one link, framework and council text marked as such. */
    private static void segments(HtmlWriter h, List<Headline.Segment> segments) {
        for (int i = 0; i < segments.size(); i++) {
            Headline.Segment s = segments.get(i);
            String before = i == 0 ? null : segments.get(i - 1).anchor();
            String after = i + 1 < segments.size() ? segments.get(i + 1).anchor() : null;
            if (s.anchor() != null && !s.anchor().equals(before)) {
                h.open("a", "href", "#" + s.anchor());
            }
            h.text(s.written() ? asWritten(s.text()) : s.text());
            if (s.anchor() != null && !s.anchor().equals(after)) {
                h.close("a");
            }
        }
    }

    private static void contents(ReportInput in, HtmlWriter h) {
        Messages t = in.text();
        h.open("nav", "aria-label", t.get("section.contents")).open("ul").line();
        contentsItem(h, "summary", t.get("section.summary"));
        contentsItem(h, "levels", t.get("section.levels"));
        if (in.report().gap() != null) {
            contentsItem(h, "gap", t.get("section.gap"));
        }
        contentsItem(h, "findings", t.get("section.findings"));
        if (in.report().coverage() != null
                && !in.report().coverage().characteristics().isEmpty()) {
            contentsItem(h, "coverage", t.get("section.coverage"));
        }
        contentsItem(h, "criteria", t.get("section.criteria"));
        contentsItem(h, "claims", t.get("section.claims"));
        contentsItem(h, "evidence", t.get("section.evidence"));
        if (in.assessment().peerReview() != null) {
            contentsItem(h, "peer-challenge", t.get("section.peerChallenge"));
        }
        if (in.assessment().actionPlan() != null) {
            contentsItem(h, "action-plan", t.get("section.actionPlan"));
        }
        h.close("ul").close("nav").line();
    }

    private static void contentsItem(HtmlWriter h, String anchor, String text) {
        h.open("li").link(anchor, text).close("li").line();
    }

    private static void summary(ReportInput in, HtmlWriter h) {
        AssessmentReport r = in.report();
        Messages t = in.text();
        h.element("h2", t.get("section.summary"), "id", "summary")
                .line()
                .open("dl", "class", "summary")
                .line();
        h.element("dt", t.get("summary.overall"))
                .open("dd")
                .element("strong", in.label(r.overall()))
                .close("dd")
                .line();
        if (r.gap() != null) {
            h.element("dt", t.get("summary.target"))
                    .element(
                            "dd",
                            r.gap().met()
                                    ? t.get(
                                            "summary.target.met",
                                            in.label(r.gap().target()))
                                    : t.get(
                                            "summary.target.notMet",
                                            in.label(r.gap().target()),
                                            r.gap().shortfalls().size(),
                                            r.criteria().size()))
                    .line();
        }
        h.element("dt", t.get("summary.findings"))
                .element("dd", t.findingCounts(r.findings()))
                .line();
        h.element("dt", t.get("summary.report"))
                .element("dd", r.complete() ? t.get("summary.complete") : t.get("summary.incomplete"))
                .line();
        if (r.profile() != null) {
            h.element("dt", t.get("summary.profile"))
                    .element("dd", asWritten(r.profile()))
                    .line();
        }
        if (in.assessment().organisation().gssCode() != null) {
            h.element("dt", t.get("summary.gss"))
                    .element("dd", in.assessment().organisation().gssCode())
                    .line();
        }
        h.close("dl").line();
        if (!r.complete()) {
            h.open("p", "class", "incomplete")
                    .element("strong", t.get("report.incomplete.strong"))
                    .text(" " + t.get("report.incomplete.rest"))
                    .close("p")
                    .line();
        }
    }

    /** Links to the findings about one claim, evidence item or action: "Finding 3 (warning), Finding 7 (info)". */
    static void findingLinks(ReportInput in, HtmlWriter h, List<FindingGroups.Entry> entries) {
        Messages t = in.text();
        for (int i = 0; i < entries.size(); i++) {
            FindingGroups.Entry entry = entries.get(i);
            h.text(i == 0 ? "" : ", ")
                    .link(
                            entry.anchor(),
                            t.get(
                                    "findings.link",
                                    entry.number(),
                                    t.get("severity.lower."
                                            + entry.finding().severity().name())));
        }
    }

    private static void findings(ReportInput in, HtmlWriter h) {
        Messages t = in.text();
        h.element("h2", t.get("section.findings"), "id", "findings")
                .line()
                .element("p", t.findingCounts(in.report().findings()) + ".")
                .line();
        for (FindingGroups.Group group : FindingGroups.of(in)) {
            // A module's heading is the framework's title; "General" is the product's word.
            h.element(
                            "h3",
                            group.heading().equals(t.get("findings.group.general"))
                                    ? group.heading()
                                    : asWritten(group.heading()))
                    .line()
                    .open(
                            "ol",
                            "class",
                            "findings",
                            "start",
                            String.valueOf(group.entries().get(0).number()))
                    .line();
            for (FindingGroups.Entry entry : group.entries()) {
                Finding f = entry.finding();
                String severity = f.severity().name().toLowerCase(Locale.ROOT);
                h.open("li", "id", entry.anchor())
                        .element("span", t.severity(f.severity()), "class", "sev sev-" + severity)
                        .text(" ")
                        .text(asWritten(f.message()));
                entry.subject().ifPresent(s -> h.text(" ").link(s.anchor(), t.get("findings.see", s.words())));
                if (!f.rule().isEmpty()) {
                    h.text(" ").element("small", t.get("findings.rule", f.rule()));
                }
                h.close("li").line();
            }
            h.close("ol").line();
        }
    }

    /**
     * Opens a self-contained page: the document head with the report styles, then {@code <main>} with the
     * title as its heading, the council's name in it marked as English on a Welsh page (a {@code <title>} holds
     * no markup, so it stays one language). The caller closes {@code main}, {@code body} and {@code html}.
     */
    static HtmlWriter page(HtmlWriter h, Messages t, String titleKey, String organisation) {
        h.head(t.languageTag(), t.get(titleKey, organisation), HtmlStyle.CSS)
                .open("main")
                .line()
                .open("h1")
                .message(t.pattern(titleKey), asWritten(organisation))
                .close("h1");
        return t.languageTag().equals(Messages.WELSH.toLanguageTag()) ? unreviewedWelsh(h) : h;
    }

    /** The notice, in Welsh and in English, that a Welsh page's wording has not been reviewed yet. */
    static HtmlWriter unreviewedWelsh(HtmlWriter h) {
        return h.line()
                .open("p", "class", "notice")
                .text(Messages.of(Messages.WELSH).get("welsh.unreviewed"))
                .text(" ")
                .element("span", Messages.of(Messages.ENGLISH).get("welsh.unreviewed"), "lang", "en")
                .close("p");
    }
}
