package io.github.equalityframework.report.render;

import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.CoverageMatrix;
import io.github.equalityframework.report.CriterionGap;
import io.github.equalityframework.report.CriterionResult;
import io.github.equalityframework.report.ModuleResult;
import io.github.equalityframework.spi.Finding;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report: one self-contained page (inline CSS and SVG, no scripts, no external resources) that
 * works offline, prints, and reads well with a screen reader. Every user-supplied string is escaped.
 */
final class HtmlRenderer implements ReportRenderer {
    private static final String CSS = """
            :root { color: #1b1b1b; background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; }
            body { max-width: 70rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
            h1 { font-size: 1.8rem; margin-bottom: .25rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid #1d4f91; }
            table { border-collapse: collapse; margin: 1rem 0; width: 100%; } caption { text-align: left; font-weight: 600; padding: .25rem 0; }
            th, td { border: 1px solid #8a8a8a; padding: .3rem .5rem; text-align: left; vertical-align: top; }
            th { background: #e8edf5; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
            .overall { font-size: 1.25rem; } .warning-box { border: 3px solid #a4262c; padding: .5rem 1rem; }
            .sev { display: inline-block; min-width: 5.5em; font-weight: 700; padding: 0 .4em; border: 1px solid; }
            .sev-error { color: #a4262c; } .sev-warning { color: #7a4b00; } .sev-info { color: #1d4f91; }
            .h0 { background: #fff; } .h1 { background: #dbe7f5; } .h2 { background: #a9c4e6; } .h3 { background: #6f9bd3; color: #000; }
            .chart text { font: 12px system-ui, Arial, sans-serif; fill: #1b1b1b; }
            .legend span { display: inline-block; margin-right: 1.25rem; } .swatch { display: inline-block; width: 1em; height: 1em; border: 1px solid #000; vertical-align: middle; margin-right: .3em; }
            .narrative { white-space: pre-wrap; } ul.findings li { margin-bottom: .4rem; }
            a { color: #1d4f91; }
            @media print { body { max-width: none; } h2 { break-after: avoid; } table, svg { break-inside: avoid; } a { color: inherit; } }
            """;
    static final String[] BAR_COLOURS = {"#1d4f91", "#6f9bd3", "#f0b323"};
    static final String[] BAR_NAMES = {"Claimed", "Evidenced", "Validated"};

    @Override
    public String render(ReportInput in) {
        AssessmentReport r = in.report();
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Equality self-assessment: ").append(Html.text(r.organisation())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<h1>Equality self-assessment: ").append(Html.text(r.organisation())).append("</h1>\n");
        h.append("<p>").append(Html.text(in.framework().title() + " " + in.framework().edition())).append(" (")
                .append(Html.text(r.framework())).append("), ").append(r.period().from()).append(" to ").append(r.period().to());
        if (r.profile() != null) {
            h.append(", rule profile ").append(Html.text(r.profile()));
        }
        h.append(".</p>\n<p class=\"overall\">Overall level: <strong>").append(Html.text(in.label(r.overall()))).append("</strong></p>\n");
        if (!r.complete()) {
            h.append("<p class=\"warning-box\"><strong>This report is incomplete:</strong> a rule or check failed; see the findings.</p>\n");
        }
        modules(in, h);
        gap(in, h);
        findings(in, h);
        coverage(in, h);
        criteria(in, h);
        claims(in, h);
        evidence(in, h);
        actionPlan(in, h);
        return h.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void modules(ReportInput in, StringBuilder h) {
        h.append("<h2 id=\"levels\">Levels by module</h2>\n");
        h.append(new LevelChart(in).svg());
        h.append("<table>\n<caption>Levels by module: claimed, evidenced, validated and reached</caption>\n")
                .append("<thead><tr><th scope=\"col\">Module</th><th scope=\"col\">Claimed</th><th scope=\"col\">Evidenced</th>")
                .append("<th scope=\"col\">Validated</th><th scope=\"col\">Reached</th></tr></thead>\n<tbody>\n");
        for (ModuleResult m : in.report().modules()) {
            h.append("<tr><th scope=\"row\">").append(Html.text(m.title())).append("</th><td>").append(Html.text(in.label(m.claimed())))
                    .append("</td><td>").append(Html.text(in.label(m.evidenced()))).append("</td><td>").append(Html.text(in.label(m.validated())))
                    .append("</td><td><strong>").append(Html.text(in.label(m.reached()))).append("</strong></td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void gap(ReportInput in, StringBuilder h) {
        var gap = in.report().gap();
        if (gap == null) {
            return;
        }
        h.append("<h2 id=\"gap\">Gap to the target: ").append(Html.text(in.label(gap.target()))).append("</h2>\n");
        if (gap.met()) {
            h.append("<p>Every criterion in scope reaches the target.</p>\n");
            return;
        }
        h.append("<table>\n<caption>").append(gap.shortfalls().size()).append(" criteria fall short of the target</caption>\n")
                .append("<thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\">Reached</th><th scope=\"col\">Levels short</th></tr></thead>\n<tbody>\n");
        for (CriterionGap g : gap.shortfalls()) {
            String title = in.framework().criterion(g.criterion()).map(c -> c.title()).orElse("");
            h.append("<tr><th scope=\"row\">").append(Html.text(g.criterion() + " " + title)).append("</th><td>")
                    .append(Html.text(in.label(g.reached()))).append("</td><td class=\"n\">").append(g.steps()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void findings(ReportInput in, StringBuilder h) {
        h.append("<h2 id=\"findings\">Findings</h2>\n");
        List<Finding> findings = in.report().findings();
        if (findings.isEmpty()) {
            h.append("<p>No findings.</p>\n");
            return;
        }
        for (FrameworkModule module : in.framework().modules()) {
            list(h, module.id() + " " + module.title(),
                    findings.stream().filter(f -> module.id().equals(in.moduleOf(in.criterionOf(f.path())))).toList(), in);
        }
        list(h, "General", findings.stream().filter(f -> in.moduleOf(in.criterionOf(f.path())) == null).toList(), in);
    }

    private static void list(StringBuilder h, String heading, List<Finding> findings, ReportInput in) {
        if (findings.isEmpty()) {
            return;
        }
        h.append("<h3>").append(Html.text(heading)).append("</h3>\n<ul class=\"findings\">\n");
        for (Finding f : findings) {
            String severity = f.severity().name().toLowerCase(Locale.ROOT);
            h.append("<li><span class=\"sev sev-").append(severity).append("\">")
                    .append(Character.toUpperCase(severity.charAt(0))).append(severity.substring(1)).append("</span> ")
                    .append(Html.text(f.message()));
            String criterion = in.criterionOf(f.path());
            String evidence = in.evidenceOf(f.path());
            if (criterion != null) {
                h.append(" <a href=\"#").append(Html.anchor("claim", criterion)).append("\">Claim ").append(Html.text(criterion)).append("</a>");
            } else if (evidence != null) {
                h.append(" <a href=\"#").append(Html.anchor("evidence", evidence)).append("\">Evidence ").append(Html.text(evidence)).append("</a>");
            }
            h.append(" <small>(").append(Html.text(f.rule())).append(")</small></li>\n");
        }
        h.append("</ul>\n");
    }

    private static void coverage(ReportInput in, StringBuilder h) {
        CoverageMatrix coverage = in.report().coverage();
        if (coverage.characteristics().isEmpty()) {
            return;
        }
        h.append("<h2 id=\"coverage\">Evidence by characteristic</h2>\n")
                .append("<p>How many evidence items of each criterion's claim cover each characteristic in scope; darker cells have more.</p>\n")
                .append("<table class=\"heat\">\n<caption>Evidence items by criterion and characteristic</caption>\n<thead><tr><th scope=\"col\">Criterion</th>");
        coverage.characteristics().forEach(c -> h.append("<th scope=\"col\">").append(Html.text(c)).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (CoverageMatrix.Row row : coverage.rows()) {
            h.append("<tr><th scope=\"row\">").append(Html.text(row.criterion())).append("</th>");
            row.counts().forEach(n -> h.append("<td class=\"n h").append(Math.min(n, 3)).append("\">").append(n).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void criteria(ReportInput in, StringBuilder h) {
        h.append("<h2 id=\"criteria\">Levels by criterion</h2>\n<table>\n<caption>Claimed, evidenced, validated and reached level of each criterion, with the scoring rules' reasons</caption>\n")
                .append("<thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\">Claimed</th><th scope=\"col\">Evidenced</th>")
                .append("<th scope=\"col\">Validated</th><th scope=\"col\">Reached</th><th scope=\"col\">Reasons</th></tr></thead>\n<tbody>\n");
        for (CriterionResult c : in.report().criteria()) {
            h.append("<tr><th scope=\"row\">").append(Html.text(c.criterion() + " " + c.title())).append("</th><td>")
                    .append(Html.text(in.label(c.claimed()))).append("</td><td>").append(Html.text(in.label(c.evidenced())))
                    .append("</td><td>").append(Html.text(in.label(c.validated()))).append("</td><td><strong>")
                    .append(Html.text(in.label(c.reached()))).append("</strong></td><td>").append(Html.text(String.join("; ", c.reasons())))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void claims(ReportInput in, StringBuilder h) {
        h.append("<h2 id=\"claims\">Claims</h2>\n");
        for (Claim claim : in.assessment().claims()) {
            String title = in.framework().criterion(claim.criterion()).map(c -> c.title()).orElse("");
            h.append("<section id=\"").append(Html.anchor("claim", claim.criterion())).append("\">\n<h3>")
                    .append(Html.text(claim.criterion() + " " + title)).append(": ").append(Html.text(in.label(claim.level())))
                    .append("</h3>\n<p class=\"narrative\">").append(claim.narrative() == null || claim.narrative().isBlank()
                            ? "<em>No narrative.</em>" : Html.text(claim.narrative())).append("</p>\n<p>Evidence: ");
            if (claim.evidence().isEmpty()) {
                h.append("<em>none</em>");
            }
            for (int i = 0; i < claim.evidence().size(); i++) {
                String id = claim.evidence().get(i);
                h.append(i == 0 ? "" : ", ").append("<a href=\"#").append(Html.anchor("evidence", id)).append("\">")
                        .append(Html.text(id)).append("</a>");
            }
            h.append("</p>\n</section>\n");
        }
    }

    private static void evidence(ReportInput in, StringBuilder h) {
        h.append("<h2 id=\"evidence\">Evidence register</h2>\n<table>\n<caption>Evidence register</caption>\n")
                .append("<thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Title</th><th scope=\"col\">Kind</th><th scope=\"col\">Date</th>")
                .append("<th scope=\"col\">Location</th><th scope=\"col\">Characteristics</th></tr></thead>\n<tbody>\n");
        for (EvidenceItem e : in.assessment().evidence()) {
            h.append("<tr id=\"").append(Html.anchor("evidence", e.id())).append("\"><th scope=\"row\">").append(Html.text(e.id()))
                    .append("</th><td>").append(Html.text(e.title())).append("</td><td>").append(Html.text(e.kind()))
                    .append("</td><td>").append(e.date()).append("</td><td>").append(Html.location(e.location()))
                    .append("</td><td>").append(Html.text(String.join(", ", e.characteristics()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void actionPlan(ReportInput in, StringBuilder h) {
        in.assessment().plan().ifPresent(plan -> {
            h.append("<h2 id=\"action-plan\">Action plan</h2>\n");
            Map<ActionStatus, Integer> counts = new EnumMap<>(ActionStatus.class);
            plan.actions().forEach(a -> counts.merge(a.status(), 1, Integer::sum));
            h.append("<ul>\n");
            counts.forEach((status, n) -> h.append("<li>").append(StatusText.of(status)).append(": ").append(n).append("</li>\n"));
            h.append("</ul>\n<table>\n<caption>Actions</caption>\n<thead><tr><th scope=\"col\">Action</th><th scope=\"col\">Recommendation</th>")
                    .append("<th scope=\"col\">Lead</th><th scope=\"col\">Due</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
            plan.entries().forEach(entry -> {
                for (PlannedAction a : entry.actions()) {
                    h.append("<tr><th scope=\"row\">").append(Html.text(a.id() + " " + a.description())).append("</th><td>")
                            .append(Html.text(entry.recommendation())).append("</td><td>").append(Html.text(a.lead())).append("</td><td>")
                            .append(a.due()).append("</td><td>").append(StatusText.of(a.status())).append("</td></tr>\n");
                }
            });
            h.append("</tbody>\n</table>\n");
        });
    }
}
