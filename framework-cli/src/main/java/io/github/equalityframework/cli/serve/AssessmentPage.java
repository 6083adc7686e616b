package io.github.equalityframework.cli.serve;

import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.ValidatedLevel;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.CriterionResult;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The page of one self-assessment: per module, its claims, linked evidence, and evidenced and validated levels. */
final class AssessmentPage {
    private final Workspace workspace;

    AssessmentPage(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What the page shows of a valid self-assessment. */
    private record Shown(
            ServedFolder.Entry entry,
            SelfAssessment assessment,
            FrameworkDefinition framework,
            PeerReview review,
            Map<String, CriterionResult> results) {}

    Page show(PageRequest r, String name) {
        return workspace.withValid(
                name,
                e -> "Fix these in a text editor (or run eflg validate " + e.file() + ") and reload this page.",
                (e, alone) -> show(r, e, alone));
    }

    private Page show(PageRequest r, ServedFolder.Entry e, AssessmentResult alone) {
        SelfAssessment a = alone.assessment().orElseThrow();
        PeerReview review = null;
        List<ValidationProblem> reviewProblems = List.of();
        AssessmentReport report = null;
        if (e.hasReview()) {
            AssessmentResult withReview =
                    workspace.engine().assess(AssessmentFiles.of(e.file()).withReview(e.review()));
            report = withReview.report().orElse(null);
            review = report != null ? withReview.assessment().orElseThrow().peerReview() : null;
            reviewProblems = withReview.problems();
        }
        Map<String, CriterionResult> results = new LinkedHashMap<>();
        (report != null ? report : workspace.engine().assess(a)).criteria().forEach(c -> results.put(c.criterion(), c));
        Shown shown = new Shown(e, a, workspace.framework(a), review, results);

        HtmlWriter h = Layout.page(a.organisation().name());
        Layout.crumbs(h, r.base(), e, null);
        h.open("main", "id", "main").line();
        intro(h, r, shown);
        if (!reviewProblems.isEmpty()) {
            Layout.problemList(h, "The peer review has problems, so its levels are not shown", reviewProblems);
        }
        h.element("h2", "Modules").line().open("ul");
        for (FrameworkModule m : shown.framework().modules()) {
            h.open("li")
                    .element("a", m.title(), "href", "#" + anchor(m.id()))
                    .text(" · ")
                    .element("a", "Review " + m.title(), "href", r.of(e, "/review/" + m.id()))
                    .close("li")
                    .line();
        }
        h.close("ul").line();
        for (FrameworkModule m : shown.framework().modules()) {
            module(h, r, shown, m);
        }
        h.close("main").line();
        return new Page.Html(200, h.end());
    }

    private static void intro(HtmlWriter h, PageRequest r, Shown s) {
        SelfAssessment a = s.assessment();
        ServedFolder.Entry e = s.entry();
        FrameworkDefinition framework = s.framework();
        h.element(
                        "h1",
                        a.organisation().name() + ": self-assessment "
                                + a.period().from() + " to " + a.period().to())
                .line();
        h.open("p")
                .text(framework.title() + " " + framework.edition() + " (" + framework.id() + "), "
                        + e.file().getFileName() + ". ")
                .element("a", "The full report", "href", r.of(e, "/report"))
                .text(" · ")
                .element("a", "The action plan", "href", r.of(e, "/plan"))
                .close("p")
                .line();
        h.open("p")
                .text(
                        e.hasReview()
                                ? "Peer review: " + e.review().getFileName() + "."
                                : "No peer review yet: the first module you save starts "
                                        + e.review().getFileName() + " from the template of eflg review init.")
                .close("p")
                .line();
    }

    private static void module(HtmlWriter h, PageRequest r, Shown s, FrameworkModule m) {
        h.element("h2", m.title(), "id", anchor(m.id())).line();
        h.open("p")
                .element("a", "Review this module", "href", r.of(s.entry(), "/review/" + m.id()))
                .close("p")
                .line();
        h.table(
                "Claims, evidence and levels in " + m.title(),
                null,
                "Criterion",
                "Claim",
                "Evidence",
                "Evidenced level",
                "Validated level");
        for (Criterion c : m.criteria()) {
            row(h, s, c);
        }
        h.endTable();
    }

    private static void row(HtmlWriter h, Shown s, Criterion c) {
        FrameworkDefinition framework = s.framework();
        Claim claim = s.assessment().claim(c.id()).orElse(null);
        CriterionResult result = s.results().get(c.id());
        h.open("tr").element("th", c.id() + " " + c.title(), "scope", "row");
        h.open("td");
        if (claim == null) {
            h.text("No claim");
        } else {
            h.element("strong", Workspace.label(framework, claim.level()));
            if (claim.narrative() != null) {
                h.element("p", claim.narrative(), "class", "narrative");
            }
        }
        h.close("td").line().open("td");
        evidence(h, s.assessment(), claim);
        h.close("td").line();
        h.element(
                "td",
                result == null
                        ? ""
                        : result.evidenced() == null
                                ? "No rule scores it"
                                : Workspace.label(framework, result.evidenced()));
        h.open("td");
        ValidatedLevel v = s.review() == null
                ? null
                : s.review().validatedLevels().stream()
                        .filter(l -> c.id().equals(l.criterion()))
                        .findFirst()
                        .orElse(null);
        if (v == null) {
            h.text("Not validated");
        } else {
            h.element("strong", Workspace.label(framework, v.level()));
            if (v.rationale() != null) {
                h.element("p", v.rationale(), "class", "narrative");
            }
        }
        h.close("td").line().close("tr").line();
    }

    private static void evidence(HtmlWriter h, SelfAssessment a, Claim claim) {
        if (claim == null || claim.evidence().isEmpty()) {
            h.text("None linked");
            return;
        }
        h.open("ul");
        for (String id : claim.evidence()) {
            EvidenceItem item = a.evidence(id).orElse(null);
            h.open("li");
            if (item == null) {
                h.text(id + " (not in the register)");
            } else {
                String title = item.title() + " (" + item.kind() + ", " + item.date() + ")";
                URI web = item.location() == null
                        ? null
                        : HtmlWriter.webUri(item.location().strip());
                if (web != null) {
                    h.webLink(web, title);
                } else {
                    h.text(title + (item.location() == null ? "" : ", " + item.location()));
                }
            }
            h.close("li").line();
        }
        h.close("ul").line();
    }

    private static String anchor(String moduleId) {
        return "module-" + moduleId.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
