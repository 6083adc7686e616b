package io.github.equalityframework.report.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.internal.markup.Stylesheet;
import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.spi.Rule;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Function;
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

    /**
     * The Content-Security-Policy {@code style-src} source that allows the only inline style of the page {@link
     * #html()} writes: its one style sheet, by hash ({@code 'sha256-...'}). The page has no style attribute, so a
     * server can send it under a policy that allows nothing else.
     */
    static String htmlStyleSource() {
        return Stylesheet.cspSource(HtmlStyle.CSS);
    }

    /**
     * The findings as a SARIF 2.1.0 log, for code-scanning and review tools. The log's rules are those given
     * that apply to the input's framework, each with its documentation and default severity (error, warning,
     * or note for info); each result has the finding's rule, level, message, data path and, where the locator
     * knows it, the file, line and column of the thing concerned.
     *
     * @param rules         the rules that ran (usually the enabled rules of the engine)
     * @param locator       where in its file the value at a data path is (see
     *                      {@link io.github.equalityframework.io.ReadResult#locate}); {@code null}, or a
     *                      locator that returns {@code null}, gives results without a file
     * @param baseDirectory file URIs are written relative to it (usually the working directory); with
     *                      {@code null}, a file's name is written as the locator gives it
     */
    static ReportRenderer sarif(
            Collection<? extends Rule> rules, Function<String, SourceLocation> locator, Path baseDirectory) {
        return new SarifRenderer(rules, locator, baseDirectory);
    }
}
