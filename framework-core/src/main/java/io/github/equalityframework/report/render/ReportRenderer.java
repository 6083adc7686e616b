package io.github.equalityframework.report.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Turns an assessment into a document. Implementations are stateless and thread-safe, and deterministic:
 * the same input gives the same text, with {@code \n} line ends and no timestamps.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ReportRenderer {

    /** The document for this input. */
    String render(ReportInput input);

    /** A summary in Markdown that a council can paste into a cabinet paper. */
    static ReportRenderer markdown() {
        return new MarkdownRenderer();
    }

    /** One self-contained, accessible HTML page with charts; no scripts and no external resources. */
    static ReportRenderer html() {
        return new HtmlRenderer();
    }
}
