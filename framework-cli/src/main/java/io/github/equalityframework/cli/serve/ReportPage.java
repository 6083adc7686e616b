package io.github.equalityframework.cli.serve;

import io.github.equalityframework.cli.LoadedFile;
import io.github.equalityframework.report.render.ReportInput;
import io.github.equalityframework.report.render.ReportRenderer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HTML report of {@code eflg assess}, as the CLI writes it, of a self-assessment with its review and plan. */
final class ReportPage {
    private static final Pattern STYLE_ELEMENT = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile(" style=\"([^\"&]*)\"");

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
            return new Page.Html(200, html, styleSources(html));
        });
    }

    /**
     * The CSP sources for the report's own inline style sheet and style attributes, by hash: the report is used as
     * the CLI writes it, and nothing else inline is allowed. A value from a file cannot add one, since the renderer
     * escapes the quotes it would need. Read from the page because the report's style constants belong to core's
     * renderer, which does not publish them, and some of its style attributes (a chart's width) are computed.
     */
    static String styleSources(String html) {
        Set<String> sources = new LinkedHashSet<>();
        Matcher element = STYLE_ELEMENT.matcher(html);
        while (element.find()) {
            sources.add("'" + ServeHtml.sha256(element.group(1)) + "'");
        }
        Matcher attribute = STYLE_ATTRIBUTE.matcher(html);
        boolean attributes = false;
        while (attribute.find()) {
            sources.add("'" + ServeHtml.sha256(attribute.group(1)) + "'");
            attributes = true;
        }
        return (attributes ? "'unsafe-hashes' " : "") + String.join(" ", sources);
    }
}
