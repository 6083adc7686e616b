package io.github.equalityframework.cli.serve;

import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.report.render.ReportInput;
import io.github.equalityframework.report.render.ReportRenderer;

/** The HTML report of {@code eflg assess}, as the CLI writes it, of a self-assessment with its review and plan. */
final class ReportPage {
    private final Workspace workspace;

    ReportPage(Workspace workspace) {
        this.workspace = workspace;
    }

    Page show(PageRequest r, String name) {
        return workspace.withEntry(name, e -> {
            AssessmentResult loaded = workspace.engine().assess(Workspace.files(e));
            if (!loaded.isValid()) {
                return new Page.Problems(
                        e,
                        "The report cannot be made",
                        loaded.problems(),
                        "eflg assess " + e.file() + (e.hasReview() ? " --review " + e.review() : "")
                                + (e.plan() != null ? " --plan " + e.plan() : "")
                                + " reports the same problems. Fix them and reload this page.");
            }
            String html = ReportRenderer.html()
                    .render(new ReportInput(
                            loaded.report().orElseThrow(),
                            loaded.assessment().orElseThrow(),
                            loaded.framework().orElseThrow(),
                            null,
                            workspace.engine().today()));
            return new Page.Html(200, html, ReportRenderer.htmlStyleSource());
        });
    }
}
