package io.github.equalityframework.cli.serve;

import io.github.equalityframework.cli.LoadedFile;
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
            LoadedFile loaded = LoadedFile.load(
                    e.file(), e.hasReview() ? e.review() : null, e.plan(), Workspace.CODEC, workspace.validator());
            if (!loaded.valid()) {
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
                            workspace.engine().assess(loaded.assessment()),
                            loaded.assessment(),
                            workspace.framework(loaded.assessment()),
                            null,
                            workspace.engine().today()));
            return new Page.Html(200, html, ReportRenderer.htmlStyleSource());
        });
    }
}
