package io.github.equalityframework.report.render;

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
        String title = "Equality self-assessment: " + r.organisation();
        HtmlWriter h = new HtmlWriter();
        h.markup("<!doctype html>\n").open("html", "lang", "en-GB").line().open("head").line()
                .empty("meta", "charset", "utf-8").line()
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").line()
                .element("title", title).line()
                .open("style").line().markup(HtmlStyle.CSS).close("style").line()
                .close("head").line().open("body").line().open("main").line()
                .element("h1", title).line()
                .element("p", in.framework().title() + " " + in.framework().edition() + " (" + r.framework() + "), "
                        + Words.period(r.period()) + ".").line();
        contents(in, h);
        summary(in, h);
        LevelTables.modules(in, h);
        LevelTables.gap(in, h);
        findings(in, h);
        CoverageHeatMap.write(in, h);
        LevelTables.criteria(in, h);
        RegisterSections.claims(in, h);
        RegisterSections.evidence(in, h);
        ActionPlanSection.write(in, h);
        return h.close("main").line().close("body").line().close("html").line().toString();
    }

    private static void contents(ReportInput in, HtmlWriter h) {
        h.open("nav", "aria-label", "Contents").open("ul").line();
        contentsItem(h, "summary", "Summary");
        contentsItem(h, "levels", "Levels by module");
        if (in.report().gap() != null) {
            contentsItem(h, "gap", "Gap to the target");
        }
        contentsItem(h, "findings", "Findings");
        if (in.report().coverage() != null && !in.report().coverage().characteristics().isEmpty()) {
            contentsItem(h, "coverage", "Evidence by characteristic");
        }
        contentsItem(h, "criteria", "Levels by criterion");
        contentsItem(h, "claims", "Claims");
        contentsItem(h, "evidence", "Evidence register");
        if (in.assessment().actionPlan() != null) {
            contentsItem(h, "action-plan", "Action plan");
        }
        h.close("ul").close("nav").line();
    }

    private static void contentsItem(HtmlWriter h, String anchor, String text) {
        h.open("li").link(anchor, text).close("li").line();
    }

    private static void summary(ReportInput in, HtmlWriter h) {
        AssessmentReport r = in.report();
        h.element("h2", "Summary", "id", "summary").line().open("dl", "class", "summary").line();
        h.element("dt", "Overall level").open("dd").element("strong", in.label(r.overall())).close("dd").line();
        if (r.gap() != null) {
            h.element("dt", "Target").element("dd", in.label(r.gap().target()) + ": " + (r.gap().met() ? "met"
                    : "not met, " + r.gap().shortfalls().size() + " of " + r.criteria().size() + " criteria short")).line();
        }
        h.element("dt", "Findings").element("dd", Words.findingCounts(r.findings())).line();
        h.element("dt", "Report").element("dd", r.complete() ? "Complete: every rule and check ran." : "Incomplete").line();
        if (r.profile() != null) {
            h.element("dt", "Rule profile").element("dd", r.profile()).line();
        }
        if (in.assessment().organisation().gssCode() != null) {
            h.element("dt", "GSS code").element("dd", in.assessment().organisation().gssCode()).line();
        }
        h.close("dl").line();
        if (!r.complete()) {
            h.open("p", "class", "incomplete").element("strong", "This report is incomplete:")
                    .text(" a rule or check failed, so some results are missing; see the findings.").close("p").line();
        }
    }

    /** Links to the findings about one claim, evidence item or action: "Finding 3 (warning), Finding 7 (info)". */
    static void findingLinks(HtmlWriter h, List<FindingGroups.Entry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            FindingGroups.Entry entry = entries.get(i);
            h.text(i == 0 ? "" : ", ").link(entry.anchor(), "Finding " + entry.number() + " ("
                    + entry.finding().severity().name().toLowerCase(Locale.ROOT) + ")");
        }
    }

    private static void findings(ReportInput in, HtmlWriter h) {
        h.element("h2", "Findings", "id", "findings").line().element("p", Words.findingCounts(in.report().findings()) + ".").line();
        for (FindingGroups.Group group : FindingGroups.of(in)) {
            h.element("h3", group.heading()).line()
                    .open("ol", "class", "findings", "start", String.valueOf(group.entries().get(0).number())).line();
            for (FindingGroups.Entry entry : group.entries()) {
                Finding f = entry.finding();
                String severity = f.severity().name().toLowerCase(Locale.ROOT);
                h.open("li", "id", entry.anchor()).element("span", Words.of(f.severity()), "class", "sev sev-" + severity)
                        .text(" " + f.message());
                entry.subject().ifPresent(s -> h.text(" ").link(s.anchor(), "See " + s.words() + "."));
                if (!f.rule().isEmpty()) {
                    h.text(" ").element("small", "Rule " + f.rule());
                }
                h.close("li").line();
            }
            h.close("ol").line();
        }
    }
}
